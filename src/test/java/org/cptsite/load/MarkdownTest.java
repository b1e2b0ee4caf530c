package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cptsite.model.Problems;
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
    void lineStartsFindTheLineOfEveryOffset() {
        Markdown.LineStarts lines = new Markdown.LineStarts("ab\n\ncd\n");
        assertEquals(0, lines.lineOf(0));
        assertEquals(0, lines.lineOf(2)); // the line break ends its line
        assertEquals(1, lines.lineOf(3));
        assertEquals(2, lines.lineOf(4));
        assertEquals(3, lines.lineOf(7)); // after the last line break
    }
}
