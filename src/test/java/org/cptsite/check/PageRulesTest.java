package org.cptsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cptsite.model.CheckRule;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link PageRules} on tiny pages: a page that meets every rule, then one change per test that
 * breaks exactly one rule, whose key the violation carries.
 */
class PageRulesTest {
    static final String BASE = "https://www.example.org";
    static final String LIST_URL = "/category/surgery/";
    static final String CODE_URL = "/cpt/38900/";
    static final String TITLE = "Surgery codes: RVUs and Medicare payment 2026";
    static final String DESCRIPTION = "Every surgery code of the release with its work RVU and national payment.";
    static final String BREADCRUMBS = "{\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\","
            + "\"position\":1,\"name\":\"Home\",\"item\":\"" + BASE + "/\"}]}";

    /** A list page that meets every rule; {@code head} and {@code body} are added to it. */
    static String listPage(String head, String body) {
        return page(
                LIST_URL,
                TITLE,
                DESCRIPTION,
                "[" + BREADCRUMBS + ",{\"@type\":\"CollectionPage\",\"url\":\"" + BASE + LIST_URL + "\"}]",
                head,
                body);
    }

    static String codePage(String ld, String body) {
        return page(
                CODE_URL,
                "38900 Sentinel node mapping | 2026 RVUs & payment",
                "38900: work RVU 2.44; national Medicare payment $144.96 non-facility, $122.92 facility.",
                ld,
                "",
                body);
    }

    static final String CODE_LD = "{\"@context\":\"https://schema.org\",\"@graph\":[" + BREADCRUMBS
            + ",{\"@type\":\"MedicalWebPage\",\"url\":\"" + BASE + CODE_URL + "\",\"about\":{\"@type\":\"MedicalCode\","
            + "\"codeValue\":\"38900\",\"codingSystem\":\"CPT\"}}";

    static String page(String url, String title, String description, String ld, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n"
                + "<meta name=\"description\" content=\"" + description + "\">\n"
                + "<link rel=\"canonical\" href=\"" + BASE + url + "\">\n"
                + "<link rel=\"stylesheet\" href=\"/assets/site.0123456789.css\">\n"
                + "<script src=\"/assets/search.abcdef0123.js\" defer></script>\n"
                + "<script type=\"application/ld+json\">" + ld + "</script>\n" + head + "</head>\n"
                + "<body>\n<a href=\"#main\">Skip</a>\n<main id=\"main\">\n<h1>Heading</h1>\n" + body
                + "\n</main>\n</body>\n</html>\n";
    }

    static PageRules.Result check(String url, String html) {
        return PageRules.check(url, html.getBytes(StandardCharsets.UTF_8), BASE);
    }

    static Set<CheckRule> rules(String url, String html) {
        return check(url, html).violations().stream()
                .map(PageRules.Violation::rule)
                .collect(Collectors.toSet());
    }

    static Set<CheckRule> listRules(String body) {
        return rules(LIST_URL, listPage("", body));
    }

    static void onlyBreaks(CheckRule rule, Set<CheckRule> broken) {
        assertEquals(Set.of(rule), broken);
    }

    @Test
    void goodPagesMeetEveryRule() {
        PageRules.Result list = check(LIST_URL, listPage("", "<h2>Codes</h2><h3>More</h3><h2>Other</h2>"));
        assertEquals(List.of(), list.violations());
        assertEquals(TITLE, list.title());
        assertEquals(DESCRIPTION, list.description());
        assertTrue(list.links().contains("/assets/site.0123456789.css"));
        PageRules.Result code = check(CODE_URL, codePage(CODE_LD + "]}", ""));
        assertEquals(List.of(), code.violations());
    }

