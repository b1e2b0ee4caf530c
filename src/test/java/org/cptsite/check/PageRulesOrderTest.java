package org.cptsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cptsite.output.BasePath;
import org.junit.jupiter.api.Test;

/**
 * A page that breaks every rule a page can break on its own yields each violation once, in the order the
 * rules run (the order in which the build reports them), with the message and key it always had.
 */
class PageRulesOrderTest {
    private static final String BASE = "https://www.example.org/fees";

    static String brokenPage() {
        return "<!DOCTYPE html>\n<html>\n<head>\n<title>" + "A title far longer than any search engine shows in "
                + "its results, so it is cut</title>\n<meta name=\"description\" content=\"Too short.\">\n"
                + "<link rel=\"canonical\" href=\"https://www.example.org/fees/other/\">\n"
                + "<link rel=\"stylesheet\" href=\"https://cdn.example.com/x.css\">\n"
                + "<link rel=\"stylesheet\" href=\"/fees/assets/site.css\">\n"
                + "<script src=\"/fees/assets/app.0123456789.js\"></script>\n"
                + "<script type=\"application/ld+json\">{\"@type\":\"FAQPage\",\"mainEntity\":[]}</script>\n"
                + "<script type=\"application/ld+json\">{nope</script>\n"
                + "</head>\n<body>\n<h1 id=\"a\">One</h1>\n<h1 id=\"a\">Two</h1>\n<h4>Deep</h4>\n"
                + "<a href=\"#nowhere\">x</a> <a href=\"/elsewhere/\">y</a> <a href=\"/fees/cpt/38900/\">z</a>\n"
                + "<img src=\"/fees/assets/i.0123456789.png\">\n<svg><path d=\"M0 0\"/></svg>\n"
                + "<table><caption>Fees</caption><tr><td>1</td></tr></table>\n"
                + "<table><tr><th>Head</th></tr></table>\n"
                + "<input type=\"text\" name=\"q\">\n<label for=\"ghost\">Ghost</label>\n"
                + "<p>" + "x".repeat(130 * 1024) + "</p>\n</body>\n</html>\n";
    }

    @Test
    void everyViolationOnceInTheOrderTheRulesRun() {
        PageRules.Result r =
                PageRules.check("/cpt/38900/", brokenPage().getBytes(StandardCharsets.UTF_8), BASE, BasePath.of(BASE));
        List<String> got = r.violations().stream()
                .map(v -> v.rule().key() + ": " + v.message())
                .toList();
        assertEquals(
                List.of(
                        "h1: has 2 h1 elements; a page has exactly one",
                        "title_length: the title has 76 characters, more than 70: \"A title far longer than any search engine shows in its results, so it is cut\"",
                        "description_length: the meta description has 10 characters, fewer than 50: \"Too short.\"",
                        "canonical: the canonical URL is https://www.example.org/fees/other/, expected https://www.example.org/fees/cpt/38900/",
                        "lang: has no lang attribute on <html>",
                        "duplicate_id: has the id 'a' twice",
                        "anchors: links to #nowhere, an id this page does not have",
                        "links: links to /elsewhere/, outside the site's path /fees/ (write links from the site's root, /cpt/38900/: the build puts /fees in front)",
                        "json_ld: has JSON-LD that does not parse: Unexpected character ('n' (code 110)): was expecting double-quote to start field name",
                        "json_ld: has no BreadcrumbList in its JSON-LD",
                        "json_ld: is a code page without a MedicalWebPage in its JSON-LD",
                        "json_ld: has an FAQPage in its JSON-LD but no FAQ section (id=\"faq\")",
                        "img_alt: has an image without alt: /fees/assets/i.0123456789.png (alt=\"\" for a decorative one)",
                        "layout_shift: has an image without width and height: /fees/assets/i.0123456789.png",
                        "svg_title: an inline svg is neither role=img (with a <title>) nor aria-hidden=\"true\"",
                        "layout_shift: an inline svg has no width and height attributes",
                        "heading_order: goes from h1 to h4 (\"Deep\"), skipping a level",
                        "table_headers: table \"Fees\" has no header cells (th)",
                        "table_headers: a table has 1 header cell(s) without scope=\"col\" or scope=\"row\"",
                        "control_labels: has a form control <input name=\"q\"> without a label",
                        "control_labels: has a label for 'ghost', an id this page does not have",
                        "render_blocking: loads /fees/assets/app.0123456789.js without defer or async, which blocks rendering",
                        "hashed_assets: loads https://cdn.example.com/x.css from another site; serve it from /assets/ under a content-hashed name",
                        "hashed_assets: refers to /assets/site.css, not a content-hashed asset name",
                        "page_weight: has 130.9 KB of HTML, more than the code page budget of 40.0 KB"),
                got);
        assertEquals(
                List.of(
                        "/assets/site.css",
                        "/cpt/38900/",
                        "/assets/site.css",
                        "/assets/app.0123456789.js",
                        "/assets/i.0123456789.png"),
                r.links());
        assertEquals(List.of("a"), List.of(r.ids()));
    }
}
