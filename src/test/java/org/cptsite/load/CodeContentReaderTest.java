package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cptsite.model.CodeContent;
import org.cptsite.model.Faq;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.junit.jupiter.api.Test;

/** A code's Markdown file (FrontMatter + MarkdownFile + CodeContentReader) into a CodeContent. */
class CodeContentReaderTest {
    private static final String FILE = "content/codes/38900.md";

    private static final String FULL = String.join(
            "\r\n",
            "---",
            "title: Intraoperative sentinel lymph node mapping",
            "synonyms: [sentinel node mapping, SLN mapping]",
            "summary: >-",
            "  Add-on service for locating the sentinel node",
            "  in the operating room.",
            "plain_language: \"The surgeon finds the first node: then removes it.\"",
            "specialties:",
            "  - Surgical Oncology",
            "  - Breast Surgery",
            "---",
            "## Clinical context",
            "",
            "Staging step for **breast cancer** and melanoma.",
            "",
            "Second paragraph.",
            "",
            "## Billing and documentation",
            "",
            "- Add-on code, global period ZZZ.",
            "- Report with [38525](/cpt/38525/).",
            "",
            "## FAQ",
            "",
            "### Is 38900 an add-on code?",
            "",
            "Yes. The **ZZZ** global period",
            "means it is.",
            "",
            "### Does it include the tracer?",
            "",
            "No: see 38792.",
            "");

    /**
     * A quote left open is found out at the end of the front matter: the error names the line where it began,
     * where the editor must look, and the line where the parser gave up.
     */
    @Test
    void aQuoteLeftOpenIsAnErrorAtTheLineItOpens() {
        Problems problems = new Problems();
        String text = String.join(
                "\n",
                "---",
                "title: \"Sentinel mapping",
                "summary: Add-on service.",
                "reviewed: 2026-01-15",
                "---",
                "");
        CodeContentReader.read("38900", FILE, text, problems);
        Problem p = problems.all().get(0);
        assertEquals(2, p.line(), p::toString);
        assertEquals(
                "YAML does not parse: found unexpected end of stream on line 4, while scanning a quoted scalar that"
                        + " begins here",
                p.message());
    }

    /**
     * A quoted value may write a control character with an escape: it is an error at its line (an ESC in a title
     * drove the terminal of show, a NUL reached the page), as is half of an emoji. Tabs and line breaks are text.
     */
    @Test
    void aControlCharacterInAValueIsAnErrorAtItsLine() {
        Problems problems = new Problems();
        String text = String.join(
                "\n",
                "---",
                "title: \"Node map \\e]0;PWNED\\a\"",
                "summary: \"Half \\uD800 of it\"",
                "synonyms: [\"a\\tb\", \"nul \\0\"]",
                "plain_language: |",
                "  Two lines",
                "  of text.",
                "---",
                "");
        CodeContentReader.read("38900", FILE, text, problems);
        assertEquals(
                List.of(
                        "2: a value holds the character U+001B, which no page can show",
                        "3: a value holds the character U+D800, which no page can show",
                        "4: a value holds the character U+0000, which no page can show"),
                said(problems));
    }

    /** A mapping broken in the middle is named where the parser found it: the line of the mistake. */
    @Test
    void aValueWithAColonIsAnErrorAtItsLine() {
        Problems problems = new Problems();
        String text = String.join("\n", "---", "title: Sentinel", "summary: Ratio: 2:1", "---", "");
        CodeContentReader.read("38900", FILE, text, problems);
        Problem p = problems.all().get(0);
        assertEquals(3, p.line(), p::toString);
        assertEquals("YAML does not parse: mapping values are not allowed here", p.message());
    }

