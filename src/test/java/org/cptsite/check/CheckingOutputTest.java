package org.cptsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cptsite.model.CheckRule;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.output.Output;
import org.junit.jupiter.api.Test;

/**
 * The rules that need every page (unique titles and descriptions, links and #anchors between pages), the
 * asset rules, and how site.yml's {@code checks:} turns a rule into a warning.
 */
class CheckingOutputTest {
    private final Problems problems = new Problems();
    private final List<String> passedOn = new ArrayList<>();
    private final Output sink = new Output() {
        @Override
        public void page(String url, byte[] html) {
            passedOn.add(url);
        }

        @Override
        public void file(String path, byte[] bytes) {
            passedOn.add(path);
        }
    };

    /** A checker that has the assets of the test pages. */
    private CheckingOutput output(Map<CheckRule, CheckRule.Level> levels) {
        CheckingOutput out = new CheckingOutput(
                sink, PageRulesTest.BASE, r -> levels.getOrDefault(r, CheckRule.Level.ERROR), problems);
        out.file("assets/site.0123456789.css", "body { font: 16px system-ui; }".getBytes(StandardCharsets.UTF_8));
        out.file("assets/search.abcdef0123.js", "\"use strict\";".getBytes(StandardCharsets.UTF_8));
        passedOn.clear();
        return out;
    }