    @Test
    void underABasePathLinksAreSiteUrlsAndALinkOutsideThePathIsBroken() {
        String base = BASE + "/fees";
        String html = listPage("", "<a href=\"/fees/cpt/38900/#faq\">in</a>")
                .replace(BASE, base)
                .replace("\"/assets/", "\"/fees/assets/");
        PageRules.Result r = PageRules.check(LIST_URL, html.getBytes(StandardCharsets.UTF_8), base);
        assertEquals(List.of(), r.violations());
        assertTrue(
                r.links().containsAll(List.of("/cpt/38900/#faq", "/assets/site.0123456789.css")), r.links()::toString);
        // The very bug of a sub-path site: a link written from the domain's root.
        PageRules.Result outside =
                PageRules.check(LIST_URL, html.replace("/fees/cpt/", "/cpt/").getBytes(StandardCharsets.UTF_8), base);
        assertEquals(CheckRule.LINKS, outside.violations().get(0).rule());
        assertTrue(outside.violations()
                .get(0)
                .message()
                .startsWith("links to /cpt/38900/#faq, outside the site's path /fees/"));
    }

    @Test
    void violationsNameTheirRule() {
        PageRules.Violation v =
                check(LIST_URL, listPage("", "<h1>Second</h1>")).violations().get(0);
        assertEquals(CheckRule.H1, v.rule());
        assertEquals("has 2 h1 elements; a page has exactly one", v.message());
    }

    @Test
    void h1() {
        onlyBreaks(CheckRule.H1, listRules("<h1>Another</h1>"));
    }

    @Test
    void titlePresent() {
        onlyBreaks(CheckRule.TITLE, rules(LIST_URL, page(LIST_URL, " ", DESCRIPTION, "[" + BREADCRUMBS + "]", "", "")));
    }

    @Test
    void titleLength() {
        String seventy = "x".repeat(70);
        assertEquals(Set.of(), rules(LIST_URL, page(LIST_URL, seventy, DESCRIPTION, "[" + BREADCRUMBS + "]", "", "")));
        PageRules.Result r =
                check(LIST_URL, page(LIST_URL, seventy + "y", DESCRIPTION, "[" + BREADCRUMBS + "]", "", ""));
        assertEquals(CheckRule.TITLE_LENGTH, r.violations().get(0).rule());
        assertTrue(r.violations().get(0).message().startsWith("the title has 71 characters, more than 70"));
        // Characters, not bytes or UTF-16 units: entities and non-ASCII letters count once.
        assertEquals(
                Set.of(),
                rules(
                        LIST_URL,
                        page(
                                LIST_URL,
                                "&amp;".repeat(35) + "\u00e9".repeat(35),
                                DESCRIPTION,
                                "[" + BREADCRUMBS + "]",
                                "",
                                "")));
    }

    @Test
    void descriptionPresent() {
        onlyBreaks(CheckRule.DESCRIPTION, rules(LIST_URL, page(LIST_URL, TITLE, "", "[" + BREADCRUMBS + "]", "", "")));
    }

    @Test
    void descriptionLength() {
        String ld = "[" + BREADCRUMBS + "]";
        assertEquals(Set.of(), rules(LIST_URL, page(LIST_URL, TITLE, "d".repeat(50), ld, "", "")));
        assertEquals(Set.of(), rules(LIST_URL, page(LIST_URL, TITLE, "d".repeat(170), ld, "", "")));
        onlyBreaks(CheckRule.DESCRIPTION_LENGTH, rules(LIST_URL, page(LIST_URL, TITLE, "d".repeat(49), ld, "", "")));
        PageRules.Result r = check(LIST_URL, page(LIST_URL, TITLE, "d".repeat(171), ld, "", ""));
        assertTrue(
                r.violations().get(0).message().startsWith("the meta description has 171 characters, more than 170"));
    }

    @Test
    void canonicalPointsAtThePageItself() {
        String ld = "[" + BREADCRUMBS + "]";
        onlyBreaks(CheckRule.CANONICAL, rules("/category/radiology/", page(LIST_URL, TITLE, DESCRIPTION, ld, "", "")));
        String noCanonical = listPage("", "").replaceFirst("<link rel=\"canonical\"[^>]*>", "");
        onlyBreaks(CheckRule.CANONICAL, rules(LIST_URL, noCanonical));
    }