    /**
     * A question shows as plain text: its Markdown is read as in any heading (no asterisks or backticks left), and
     * raw HTML in it is left out with a warning at its line, as in an answer.
     */
    @Test
    void aQuestionsMarkdownGivesItsWordsAndItsRawHtmlIsLeftOut() {
        Problems problems = new Problems();
        String text = String.join(
                "\n",
                "---",
                "title: Sentinel",
                "summary: Mapping.",
                "---",
                "## FAQ",
                "",
                "### Is **38900** an `add-on` code, with [38525](/cpt/38525/)?",
                "",
                "Yes.",
                "",
                "### Is <b>38900</b> paid? \\*Really\\*",
                "",
                "Yes.",
                "");
        CodeContent c = CodeContentReader.read("38900", FILE, text, problems);
        assertEquals(
                List.of("Is 38900 an add-on code, with 38525?", "Is 38900 paid? *Really*"),
                c.faq().stream().map(Faq::question).toList());
        assertEquals(
                List.of("11: raw HTML left out: </b>", "11: raw HTML left out: <b>"),
                problems.all().stream()
                        .map(p -> p.line() + ": " + p.message())
                        .sorted()
                        .toList());
    }

    @Test
    void everyKeyAndSection() {
        Problems problems = new Problems();
        CodeContent c = CodeContentReader.read("38900", FILE, FULL, problems);
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        // The one warning: "38900 " + this title is cut in the page's <title>.
        assertEquals(1, problems.warningCount(), () -> problems.all().toString());
        assertTrue(problems.all().get(0).message().startsWith("the title has 42 characters"));
        assertNotNull(c);
        assertEquals("38900", c.code());
        assertEquals(FILE, c.file());
        assertEquals("Intraoperative sentinel lymph node mapping", c.title());
        assertEquals(List.of("sentinel node mapping", "SLN mapping"), c.synonyms());
        assertEquals("Add-on service for locating the sentinel node in the operating room.", c.summary());
        assertEquals("The surgeon finds the first node: then removes it.", c.plainLanguage());
        assertEquals(List.of("Surgical Oncology", "Breast Surgery"), c.specialties());
        assertEquals(
                "<p>Staging step for <strong>breast cancer</strong> and melanoma.</p>\n<p>Second paragraph.</p>",
                c.clinicalContextHtml());
        assertEquals(
                "<ul>\n<li>Add-on code, global period ZZZ.</li>\n<li>Report with <a href=\"/cpt/38525/\">38525</a>."
                        + "</li>\n</ul>",
                c.billingHtml());
        assertEquals(2, c.faq().size());
        Faq first = c.faq().get(0);
        assertEquals("Is 38900 an add-on code?", first.question());
        assertEquals("<p>Yes. The <strong>ZZZ</strong> global period\nmeans it is.</p>", first.answerHtml());
        assertEquals("Yes. The ZZZ global period means it is.", first.answerText());
        assertEquals(
                new Faq("Does it include the tracer?", "<p>No: see 38792.</p>", "No: see 38792."),
                c.faq().get(1));
    }

    @Test
    void onlyTheRequiredKeys() {
        Problems problems = new Problems();
        CodeContent c = CodeContentReader.read(
                "99213", "99213.md", "---\ntitle: Office visit\nsummary: A visit.\n---\n", problems);
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertEquals("Office visit", c.title());
        assertEquals("", c.plainLanguage());
        assertEquals(List.of(), c.synonyms());
        assertEquals(List.of(), c.specialties());
        assertEquals("", c.clinicalContextHtml());
        assertEquals("", c.billingHtml());
        assertEquals(List.of(), c.faq());
    }

    @Test
    void anUnknownKeyIsReportedOnItsLine() {
        Problems problems = new Problems();
        CodeContentReader.read("38900", FILE, "---\ntitle: T\nsumary: S\n---\n", problems);
        List<Problem> all = problems.all();
        assertTrue(
                all.stream()
                        .anyMatch(p -> p.line() == 3
                                && p.message().equals("unknown key 'sumary'")
                                && p.fix().contains("did you mean 'summary'")),
                all::toString);
        assertTrue(all.stream().anyMatch(p -> p.message().equals("missing key 'summary'")), all::toString);
    }