    private static byte[] page(String url, String title, String description, String body) {
        return PageRulesTest.page(url, title, description, "{\"@graph\":[" + PageRulesTest.BREADCRUMBS + "]}", "", body)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static final String D1 = "The first page of the test site, with a description long enough.";
    private static final String D2 = "The second page of the test site, with a description long enough.";

    @Test
    void titlesAreUnique() {
        CheckingOutput out = output(Map.of());
        out.page("/a/", page("/a/", "Same title", D1, ""));
        out.page("/b/", page("/b/", "Same title", D2, ""));
        Problem p = problems.all().get(0);
        assertEquals(1, problems.errorCount());
        assertEquals("page /b/", p.file());
        assertEquals("unique_title: has the same <title> as /a/: \"Same title\"", p.message());
        assertEquals(List.of("/a/"), passedOn, "a checked page is passed on, one that failed is not");
    }

    @Test
    void descriptionsAreUnique() {
        CheckingOutput out = output(Map.of());
        out.page("/a/", page("/a/", "Title A", D1, ""));
        out.page("/b/", page("/b/", "Title B", D1, ""));
        assertEquals(1, problems.errorCount());
        assertTrue(
                problems.all().get(0).message().startsWith("unique_description: has the same meta description as /a/"));
    }

    @Test
    void linksLeadToGeneratedFiles() {
        CheckingOutput out = output(Map.of());
        out.page(
                "/a/",
                page(
                        "/a/",
                        "Title A",
                        D1,
                        "<a href=\"/b/\">b</a><a href=\"/missing/\">m</a>"
                                + "<a href=\"/data.json\">d</a><a href=\"/sitemap.xml\">s</a><a href=\"/b/?q=1\">q</a>"));
        out.page("/b/", page("/b/", "Title B", D2, ""));
        out.file("data.json", new byte[0]);
        out.finish();
        assertEquals(1, problems.errorCount(), () -> problems.all().toString());
        assertEquals(
                "links: links to /missing/, which the build does not generate",
                problems.all().get(0).message());
    }

    /**
     * A link relative to its page (a template may write one) leads where a browser takes it, and an image must
     * exist as a linked page must; a link above the site's root is broken on its page.
     */
    @Test
    void relativeLinksAndImagesAreCheckedWhereTheyLead() {
        CheckingOutput out = output(Map.of());
        out.page(
                "/a/b/",
                page(
                        "/a/b/",
                        "Title A",
                        D1,
                        "<a href=\"../c/\">c</a><a href=\"./\">self</a><a href=\"d/\">d</a><a href=\"../../../up/\">u</a>"
                                + "<img src=\"pic.png\" alt=\"a picture\" width=\"10\" height=\"10\">"));
        // (a page's first broken link is reported, the others with it are the same mistake)
        out.page(
                "/a/c/",
                page(
                        "/a/c/",
                        "Title C",
                        D2,
                        "<img src=\"/files/gone.png\" alt=\"another\" width=\"10\" height=\"10\">"));
        out.file("a/b/pic.png", new byte[0]);
        out.finish();
        assertEquals(
                List.of(
                        "links: links to ../../../up/, which climbs above the site's root",
                        "links: links to /a/b/d/, which the build does not generate",
                        "links: links to /files/gone.png, which the build does not generate"),
                problems.all().stream().map(Problem::message).sorted().toList());
    }

    /** A page's address without its slash: the message gives the address that works. */
    @Test
    void aLinkToAPageWithoutItsSlashSaysWhichAddressWorks() {
        CheckingOutput out = output(Map.of());
        out.page("/a/", page("/a/", "Title A", D1, "<a href=\"/b?q=1\">b</a>"));
        out.page("/b/", page("/b/", "Title B", D2, "<a href=\"/c\">c</a>")); // no page /c/ either
        out.finish();
        assertEquals(2, problems.errorCount(), () -> problems.all().toString());
        assertEquals(
                "links: links to /b?q=1, which the build does not generate (did you mean /b/?q=1? a page's address "
                        + "ends with a slash)",
                problems.all().get(0).message());
        assertEquals(
                "links: links to /c, which the build does not generate",
                problems.all().get(1).message());
    }

    /** A file whose name has a space or an accent (content/static/) is linked to with %-escapes. */
    @Test
    void aLinkWithEscapesLeadsToTheFileItNames() {
        CheckingOutput out = output(Map.of());
        out.page(
                "/a/",
                page(
                        "/a/",
                        "Title A",
                        D1,
                        "<a href=\"/files/Claim%20Form.pdf\">c</a><a href=\"/files/r%C3%A9sum%C3%A9.pdf\">r</a>"
                                + "<a href=\"/files/a+b.pdf\">p</a><a href=\"/files/100%.pdf\">bad</a>"
                                + "<a href=\"/files/a+b.pdf#page=2\">a PDF's page: the viewer's anchor</a>"));
        out.file("files/Claim Form.pdf", new byte[0]);
        out.file("files/r\u00e9sum\u00e9.pdf", new byte[0]);
        out.file("files/a+b.pdf", new byte[0]);
        out.finish();
        assertEquals(1, problems.errorCount(), () -> problems.all().toString());
        assertEquals(
                "links: links to /files/100%.pdf, which the build does not generate",
                problems.all().get(0).message());
    }

    @Test
    void anchorsOnOtherPagesLeadToAnIdThere() {
        CheckingOutput out = output(Map.of());
        out.page("/a/", page("/a/", "Title A", D1, "<a href=\"/b/#pricing\">ok</a><a href=\"/b/#nope\">broken</a>"));
        out.page("/b/", page("/b/", "Title B", D2, "<p id=\"pricing\"></p>"));
        out.finish();
        assertEquals(1, problems.errorCount(), () -> problems.all().toString());
        assertEquals("page /a/", problems.all().get(0).file());
        assertEquals(
                "anchors: links to /b/#nope, but that page has no such id",
                problems.all().get(0).message());
    }

    @Test
    void assetsAreSmall() {
        CheckingOutput out = output(Map.of());
        out.file("assets/ok.0123456789.js", new byte[20 * 1024]);
        out.file("assets/search-index.0123456789.json", new byte[500 * 1024]); // data, fetched on use
        assertFalse(problems.hasErrors());
        out.file("assets/big.0123456789.css", new byte[20 * 1024 + 1]);
        Problem p = problems.all().get(0);
        assertEquals("asset /assets/big.0123456789.css", p.file());
        assertTrue(p.message().startsWith("asset_weight: has 20.0 KB, more than the budget of 20 KB"), p.message());
    }

    @Test
    void stylesheetsUseSystemFonts() {
        CheckingOutput out = output(Map.of());
        out.file(
                "assets/site.0123456789.css",
                "@font-face { font-family: X; src: url(x.woff2); }".getBytes(StandardCharsets.UTF_8));
        out.file(
                "assets/other.0123456789.css",
                "@import url(https://fonts.example.com/css);".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, problems.errorCount());
        assertTrue(problems.all().stream().allMatch(p -> p.message().startsWith("system_fonts: ")));
    }

    @Test
    void aRuleMadeAWarningIsReportedButDoesNotFail() {
        CheckingOutput out = output(Map.of(CheckRule.TITLE_LENGTH, CheckRule.Level.WARNING));
        out.page("/a/", page("/a/", "t".repeat(80), D1, "<h1>Second h1</h1>"));
        assertEquals(1, problems.warningCount());
        assertEquals(1, problems.errorCount(), "the other rules still fail");
        Problem warning =
                problems.all().stream().filter(p -> !p.isError()).findFirst().orElseThrow();
        assertTrue(warning.message().startsWith("title_length: the title has 80 characters"), warning.message());
        Problem error = problems.all().get(0);
        assertTrue(error.message().startsWith("h1: "), error.message());
        assertTrue(
                error.fix().endsWith("or make the rule a warning in site.yml: checks: { h1: warning }"), error.fix());
    }

    /** A page or asset that fails its checks is not written, nor anything after it: the build will fail. */
    @Test
    void nothingFailingIsPassedOnToTheWriter() {
        CheckingOutput out = output(Map.of(CheckRule.TITLE_LENGTH, CheckRule.Level.WARNING));
        out.page("/a/", page("/a/", "t".repeat(80), D1, ""));
        assertEquals(List.of("/a/"), passedOn, "a page with a warning only is written");
        out.file("assets/big.0123456789.css", new byte[20 * 1024 + 1]);
        out.page("/b/", page("/b/", "Page B", D2, "<h1>Second h1</h1>"));
        out.file("robots.txt", new byte[1]);
        assertEquals(2, problems.errorCount());
        assertEquals(List.of("/a/"), passedOn, "the over-budget asset and what followed were not passed on");
    }
}