    @Test
    void canonicalIsAbsolute() {
        String html = page(LIST_URL, TITLE, DESCRIPTION, "[" + BREADCRUMBS + "]", "", "");
        PageRules.Result r = PageRules.check(
                LIST_URL,
                html.replace(BASE + LIST_URL, "/www.example.org" + LIST_URL).getBytes(StandardCharsets.UTF_8),
                "/www.example.org");
        assertEquals(CheckRule.CANONICAL, r.violations().get(0).rule());
        assertTrue(
                r.violations().get(0).message().contains("is not absolute"),
                r.violations().toString());
    }

    @Test
    void lang() {
        onlyBreaks(CheckRule.LANG, rules(LIST_URL, listPage("", "").replace(" lang=\"en\"", "")));
    }

    @Test
    void duplicateIds() {
        onlyBreaks(CheckRule.DUPLICATE_ID, listRules("<p id=\"a\">1</p><p id=\"a\">2</p>"));
    }

    @Test
    void anchorsOnThePage() {
        onlyBreaks(CheckRule.ANCHORS, listRules("<a href=\"#nowhere\">x</a>"));
        assertEquals(Set.of(), listRules("<p id=\"here\"></p><a href=\"#here\">x</a><a href=\"#\">top</a>"));
    }

    @Test
    void linksToOtherPagesAreCollectedWithTheirAnchors() {
        PageRules.Result r = check(
                LIST_URL,
                listPage(
                        "",
                        "<a href=\"/cpt/38900/#faq\">faq</a>"
                                + "<a href=\"https://www.cms.gov/\">CMS</a><a href=\"//cdn.example/x\">x</a>"));
        assertTrue(r.links().contains("/cpt/38900/#faq"));
        assertTrue(
                r.links().stream().noneMatch(l -> l.contains("cms.gov") || l.contains("cdn")),
                r.links().toString());
    }

    @Test
    void jsonLdParses() {
        PageRules.Result r = check(LIST_URL, page(LIST_URL, TITLE, DESCRIPTION, "[" + BREADCRUMBS + ",{]", "", ""));
        assertEquals(CheckRule.JSON_LD, r.violations().get(0).rule());
        assertTrue(r.violations().get(0).message().startsWith("has JSON-LD that does not parse"));
        onlyBreaks(
                CheckRule.JSON_LD,
                rules(
                        LIST_URL,
                        listPage("", "").replaceFirst("<script type=\"application/ld\\+json\">.*</script>", "")));
    }

    /** The JSON-LD is parsed from the page's UTF-8 bytes: characters of two, three and four bytes read as written. */
    @Test
    void jsonLdOfManyBytesPerCharacterReadsAsWritten() {
        String ld = CODE_LD.replace("\"codingSystem\":\"CPT\"", "\"codingSystem\":\"CPT\",\"name\":\"Éé – 𝄞\"");
        assertEquals(List.of(), check(CODE_URL, codePage(ld + "]}", "")).violations());
        String wrongCode = ld.replace("\"38900\"", "\"38900–\"");
        onlyBreaks(CheckRule.JSON_LD, rules(CODE_URL, codePage(wrongCode + "]}", "")));
    }

    @Test
    void jsonLdHasBreadcrumbsEverywhere() {
        onlyBreaks(
                CheckRule.JSON_LD,
                rules(LIST_URL, page(LIST_URL, TITLE, DESCRIPTION, "{\"@type\":\"CollectionPage\"}", "", "")));
    }

    @Test
    void jsonLdOfACodePageIsAMedicalWebPageAboutItsMedicalCode() {
        onlyBreaks(CheckRule.JSON_LD, rules(CODE_URL, codePage("[" + BREADCRUMBS + "]", "")));
        onlyBreaks(CheckRule.JSON_LD, rules(CODE_URL, codePage(CODE_LD.replace("MedicalCode", "Thing") + "]}", "")));
        onlyBreaks(CheckRule.JSON_LD, rules(CODE_URL, codePage(CODE_LD.replace("\"38900\"", "\"38792\"") + "]}", "")));
        // The page node names the page itself.
        onlyBreaks(
                CheckRule.JSON_LD,
                rules(CODE_URL, codePage(CODE_LD.replace(BASE + CODE_URL, BASE + "/cpt/1/") + "]}", "")));
    }