    @Test
    void anUnknownSectionIsReportedOnItsLine() {
        Problems problems = new Problems();
        CodeContentReader.read(
                "38900", FILE, "---\ntitle: T\nsummary: S\n---\n## Clinical contxt\n\nText.\n", problems);
        Problem p = problems.all().get(0);
        assertEquals(5, p.line());
        assertEquals("unknown section 'Clinical contxt'", p.message());
        assertTrue(p.fix().contains("did you mean '## Clinical context'"), p.fix());
    }

    @Test
    void noFrontMatter() {
        Problems problems = new Problems();
        assertNull(CodeContentReader.read("38900", FILE, "# 38900\n", problems));
        assertEquals("no front matter", problems.all().get(0).message());
    }

    @Test
    void aSuccessorNamedTwiceIsListedOnceWithAWarningAtItsLine() {
        // Named twice, the deleted page would list 27447 twice and, with two successors, lose its redirect.
        Problems problems = new Problems();
        CodeContent c = CodeContentReader.read(
                "27445",
                FILE,
                "---\ntitle: T\nsummary: S\nreplaced_by: [\"27447\", \"27447\", g0105, 27447]\n---\n",
                problems);
        assertEquals(List.of("27447", "G0105"), c.replacedBy());
        assertEquals(1, problems.warningCount(), problems.all()::toString);
        assertEquals(4, problems.all().get(0).line());
        assertTrue(problems.all().get(0).message().contains("replaced_by names 27447 twice"), problems.all()::toString);
    }

    /**
     * A specialty named twice counted the code twice on the specialty's page and listed its row twice; a synonym
     * named twice showed twice: each once, with one warning at its line.
     */
    @Test
    void aSpecialtyOrSynonymNamedTwiceIsListedOnceWithAWarning() {
        Problems problems = new Problems();
        CodeContent c = CodeContentReader.read(
                "38900",
                FILE,
                "---\ntitle: T\nsummary: S\nsynonyms: [SLN mapping, SLN Mapping]\n"
                        + "specialties: [General Surgery, Surgical Oncology, General Surgery]\n---\n",
                problems);
        assertEquals(List.of("SLN mapping"), c.synonyms());
        assertEquals(List.of("General Surgery", "Surgical Oncology"), c.specialties());
        assertEquals(
                List.of(
                        "4: synonyms names SLN Mapping twice; it is listed once",
                        "5: specialties names General Surgery twice; it is listed once"),
                said(problems));
        assertEquals(2, problems.warningCount());
    }

    /** YAML's null (~, null) is no value, not the text "null" on the page ("by null"); quoted, it is text. */
    @Test
    void yamlNullIsNoValue() {
        Problems problems = new Problems();
        CodeContent c = CodeContentReader.read(
                "38900",
                FILE,
                "---\ntitle: T\nsummary: S\nplain_language: ~\nreviewed: 2026-01-15\nreviewer: null\n---\n",
                problems);
        assertEquals(List.of(), problems.all());
        assertEquals("", c.plainLanguage());
        assertEquals("", c.reviewer());
        Problems titled = new Problems();
        CodeContentReader.read("38900", FILE, "---\ntitle: ~\nsummary: \"null\"\n---\n", titled);
        assertEquals(List.of("2: 'title' is empty"), said(titled));
        Problems listed = new Problems();
        CodeContentReader.read("38900", FILE, "---\ntitle: T\nsummary: S\nsynonyms: [~]\n---\n", listed);
        assertEquals(List.of("4: 'synonyms' must be a list of texts"), said(listed));
    }

    /** A question asked twice (whatever its case) is answered once: the second is left out with a warning. */
    @Test
    void aQuestionAskedTwiceIsLeftOutWithAWarning() {
        Problems problems = new Problems();
        CodeContent c = CodeContentReader.read(
                "38900",
                FILE,
                "---\ntitle: T\nsummary: S\n---\n## FAQ\n\n### Is it paid?\n\nYes.\n\n### Is it  PAID?\n\nNo.\n",
                problems);
        assertEquals(
                List.of("Is it paid?"), c.faq().stream().map(f -> f.question()).toList());
        assertEquals(List.of("11: FAQ question 'Is it PAID?' is asked twice; the second is left out"), said(problems));
        assertEquals(1, problems.warningCount());
    }

