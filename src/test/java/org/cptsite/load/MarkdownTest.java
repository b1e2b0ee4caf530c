package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.Slug;
import org.cptsite.model.UniqueIds;
import org.junit.jupiter.api.Test;

/** Markdown that editors write, as the page checks need it: tables, and problems at their lines. */
class MarkdownTest {
    private final Problems problems = new Problems();

    @Test
    void aTablesHeaderCellsHaveTheColumnScopeThePageChecksRequire() {
        String html = new Markdown(false)
                .toHtml("| Agent | Given by |\n|---|---|\n| Blue dye | Surgeon |\n", "x.md", 1, problems);
        assertTrue(html.contains("<th scope=\"col\">Agent</th>"), html);
        assertTrue(html.contains("<th scope=\"col\">Given by</th>"), html);
        assertTrue(html.contains("<td>Blue dye</td>"), html);
    }

    @Test
    void aProblemFarIntoALongFileIsAtItsLine() {
        // 5,000 paragraphs, then raw HTML: its warning names line 10 + 10,000 of the file.
        String markdown = "Paragraph.\n\n".repeat(5_000) + "<b>bold</b> here\n";
        new Markdown(false).toHtml(markdown, "x.md", 10, problems);
        assertEquals(2, problems.warningCount(), problems.all()::toString);
        assertEquals(10_010, problems.all().get(0).line());
    }

    @Test
    void headingsGetIdsOfTheirSectionAndTheirWordsEachOnceInTheFile() {
        Markdown md = new Markdown(false);
        UniqueIds ids = new UniqueIds(); // the file's
        String billing = md.toHtml(
                "### Modifiers *and* [units](/cpt/38792/)\n\nText.\n\n#### Modifiers and units\n\n### ???\n",
                "x.md",
                1,
                problems,
                link -> {},
                Markdown.Headings.section("billing-", ids, 2));
        assertTrue(billing.contains("<h3 id=\"billing-modifiers-and-units\">Modifiers <em>and</em> <a"), billing);
        assertTrue(billing.contains("<h4 id=\"billing-modifiers-and-units-2\">"), billing);
        assertTrue(billing.contains("<h3 id=\"billing-heading\">???</h3>"), billing);
        // The file's next section: its own prefix, and the same ids kept once in the file.
        String clinical = md.toHtml(
                "### History\n\n### Médecine générale\n",
                "x.md",
                9,
                problems,
                l -> {},
                Markdown.Headings.section("clinical-context-", ids, 2));
        assertTrue(clinical.contains("<h3 id=\"clinical-context-history\">History</h3>"), clinical);
        assertTrue(clinical.contains("<h3 id=\"clinical-context-" + Slug.of("Médecine générale") + "\">"), clinical);
        assertFalse(problems.hasErrors(), problems.all()::toString);
    }

    @Test
    void headingsGoOneLevelBelowThePageHeadingTheirSectionSitsUnder() {
        // A category's introduction sits right under the page's <h1>: its ### is an <h2>, its #### an <h3>.
        String intro = new Markdown(false)
                .toHtml(
                        "### Regions\n\n#### Head and neck\n\n##### Face\n",
                        "x.md",
                        1,
                        problems,
                        l -> {},
                        Markdown.Headings.section("intro-", new UniqueIds(), 1));
        assertTrue(intro.contains("<h2 id=\"intro-regions\">Regions</h2>"), intro);
        assertTrue(intro.contains("<h3 id=\"intro-head-and-neck\">Head and neck</h3>"), intro);
        assertTrue(intro.contains("<h4 id=\"intro-face\">Face</h4>"), intro);
        assertFalse(problems.hasErrors(), problems.all()::toString);
    }

