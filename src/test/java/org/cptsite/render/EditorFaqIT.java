package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cptsite.CommandRun;
import org.cptsite.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's FAQ in a real build of the sample: a question asked twice is answered once (with a warning), and an
 * editor's answer to a question the figures also answer replaces the generated one, on the page and in the
 * FAQPage markup alike.
 */
class EditorFaqIT {
    @TempDir
    Path tmp;

    @Test
    void eachQuestionIsAnsweredOnce() throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Path md = content.resolve("codes/38900.md");
        String text = Files.readString(md);
        String after = "## FAQ\n\n";
        assertTrue(text.contains(after), md::toString);
        Files.writeString(
                md,
                text.replace(
                        after,
                        after + "### How much does Medicare pay for 38900?\n\nWith the primary procedure's payment.\n\n"
                                + "### Is 38900 an  add-on code?\n\nAsked again.\n\n")); // the file asks it at line 51
        Path site = tmp.resolve("site");

        CommandRun r = CommandRun.onSample("build", content, "--out", site.toString());

        assertEquals(0, r.code(), r.all());
        assertTrue(
                r.err()
                        .contains(md + ":51: warning: FAQ question 'Is 38900 an add-on code?' is asked twice; the "
                                + "second is left out"),
                r.all());
        Document page = Jsoup.parse(Files.readString(site.resolve("cpt/38900/index.html")));
        assertEquals(
                1,
                page.select("#faq h3").eachText().stream()
                        .filter(q -> q.equals("How much does Medicare pay for 38900?"))
                        .count());
        assertEquals(
                1,
                page.select("#faq h3").eachText().stream()
                        .filter(q -> q.equals("Is 38900 an add-on code?"))
                        .count());
        assertTrue(page.select("#faq").text().contains("With the primary procedure's payment."));
        assertTrue(page.select("#faq").text().contains("Asked again."), "the first asking is kept");
        String ld = page.select("script[type=application/ld+json]").html();
        assertEquals(1, ld.split("How much does Medicare pay for 38900\\?", -1).length - 1, ld);
    }
}