    /** Markdown or HTML in a plain-text value (the summary) shows as typed on the page and in search results: a warning. */
    @Test
    void markupInAPlainTextValueIsAWarning() {
        Problems problems = new Problems();
        CodeContentReader.read(
                "38900",
                FILE,
                "---\ntitle: Sentinel <b>node</b>\nsummary: Add-on for **intraoperative** mapping, see [38792](/cpt/38792/).\n"
                        + "plain_language: Finding the node at 2 * 3 sites.\n---\n",
                problems);
        assertEquals(
                List.of(
                        "2: 'title' is plain text: its Markdown or HTML marks show as typed",
                        "3: 'summary' is plain text: its Markdown or HTML marks show as typed"),
                problems.all().stream()
                        .filter(p -> p.message().contains("plain text"))
                        .map(p -> p.line() + ": " + p.message())
                        .toList());
    }

    /**
     * Text pasted from a word processor: a no-break space in a section heading reads as the space it looks like,
     * and closing #s are CommonMark's; in the YAML, where it is no space, the error names it at its line.
     */
    @Test
    void pastedSpacesAndClosingHashes() {
        Problems problems = new Problems();
        CodeContent c = CodeContentReader.read(
                "38900",
                FILE,
                "---\ntitle: T\nsummary: S\n---\n## Clinical\u00A0context\n\nWords.\n\n## Billing and documentation ##\n\nMore.\n",
                problems);
        assertEquals(List.of(), problems.all());
        assertTrue(c.clinicalContextHtml().contains("Words."), c.clinicalContextHtml());
        assertTrue(c.billingHtml().contains("More."), c.billingHtml());
        Problems yaml = new Problems();
        CodeContentReader.read("38900", FILE, "---\nsummary: S\ntitle: T\nreviewer:\u00A0Dr. A: Editor\n---\n", yaml);
        assertEquals(
                List.of(
                        "4: unknown key 'reviewer:\u00A0Dr. A': it holds a no-break space (U+00A0), which YAML does not "
                                + "read as a space"),
                said(yaml));
        Problems unparsed = new Problems();
        CodeContentReader.read("38900", FILE, "---\nsummary: S\ntitle: T\nsynonyms:\u00A0[a, b]\n---\n", unparsed);
        assertEquals(1, unparsed.errorCount(), unparsed.all()::toString);
        assertEquals(4, unparsed.all().get(0).line());
        assertTrue(
                unparsed.all()
                        .get(0)
                        .message()
                        .endsWith("line 4 holds a no-break space (U+00A0), which YAML does not read as a space"),
                unparsed.all().get(0).message());
    }

    @Test
    void aReviewedDayInAListSaysHowToWriteIt() {
        Problems problems = new Problems();
        CodeContentReader.read("38900", FILE, "---\ntitle: T\nsummary: S\nreviewed: [2026-01-15]\n---\n", problems);
        assertEquals("write 'reviewed: YYYY-MM-DD'", problems.all().get(0).fix(), problems.all()::toString);
    }

    /** A section's name underlined is Markdown's heading, not the file's section: said so at its line. */
    @Test
    void anUnderlinedSectionNameSaysHowToWriteIt() {
        Problems problems = new Problems();
        CodeContentReader.read(
                "38900",
                FILE,
                "---\ntitle: T\nsummary: S\n---\n## Clinical context\n\nWords.\n\nBilling and documentation\n---\n\nMore.\n",
                problems);
        assertTrue(
                problems.all().stream()
                        .anyMatch(
                                p -> p.line() == 9
                                        && p.message()
                                                .equals(
                                                        "section 'Billing and documentation' is underlined, which makes it a "
                                                                + "heading inside the section before")
                                        && p.fix()
                                                .equals(
                                                        "write it as '## Billing and documentation' and delete the line under it")),
                problems.all()::toString);
    }

