package org.cptsite.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/** The rules one page must meet on its own; links to other pages are checked once all pages exist. */
final class PageRules {
    /** What a page yields: its rule violations and the internal links it makes. */
    record Result(List<String> violations, List<String> links, String title, String description) {}

    // The selectors, parsed once (jsoup parses a query string on every select call). Evaluators of plain
    // tag and attribute queries keep no state, so threads share them.
    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final Evaluator DESCRIPTION = Selector.evaluatorOf("meta[name=description]");
    private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical]");
    private static final Evaluator HTML_LANG = Selector.evaluatorOf("html[lang]");
    private static final Evaluator WITH_ID = Selector.evaluatorOf("[id]");
    private static final Evaluator LINKING = Selector.evaluatorOf("a[href], link[href]");

    private PageRules() {}

    static Result check(String url, String html, String baseUrl) {
        Document doc = Jsoup.parse(html);
        // One walk over the document (root included, in document order, as select() walks it) instead of a
        // select() per rule; the rules below then read what it collected, in the same order as before.
        Scan scan = new Scan(doc);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) scan.visit(e);
        }, doc);
        List<String> v = new ArrayList<>();
        int h1 = scan.h1;
        if (h1 != 1) v.add("has " + h1 + " h1 elements; a page has exactly one");
        String title = doc.title().trim();
        if (title.isEmpty()) v.add("has no <title>");
        Element description = scan.description;
        String desc = description == null ? "" : description.attr("content").trim();
        if (desc.isEmpty()) v.add("has no meta description");
        Element canonical = scan.canonical;
        String expected = baseUrl + url;
        if (canonical == null || !canonical.attr("href").equals(expected)) {
            v.add("canonical URL is " + (canonical == null ? "missing" : canonical.attr("href")) + ", expected "
                    + expected);
        }
        if (!scan.lang) v.add("has no lang attribute on <html>");
        Set<String> ids = new HashSet<>();
        for (Element e : scan.withId) {
            if (!ids.add(e.id())) v.add("has the id '" + e.id() + "' twice");
        }
        List<String> links = new ArrayList<>();
        for (Element a : scan.linking) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                if (href.length() > 1 && !ids.contains(href.substring(1))) v.add("links to missing anchor " + href);
            } else if (href.startsWith("/")) {
                links.add(href);
            }
        }
        return new Result(v, links, title, desc);
    }

    /** What the rules need from a document, gathered in one walk. */
    private static final class Scan {
        final Element root;
        int h1;
        Element description;
        Element canonical;
        boolean lang;
        final List<Element> withId = new ArrayList<>();
        final List<Element> linking = new ArrayList<>();

        Scan(Element root) {
            this.root = root;
        }

        void visit(Element e) {
            if (H1.matches(root, e)) h1++;
            if (description == null && DESCRIPTION.matches(root, e)) description = e;
            if (canonical == null && CANONICAL.matches(root, e)) canonical = e;
            if (!lang && HTML_LANG.matches(root, e)) lang = true;
            if (WITH_ID.matches(root, e)) withId.add(e);
            if (LINKING.matches(root, e)) linking.add(e);
        }
    }
}
