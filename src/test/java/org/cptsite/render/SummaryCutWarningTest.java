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
 * A summary the page's meta description cannot hold (it starts with the code's figures) is a warning at the
 * line of {@code summary:}, quoting what the description keeps; a summary that fits is not.
 */
class SummaryCutWarningTest {

    @Test
    void aSummaryCutInTheMetaDescriptionIsWarnedAtItsLine(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path md = content.resolve("codes/38900.md");
        Pipeline.Result r = Sites.build(Sites.SAMPLE, content, dir.resolve("site"), LocalDate.of(2026, 1, 1));

        List<Problem> cut = summaryWarnings(r, md);
        assertEquals(1, cut.size(), cut.toString());
        Problem p = cut.get(0);
        assertFalse(p.isError());
        assertEquals(4, p.line(), "the line of 'summary:'");
        // What the warning quotes is what the page's meta description shows of the summary.
        String description = Jsoup.parse(Files.readString(dir.resolve("site/cpt/38900/index.html")))
                .selectFirst("meta[name=description]")
                .attr("content");
        String kept = p.message().replaceFirst("(?s).*: \"(.*)\\.\\.\\.\"$", "$1");
        assertTrue(description.endsWith(kept + "\u2026"), description + " | " + kept);
        assertTrue(description.startsWith("38900 (add-on): work RVU"), description);
        assertTrue(p.message().startsWith("the summary has 243 characters; the page's meta description"), p.message());
        // The fix names the length the message quotes.
        assertEquals(
                "put the summary's key words in its first " + kept.length()
                        + " characters (the rest stays on the page)",
                p.fix());

        Files.writeString(
                md,
                Files.readString(md)
                        .replaceFirst(
                                "(?s)summary: >-\n.*?\n(\\w+:)",
                                "summary: Finding the sentinel node during surgery.\n$1"));
        Pipeline.Result shorter = Sites.build(Sites.SAMPLE, content, dir.resolve("site"), LocalDate.of(2026, 1, 1));
        assertEquals(List.of(), summaryWarnings(shorter, md), "a summary that fits");
    }

    private static List<Problem> summaryWarnings(Pipeline.Result r, Path md) {
        return r.problems().all().stream()
                .filter(p -> p.file().equals(md.toString()) && p.message().startsWith("the summary has"))
                .toList();
    }
}