    @Test
    void jsonLdHasAnFaqPageExactlyWhereThePageHasAnFaq() {
        String faq = "<section id=\"faq\"><h2>FAQ</h2><h3>Q1?</h3><p>A1</p><h3>Q2?</h3><p>A2</p></section>";
        String faqLd = ",{\"@type\":\"FAQPage\",\"mainEntity\":[{\"@type\":\"Question\",\"name\":\"Q1?\"},"
                + "{\"@type\":\"Question\",\"name\":\"Q2?\"}]}";
        assertEquals(Set.of(), rules(CODE_URL, codePage(CODE_LD + faqLd + "]}", faq)));
        onlyBreaks(CheckRule.JSON_LD, rules(CODE_URL, codePage(CODE_LD + "]}", faq)));
        onlyBreaks(CheckRule.JSON_LD, rules(CODE_URL, codePage(CODE_LD + faqLd + "]}", "")));
        onlyBreaks(
                CheckRule.JSON_LD,
                rules(CODE_URL, codePage(CODE_LD + faqLd + "]}", faq.replace("<h3>Q2?</h3><p>A2</p>", ""))));
    }

    @Test
    void imagesHaveAlt() {
        onlyBreaks(CheckRule.IMG_ALT, listRules("<img src=\"/a.png\" width=\"10\" height=\"10\">"));
        assertEquals(Set.of(), listRules("<img src=\"/a.png\" alt=\"\" width=\"10\" height=\"10\">"));
    }

    @Test
    void inlineSvgIsAnImageWithATitleOrHidden() {
        onlyBreaks(CheckRule.SVG_TITLE, listRules("<svg role=\"img\" width=\"10\" height=\"10\"><rect/></svg>"));
        onlyBreaks(
                CheckRule.SVG_TITLE, listRules("<svg role=\"img\" width=\"10\" height=\"10\"><title> </title></svg>"));
        onlyBreaks(CheckRule.SVG_TITLE, listRules("<svg width=\"10\" height=\"10\"><rect/></svg>"));
        assertEquals(
                Set.of(),
                listRules(
                        "<svg role=\"img\" width=\"10\" height=\"10\"><title>Chart</title>"
                                + "<rect><title>bar</title></rect></svg><svg aria-hidden=\"true\" width=\"1\" height=\"1\"></svg>"));
    }

    @Test
    void imagesAndSvgHaveTheirSize() {
        onlyBreaks(CheckRule.LAYOUT_SHIFT, listRules("<img src=\"/a.png\" alt=\"a\">"));
        onlyBreaks(CheckRule.LAYOUT_SHIFT, listRules("<svg role=\"img\" viewBox=\"0 0 10 10\"><title>t</title></svg>"));
    }

    @Test
    void headingsSkipNoLevel() {
        onlyBreaks(CheckRule.HEADING_ORDER, listRules("<h3>Too deep</h3>"));
        onlyBreaks(CheckRule.HEADING_ORDER, listRules("<h2>a</h2><h4>b</h4>"));
        onlyBreaks(CheckRule.HEADING_ORDER, rules(LIST_URL, listPage("", "").replace("<main", "<h2>Before</h2><main")));
        assertEquals(Set.of(), listRules("<h2>a</h2><h3>b</h3><h4>c</h4><h2>d</h2>"));
    }

    @Test
    void tableHeadersHaveAScope() {
        onlyBreaks(CheckRule.TABLE_HEADERS, listRules("<table><tr><td>1</td></tr></table>"));
        onlyBreaks(CheckRule.TABLE_HEADERS, listRules("<table><tr><th>A</th></tr><tr><td>1</td></tr></table>"));
        assertEquals(
                Set.of(),
                listRules("<table><thead><tr><th scope=\"col\">A</th><th scope=\"col\">B</th></tr>"
                        + "</thead><tbody><tr><th scope=\"row\">x</th><td>1</td></tr></tbody></table>"));
    }

