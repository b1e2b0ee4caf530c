package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cptsite.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A code page says when its text was last reviewed, and by whom, where the content says so. */
class ReviewedPageIT {
    @Test
    void lastReviewedIsShownOnTheCodePage(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path md = content.resolve("codes/38900.md");
        Files.writeString(
                md,
                Files.readString(md)
                        .replaceFirst("\ntitle:", "\nreviewed: 2026-01-15\nreviewer: Dr. A. Editor\ntitle:"));
        Path out = dir.resolve("site");
        // Built the day of the review: a review dated later would be refused.
        Sites.build(Sites.SAMPLE, content, out, LocalDate.of(2026, 1, 15));
        Document page = Jsoup.parse(out.resolve(Sites.page("38900")).toFile());
        assertEquals(
                "Last reviewed January 15, 2026 by Dr. A. Editor",
                page.select("p.reviewed").text());
        assertEquals("2026-01-15", page.select("p.reviewed time").attr("datetime"));
        assertTrue(Jsoup.parse(out.resolve(Sites.page("38525")).toFile())
                .select("p.reviewed")
                .isEmpty());
    }
}
