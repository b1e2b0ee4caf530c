package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                new Markdown.Headings("billing-", ids, 2));
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
                new Markdown.Headings("clinical-context-", ids, 2));
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
                        new Markdown.Headings("intro-", new UniqueIds(), 1));
        assertTrue(intro.contains("<h2 id=\"intro-regions\">Regions</h2>"), intro);
        assertTrue(intro.contains("<h3 id=\"intro-head-and-neck\">Head and neck</h3>"), intro);
        assertTrue(intro.contains("<h4 id=\"intro-face\">Face</h4>"), intro);
        // A # (the page's own level) cannot go higher than <h1>, which the page checks refuse a second of.
        assertTrue(new Markdown(false)
                .toHtml("# Top\n", "x.md", 1, problems, l -> {}, new Markdown.Headings("intro-", new UniqueIds(), 1))
                .startsWith("<h1 id=\"intro-top\">"));
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
                        new Markdown.Headings("billing-", new UniqueIds(), 2));
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
