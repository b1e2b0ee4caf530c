package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cptsite.Sites;
import org.cptsite.model.Problem;
import org.cptsite.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's meta description starts with the code's figures and holds what it can of the summary. When it cuts
 * the summary's first sentence, that is a warning at the line of {@code summary:}, quoting what the description
 * keeps; when the first sentence fits, the sentences after it may be cut (they stay on the page), and a summary
 * that fits whole is no warning either.
 */
class SummaryCutWarningTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Test
    void aFirstSentenceCutInTheMetaDescriptionIsWarnedAtItsLine(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path md = content.resolve("codes/38900.md");
        Pipeline.Result r = Sites.build(Sites.SAMPLE, content, dir.resolve("site"), TODAY);

        // The fixture's first sentence: "Add-on service for locating ... for examination." (171 characters).
        List<Problem> cut = summaryWarnings(r, md);
        assertEquals(1, cut.size(), cut.toString());
        Problem p = cut.get(0);
        assertFalse(p.isError());
        assertEquals(4, p.line(), "the line of 'summary:'");
        // What the warning quotes is what the page's meta description shows of the summary.
        String description = description(dir);
        String kept = p.message().replaceFirst("(?s).*: \"(.*)\\.\\.\\.\"$", "$1");
        assertEquals("Add-on service for locating the sentinel lymph node in the", kept);
        assertTrue(description.endsWith(kept + "\u2026"), description + " | " + kept);
        assertTrue(description.startsWith("38900 (add-on): work RVU"), description);
        assertEquals(
                "the summary's first sentence has 171 characters; the page's meta description, which search engines"
                        + " show, starts with the code's figures and keeps only the first 58 of it: \"" + kept
                        + "...\"",
                p.message());
        // The fix names the length the message quotes.
        assertEquals(
                "start the summary with a sentence of at most 58 characters that carries its key words (the"
                        + " following sentences stay on the page)",
                p.fix());

        // The fix followed: a first sentence of exactly 58 characters, the rest of the summary after it. The
        // description still cuts the summary, but not its first sentence: no warning.
        String first = "Add-on sentinel lymph node mapping, in the operating room.";
        assertEquals(58, first.length());
        setSummary(
                md,
                first + " It finds the first node to receive lymph from a tumor site, so the surgeon can remove it"
                        + " for examination. Injection of non-radioactive dye by the surgeon is part of the service.");
        Pipeline.Result fixed = Sites.build(Sites.SAMPLE, content, dir.resolve("site"), TODAY);
        assertEquals(List.of(), summaryWarnings(fixed, md), "a long summary whose first sentence fits");
        assertTrue(description(dir).contains(" " + first.substring(0, first.length() - 1)), description(dir));

        // A summary of one sentence, cut: the sentence is the whole summary.
        setSummary(
                md,
                "Add-on service for locating the sentinel lymph node in the operating room, the first node to"
                        + " receive lymph from a tumor site, so the surgeon can remove it for examination");
        List<Problem> one = summaryWarnings(Sites.build(Sites.SAMPLE, content, dir.resolve("site"), TODAY), md);
        assertEquals(1, one.size(), one.toString());
        assertTrue(one.get(0).message().startsWith("the summary's first sentence has 170 characters;"), one.toString());

        setSummary(md, "Finding the sentinel node during surgery.");
        Pipeline.Result shorter = Sites.build(Sites.SAMPLE, content, dir.resolve("site"), TODAY);
        assertEquals(List.of(), summaryWarnings(shorter, md), "a summary that fits");
    }

    @Test
    void theFirstSentenceEndsAtAStopFollowedBySpace() {
        assertEquals("One.", CodePageBuilder.firstSentence("One. Two."));
        assertEquals("Is it?", CodePageBuilder.firstSentence("Is it? Yes."));
        assertEquals("Stop!", CodePageBuilder.firstSentence("Stop!\nMore."));
        assertEquals("No full stop", CodePageBuilder.firstSentence("No full stop"));
        // A decimal and an abbreviation do not end it.
        assertEquals(
                "A cut of 2.5 cm or less, e.g. of the scalp, i.e. one layer.",
                CodePageBuilder.firstSentence("A cut of 2.5 cm or less, e.g. of the scalp, i.e. one layer. More."));
    }

    private static void setSummary(Path md, String summary) throws IOException {
        Files.writeString(
                md,
                Files.readString(md)
                        .replaceFirst("(?s)summary: (>-\n.*?|[^\n]*)\n(\\w+:)", "summary: " + summary + "\n$2"));
    }

    private static String description(Path dir) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site/cpt/38900/index.html")))
                .selectFirst("meta[name=description]")
                .attr("content");
    }

    private static List<Problem> summaryWarnings(Pipeline.Result r, Path md) {
        return r.problems().all().stream()
                .filter(p -> p.file().equals(md.toString()) && p.message().startsWith("the summary"))
                .toList();
    }
}