    /**
     * A heading that goes above the one its text sits under, or skips a level, is an error at its line in the file
     * (not a page's heading_order error that names the next heading), and is written at the level that fits.
     */
    @Test
    void aHeadingOutOfOrderIsAnErrorAtItsLine() {
        Markdown md = new Markdown(false);
        String billing = md.toHtml(
                "Text.\n\n# Big\n\n##### Skipped\n\n### Fine\n",
                "x.md",
                10,
                problems,
                l -> {},
                Markdown.Headings.section("billing-", new UniqueIds(), 2));
        assertTrue(billing.contains("<h3 id=\"billing-big\">Big</h3>"), billing);
        assertTrue(billing.contains("<h4 id=\"billing-skipped\">Skipped</h4>"), billing);
        List<Problem> all = problems.all();
        assertEquals(2, all.size(), all::toString);
        assertEquals(12, all.get(0).line());
        assertEquals(
                "heading '# Big' would rank with or above the heading this text sits under",
                all.get(0).message());
        assertTrue(all.get(0).fix().startsWith("write it as ###"), all.get(0).fix());
        assertEquals(14, all.get(1).line());
        assertEquals(
                "heading '##### Skipped' skips a level: the heading before it is ###",
                all.get(1).message());
        assertTrue(all.get(1).fix().startsWith("write it as ####"), all.get(1).fix());

        // An FAQ answer sits under its question's <h3>: a # there is an error at its line; #### is fine.
        Problems answer = new Problems();
        String html = md.toHtml("# Big\n\n#### Small\n", "x.md", 40, answer, l -> {}, Markdown.Headings.answer());
        assertEquals("<h4>Big</h4>\n<h4>Small</h4>", html);
        assertEquals(1, answer.errorCount(), answer.all()::toString);
        assertEquals(40, answer.all().get(0).line());

        // In a category's introduction (under the page's <h1>), a # names the marks as written and those that fit.
        Problems intro = new Problems();
        assertEquals(
                "<h2 id=\"intro-top\">Top</h2>",
                md.toHtml(
                        "# Top\n", "x.md", 5, intro, l -> {}, Markdown.Headings.section("intro-", new UniqueIds(), 1)));
        assertEquals(
                "heading '# Top' would rank with or above the heading this text sits under",
                intro.all().get(0).message());
        assertTrue(
                intro.all().get(0).fix().startsWith("write it as ###; or make the rule a warning"),
                intro.all()::toString);

        // The site may make the rule a warning: the same, said as a warning.
        Problems lenient = new Problems();
        new Markdown(false, ImageSizes.NONE, rule -> org.cptsite.model.CheckRule.Level.WARNING)
                .toHtml(
                        "#### Skipped\n",
                        "x.md",
                        1,
                        lenient,
                        l -> {},
                        Markdown.Headings.section("b-", new UniqueIds(), 2));
        assertEquals(0, lenient.errorCount());
        assertEquals(1, lenient.warningCount());
    }

    @Test
    void aHeadingsIdHasTheWordsTheReaderSeesNotTheRawHtmlLeftOut() {
        String html = new Markdown(false)
                .toHtml(
                        "### Dye <b>and</b> tracer\n",
                        "x.md",
                        1,
                        problems,
                        l -> {},
                        Markdown.Headings.section("billing-", new UniqueIds(), 2));
        assertTrue(html.startsWith("<h3 id=\"billing-dye-and-tracer\">"), html);
        assertEquals(2, problems.warningCount(), problems.all()::toString); // the two tags left out
    }

    @Test
    void withoutASectionPrefixHeadingsHaveNoId() {
        // An FAQ answer's: its question's id is the page's, made when the page is.
        assertEquals("<h3>Dye</h3>", new Markdown(false).toHtml("### Dye\n", "x.md", 1, problems));
    }

    @Test
    void lineStartsFindTheLineOfEveryOffset() {
        Markdown.LineStarts lines = new Markdown.LineStarts("ab\n\ncd\n");
        assertEquals(0, lines.lineOf(0));
        assertEquals(0, lines.lineOf(2)); // the line break ends its line
        assertEquals(1, lines.lineOf(3));
        assertEquals(2, lines.lineOf(4));
        assertEquals(3, lines.lineOf(7)); // after the last line break
    }
}
