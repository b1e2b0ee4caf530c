package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The cells of the CSV and Markdown exports: text stays text in a spreadsheet and in a Markdown page. */
class CellsTest {
    @Test
    void aCsvCellThatAFormulaWouldStartGetsAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://x/\")", CsvCells.text("=HYPERLINK(\"http://x/\")"));
        assertEquals("\"'=HYPERLINK(\"\"http://x/\"\",\"\"y\"\")\"", CsvCells.field("=HYPERLINK(\"http://x/\",\"y\")"));
        assertEquals("'+1", CsvCells.text("+1"));
        assertEquals("'-1+2", CsvCells.text("-1+2"));
        assertEquals("'@SUM(A1)", CsvCells.text("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.text("\tx"));
        // Numbers and ordinary text are left as they are.
        assertEquals("-0.06", CsvCells.text("-0.06"));
        assertEquals("12.50", CsvCells.field("12.50"));
        assertEquals("\"HAWAII, GUAM\"", CsvCells.field("HAWAII, GUAM"));
        assertEquals("", CsvCells.field(""));
        assertEquals("\"a\nb\"", CsvCells.field("a\nb"));
    }

    @Test
    void aMarkdownCellReadsAsTextNotMarkup() {
        assertEquals("\\<img src=x onerror=alert(1)\\>\\|x", MarkdownCells.text("<img src=x onerror=alert(1)>|x"));
        assertEquals("\\[x\\](javascript:alert(1))", MarkdownCells.text("[x](javascript:alert(1))"));
        assertEquals("\\*\\*bold\\*\\* \\_x\\_ \\`c\\`", MarkdownCells.text("**bold** _x_ `c`"));
        assertEquals("\\&lt; \\&#60; I&D", MarkdownCells.text("&lt; &#60; I&D"));
        assertEquals("a b", MarkdownCells.text("a\nb"));
        assertEquals("work_rvu \\_x", MarkdownCells.text("work_rvu _x"));
        // Figures and words are left as they are.
        assertEquals("+$473.49 (−2.4%)", MarkdownCells.text("+$473.49 (−2.4%)"));
        assertEquals("Chest x-ray, two views", MarkdownCells.text("Chest x-ray, two views"));
    }
}
