package org.cptsite.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The rules one page must meet on its own; links to other pages are checked once all pages exist. */
final class PageRules {
    /** What a page yields: its rule violations and the internal links it makes. */
    record Result(List<String> violations, List<String> links, String title, String description) {}

    private PageRules() {}

    static Result check(String url, String html, String baseUrl) {
        Document doc = Jsoup.parse(html);
        List<String> v = new ArrayList<>();
        int h1 = doc.select("h1").size();
        if (h1 != 1) v.add("has " + h1 + " h1 elements; a page has exactly one");
        String title = doc.title().trim();
        if (title.isEmpty()) v.add("has no <title>");
        Element description = doc.selectFirst("meta[name=description]");
        String desc = description == null ? "" : description.attr("content").trim();
        if (desc.isEmpty()) v.add("has no meta description");
        Element canonical = doc.selectFirst("link[rel=canonical]");
        String expected = baseUrl + url;
        if (canonical == null || !canonical.attr("href").equals(expected)) {
            v.add("canonical URL is " + (canonical == null ? "missing" : canonical.attr("href")) + ", expected "
                    + expected);
        }
        if (doc.selectFirst("html[lang]") == null) v.add("has no lang attribute on <html>");
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!ids.add(e.id())) v.add("has the id '" + e.id() + "' twice");
        }
        List<String> links = new ArrayList<>();
        for (Element a : doc.select("a[href], link[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                if (href.length() > 1 && !ids.contains(href.substring(1))) v.add("links to missing anchor " + href);
            } else if (href.startsWith("/")) {
                links.add(href);
            }
        }
        return new Result(v, links, title, desc);
    }
}