    /** A reviewer is shown with the day of the review: without one, the name went nowhere without a word. */
    @Test
    void aReviewerWithoutTheDayOfTheReviewIsAWarning() {
        Problems problems = new Problems();
        CodeContentReader.read("38792", FILE, "---\ntitle: T\nsummary: S\nreviewer: Dr. B. Solo\n---\n", problems);
        assertEquals(List.of("4: the reviewer is shown with the day of the review, and there is none"), said(problems));
        assertEquals(1, problems.warningCount());
    }

    @Test
    void reviewedIsADayWithAnOptionalReviewer() {
        Problems problems = new Problems();
        CodeContent c = CodeContentReader.read(
                "38900",
                FILE,
                "---\ntitle: T\nsummary: S\nreviewed: 2026-01-15\nreviewer: Dr. A. Editor\n---\n",
                problems);
        assertFalse(problems.hasErrors(), problems.all().toString());
        assertEquals(java.time.LocalDate.of(2026, 1, 15), c.reviewed());
        assertEquals("Dr. A. Editor", c.reviewer());

        CodeContent none = CodeContentReader.read("38900", FILE, "---\ntitle: T\nsummary: S\n---\n", problems);
        assertNull(none.reviewed());
        assertEquals("", none.reviewer());
    }

    @Test
    void aReviewedThatIsNotADayIsAnErrorAtItsLine() {
        Problems problems = new Problems();
        CodeContentReader.read("38900", FILE, "---\ntitle: T\nsummary: S\nreviewed: 15/01/2026\n---\n", problems);
        Problem p = problems.all().get(0);
        assertEquals(4, p.line());
        assertEquals("'reviewed' is not a date: '15/01/2026'", p.message());
        assertTrue(p.fix().contains("YYYY-MM-DD"), p.fix());
    }

    @Test
    void aReviewedDayToComeIsAnErrorAtItsLineWithADayOfGrace() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 2);
        Problems problems = new Problems();
        String file = "---\ntitle: T\nsummary: S\nreviewed: %s\n---\n";
        Markdown markdown = new Markdown(false);
        CodeContentReader.read("38900", FILE, file.formatted("2027-12-01"), markdown, today, problems);
        Problem p = problems.all().get(0);
        assertEquals(4, p.line());
        assertEquals("'reviewed' is a day to come: 2027-12-01 (today is 2026-12-02)", p.message());
        assertTrue(p.fix().contains("reviewed: 2026-12-02"), p.fix());
        // Today, and tomorrow (an editor east of the build's clock), are accepted.
        for (String day : new String[] {"2026-12-02", "2026-12-03"}) {
            Problems none = new Problems();
            CodeContent c = CodeContentReader.read("38900", FILE, file.formatted(day), markdown, today, none);
            assertEquals(java.time.LocalDate.parse(day), c.reviewed());
            assertTrue(none.all().isEmpty(), none.all().toString());
        }
    }

    @Test
    void aTitleTheCodePageWouldCutIsAWarningAtItsLine() {
        Problems problems = new Problems();
        CodeContentReader.read(
                "38900",
                FILE,
                "---\nsummary: S\ntitle: Intraoperative sentinel lymph node mapping with dye\n---\n",
                problems);
        Problem p = problems.all().get(0);
        assertFalse(p.isError());
        assertEquals(3, p.line());
        assertTrue(
                p.message()
                        .startsWith("the title has 51 characters; the page's <title>, which search engines show,"
                                + " keeps only the first 38"),
                p.message());

        Problems fine = new Problems();
        CodeContentReader.read(
                "38900", FILE, "---\nsummary: S\ntitle: Intraoperative sentinel lymph node map\n---\n", fine);
        assertTrue(fine.all().isEmpty(), fine.all().toString());
    }

    /** The problems as "line: message", in the order they were said. */
    private static List<String> said(Problems problems) {
        return problems.all().stream().map(p -> p.line() + ": " + p.message()).toList();
    }
}