    @Test
    void formControlsHaveALabel() {
        onlyBreaks(CheckRule.CONTROL_LABELS, listRules("<input type=\"search\" name=\"q\">"));
        onlyBreaks(CheckRule.CONTROL_LABELS, listRules("<select id=\"s\"></select>"));
        onlyBreaks(CheckRule.CONTROL_LABELS, listRules("<label for=\"gone\">x</label>"));
        assertEquals(
                Set.of(),
                listRules("<label for=\"q\">Search</label><input id=\"q\" name=\"q\">"
                        + "<label>Inside <input name=\"i\"></label><textarea aria-label=\"Notes\"></textarea>"
                        + "<input type=\"hidden\" name=\"h\"><input type=\"submit\" value=\"Go\">"));
    }

    @Test
    void scriptsDoNotBlockRendering() {
        onlyBreaks(
                CheckRule.RENDER_BLOCKING,
                rules(LIST_URL, listPage("<script src=\"/assets/x.0123456789.js\"></script>", "")));
        assertEquals(
                Set.of(),
                rules(
                        LIST_URL,
                        listPage(
                                "<script src=\"/assets/x.0123456789.js\" async></script>"
                                        + "<script type=\"module\" src=\"/assets/m.0123456789.js\"></script>"
                                        + "<script type=\"application/json\" id=\"data\">{}</script>",
                                "")));
    }

    @Test
    void assetsHaveContentHashedNamesAndComeFromTheSite() {
        onlyBreaks(
                CheckRule.HASHED_ASSETS,
                rules(LIST_URL, listPage("<link rel=\"stylesheet\" href=\"/assets/site.css\">", "")));
        onlyBreaks(CheckRule.HASHED_ASSETS, listRules("<form data-search=\"/assets/search-index.json\"></form>"));
        onlyBreaks(
                CheckRule.HASHED_ASSETS,
                rules(LIST_URL, listPage("<script src=\"https://cdn.example.com/lib.js\" defer></script>", "")));
        onlyBreaks(
                CheckRule.HASHED_ASSETS,
                rules(LIST_URL, listPage("<link rel=\"stylesheet\" href=\"https://fonts.example.com/css\">", "")));
    }

    @Test
    void pageWeight() {
        // A list page may have 120 KB, a code page 40 KB; UTF-8 bytes count, not characters.
        String list = listPage("", "<p>" + "x".repeat(119 * 1024) + "</p>");
        assertEquals(Set.of(), rules(LIST_URL, list));
        onlyBreaks(CheckRule.PAGE_WEIGHT, rules(LIST_URL, listPage("", "<p>" + "x".repeat(120 * 1024) + "</p>")));
        String code = codePage(CODE_LD + "]}", "<p>" + "\u00e9".repeat(20 * 1024) + "</p>");
        PageRules.Result r = check(CODE_URL, code);
        assertEquals(CheckRule.PAGE_WEIGHT, r.violations().get(0).rule());
        assertTrue(r.violations().get(0).message().contains("more than the code page budget of 40.0 KB"));
    }

    // ---- the messages name what they found, as the page's text reads ----

    /** The messages of the violations of a list page with {@code body}. */
    static List<String> listMessages(String body) {
        return check(LIST_URL, listPage("", body)).violations().stream()
                .map(PageRules.Violation::message)
                .toList();
    }

    @Test
    void messagesQuoteTextAsItReads() {
        assertEquals(
                List.of("goes from h2 to h4 (\"B c & d e\"), skipping a level"),
                listMessages("<h2>a</h2><h4>B <em>c</em>&nbsp;&amp;\n d<br>e</h4>"));
        assertEquals(
                List.of("table \"Fees RVU & more\" has 1 header cell(s) without scope=\"col\" or scope=\"row\""),
                listMessages("<table><caption> Fees <abbr>RVU</abbr> &amp;\tmore </caption><tr><th>A</th>"
                        + "<th scope=\"row\">B</th></tr></table>"));
        assertEquals(List.of("a table has no header cells (th)"), listMessages("<TABLE><TR><TD>1</TD></TR></TABLE>"));
    }

