package org.cptsite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** schema.org JSON-LD for a page: BreadcrumbList, the page itself, and FAQPage where there is an FAQ. */
final class JsonLd {
    private JsonLd() {}

    static Map<String, Object> breadcrumbs(String baseUrl, List<Link> crumbs) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).label());
            item.put("item", baseUrl + crumbs.get(i).url());
            items.add(item);
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@type", "BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    static Map<String, Object> webPage(
            String type, String url, String name, String description, String publisher, Map<String, Object> about) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", type);
        page.put("@id", url);
        page.put("url", url);
        page.put("name", name);
        page.put("description", description);
        page.put("publisher", Json.obj("@type", "Organization", "name", publisher));
        if (about != null) page.put("about", about);
        return page;
    }

    static Map<String, Object> medicalCode(String code, String system, String name) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@type", "MedicalCode");
        c.put("codeValue", code);
        c.put("codingSystem", system);
        c.put("name", name);
        return c;
    }

    static Map<String, Object> faqPage(List<String[]> questionsAndAnswers) {
        List<Object> entities = new ArrayList<>();
        for (String[] qa : questionsAndAnswers) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("@type", "Question");
            q.put("name", qa[0]);
            q.put("acceptedAnswer", Json.obj("@type", "Answer", "text", qa[1]));
            entities.add(q);
        }
        Map<String, Object> faq = new LinkedHashMap<>();
        faq.put("@type", "FAQPage");
        faq.put("mainEntity", entities);
        return faq;
    }

    /** One script holding every node in an @graph. */
    static String graph(List<Map<String, Object>> nodes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@graph", nodes);
        return Json.forScript(doc);
    }
}
