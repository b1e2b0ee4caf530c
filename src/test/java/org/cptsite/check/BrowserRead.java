package org.cptsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page as a browser reads it: jsoup's HTML5 parser on the page's bytes, which follows the browser's rules
 * for script data, comments and raw text. {@link #assertSameAsRules} asserts that it finds the one main, the
 * one h1, the footer and the links that the build's own checks ({@link PageRules}, with its own tokenizer)
 * saw: text that opens a comment or a script inside a script would hide the rest of the page from a browser.
 * Reusable by any test that builds pages from hostile content.
 */
public final class BrowserRead {
    private BrowserRead() {}

    /** Fails when the browser's reading of the page at {@code url} differs from the checker's. */
    public static void assertSameAsRules(String url, byte[] page, String baseUrl) {
        PageRules.Result rules = PageRules.check(url, page, baseUrl);
        Document doc = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        assertEquals(List.of(), rules.violations(), url);
        assertEquals(1, doc.select("main#main").size(), () -> url + ": the browser finds no main (or two)");
        assertEquals(1, doc.select("main#main h1").size(), () -> url + ": the browser finds no h1 in main (or two)");
        assertEquals(1, doc.select("body > footer.site-footer").size(), () -> url + ": the browser finds no footer");
        assertEquals(rules.title(), doc.title(), url);
        assertEquals(rules.links(), links(doc), url);
        // Every script holds only what the page meant: JSON scripts parse as JSON in the browser's reading.
        for (Element script : doc.select("script[type=application/ld+json], script[type=application/json]")) {
            try {
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(script.data());
            } catch (java.io.IOException e) {
                throw new AssertionError(
                        url + ": a JSON script is not JSON as a browser reads it: " + script.data(), e);
            }
        }
    }

    /** The root-relative hrefs of links, areas and link elements but the canonical one, then every /assets/ value. */
    static List<String> links(Document doc) {
        List<String> links = new ArrayList<>();
        for (Element e : doc.select("a[href], area[href], link[href]")) {
            String href = e.attr("href");
            if (!e.attr("rel").equals("canonical") && href.startsWith("/") && !href.startsWith("//")) links.add(href);
        }
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> {
                if (a.getValue().startsWith("/assets/")) links.add(a.getValue());
            });
        }
        return links;
    }
}