    @Test
    void tablesCountTheHeaderCellsOfTheirNestedTables() {
        assertEquals(
                List.of(
                        "table \"Outer\" has 1 header cell(s) without scope=\"col\" or scope=\"row\"",
                        "table \"Inner\" has 1 header cell(s) without scope=\"col\" or scope=\"row\""),
                listMessages("<table><caption>Outer</caption><tr><th scope=\"col\">A</th></tr><tr><td>"
                        + "<table><caption>Inner</caption><tr><th>B</th></tr></table></td></tr></table>"));
    }

    @Test
    void onlyTheTitleChildOfTheOutermostSvgNamesIt() {
        assertEquals(
                List.of("the inline svg #c has role=img but no <title>"),
                listMessages("<svg id=\"c\" role=\"img\" width=\"1\" height=\"1\"><g><title>Bar</title></g>"
                        + "<svg role=\"img\"><title>Inner</title></svg></svg>"));
        assertEquals(
                List.of(),
                listMessages("<SVG ROLE=\"img\" WIDTH=\"1\" HEIGHT=\"1\"><path d=\"M0 0\"/>"
                        + "<TITLE>Chart &amp; <tspan>more</tspan></TITLE></SVG>"));
        assertEquals(
                List.of("an inline svg has role=img but no <title>"),
                listMessages("<svg role=\"img\" width=\"1\" height=\"1\"><title/><title>Second</title></svg>"));
    }

    @Test
    void controlsAreNamedByIdAndName() {
        assertEquals(
                List.of(
                        "has a form control <input id=\"x\" name=\"a&b\"> without a label",
                        "has a form control <select> without a label"),
                listMessages("<INPUT ID=\"x\" NAME=\"a&amp;b\" TYPE=\"Text\" type=\"hidden\"><input type=HIDDEN>"
                        + "<label>Outside</label><select></select>"
                        + "<label>In <span><textarea></textarea></span></label>"));
    }

    @Test
    void markupInCommentsAndScriptsIsNotMarkup() {
        assertEquals(
                List.of(),
                listMessages(
                        "<!-- <img src=\"/x.png\"> <a href=\"#nowhere\">x</a> -->"
                                + "<script>var s = \"</div><a href='#nowhere'>\";</script><p title='<a href=\"#nowhere\">'>x</p>"));
    }

    @Test
    void theFaqSectionEndsWithItsElement() {
        String faqLd = ",{\"@type\":\"FAQPage\",\"mainEntity\":[{\"@type\":\"Question\",\"name\":\"Q1?\"},"
                + "{\"@type\":\"Question\",\"name\":\"Q2?\"}]}";
        String faq = "<section id=\"faq\"><h2>FAQ</h2><section><h3>Q1?</h3></section><h3>Q2?</h3></section>"
                + "<section><h3>After</h3></section>";
        assertEquals(Set.of(), rules(CODE_URL, codePage(CODE_LD + faqLd + "]}", faq)));
    }

    @Test
    void theTitleIsTheOneInTheHead() {
        String html = listPage("", "<title>In the body</title>").replace("<title>" + TITLE, "<title>  A &amp;\n B ");
        assertEquals("A & B", check(LIST_URL, html).title());
    }

    @Test
    void codePagesAreTheFoldersOfCodes() {
        assertTrue(Page.isCodePage("/cpt/38900/"));
        assertTrue(Page.isCodePage("/hcpcs/G0105/"));
        assertTrue(!Page.isCodePage("/cpt/"));
        assertTrue(!Page.isCodePage("/category/surgery/"));
        assertTrue(!Page.isCodePage("/cpt/38900.json"));
        assertTrue(!Page.isCodePage("/cpt/38900/more/"));
    }
}
