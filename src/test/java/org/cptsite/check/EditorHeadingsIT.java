package org.cptsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cptsite.CommandRun;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's own headings in a real build of the sample: each has an id to link to, from its page and from
 * another, and none takes an id the template gives its sections ("### Payment" is not the page's #payment).
 */
class EditorHeadingsIT {
    @TempDir
    Path tmp;

    @Test
    void anEditorsHeadingsHaveIdsOfTheirOwnToLinkTo() throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        insert(
                content.resolve("codes/38900.md"),
                "## Clinical context\n\n",
                "See [the modifiers](#billing-modifiers).\n\n### Payment\n\nBy the primary procedure's day.\n\n"
                        + "### Locality\n\nAny.\n\n");
        insert(content.resolve("codes/38900.md"), "## Billing and documentation\n\n", "### Modifiers\n\nNone.\n\n");
        insert(
                content.resolve("codes/38792.md"),
                "## Billing and documentation\n\n",
                "See [the modifiers of 38900](/cpt/38900/#billing-modifiers).\n\n");
        insert(
                content.resolve("categories/surgery.md"),
                "## Billing and documentation\n\n",
                "### Modifiers\n\nSome.\n\n");
        insert(
                content.resolve("categories/surgery.md"),
                "## Introduction\n\n",
                "### Regions\n\nBy body system.\n\n#### Head and neck\n\nFirst.\n\n");
        Path site = tmp.resolve("site");

        CommandRun r = CommandRun.onSample("build", content, "--out", site.toString());

        // The page checks passed: no id twice, and both links lead to an id of the page.
        assertEquals(0, r.code(), r.all());
        String page = Files.readString(site.resolve("cpt/38900/index.html"));
        assertTrue(page.contains("<h3 id=\"clinical-context-payment\">Payment</h3>"), page);
        assertTrue(page.contains("<h3 id=\"clinical-context-locality\">Locality</h3>"), page);
        assertTrue(page.contains("<h3 id=\"billing-modifiers\">Modifiers</h3>"), page);
        assertEquals(1, count(page, "id=\"payment\""));
        assertEquals(1, count(page, "id=\"locality\""));
        String list = Files.readString(site.resolve("category/surgery/index.html"));
        assertTrue(list.contains("<h3 id=\"billing-modifiers\">Modifiers</h3>"), list);
        // The introduction sits right under the page's <h1>: its ### is an <h2> (the heading order passed).
        assertTrue(list.contains("<h2 id=\"intro-regions\">Regions</h2>"), list);
        assertTrue(list.contains("<h3 id=\"intro-head-and-neck\">Head and neck</h3>"), list);
    }

    /** A heading out of order is an error at its line of the file, not at the page, naming it and not the next. */
    @Test
    void aHeadingOutOfOrderIsAnErrorAtItsLineInTheFile() throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Path file = content.resolve("codes/38900.md");
        insert(file, "## Clinical context\n\n", "#### Skipped level\n\nText.\n\n");
        String md = Files.readString(file);
        String question =
                md.lines().filter(l -> l.startsWith("### ")).findFirst().orElseThrow();
        insert(file, question + "\n\n", "# Big heading in an answer\n\n");
        md = Files.readString(file);
        int skipped = md.substring(0, md.indexOf("#### Skipped level")).split("\n", -1).length;
        int big = md.substring(0, md.indexOf("# Big heading")).split("\n", -1).length;

        CommandRun r = CommandRun.onSample("check", content);

        assertEquals(1, r.code(), r.all());
        assertTrue(
                r.err()
                        .contains(file + ":" + skipped + ": error: heading '#### Skipped level' skips a level: the "
                                + "heading before it is ##"),
                r.err());
        assertTrue(
                r.err()
                        .contains(file + ":" + big + ": error: heading '# Big heading in an answer' would rank with or "
                                + "above the heading this text sits under"),
                r.err());
        assertTrue(r.err().contains("fix: write it as ###; or make the rule a warning"), r.err());
        // Not again at the page, as a second h1 or a skip blamed on the next question.
        assertTrue(!r.err().contains("page /cpt/38900/: error"), r.err());
    }

    private static void insert(Path file, String after, String text) throws IOException {
        String md = Files.readString(file);
        assertTrue(md.contains(after), file::toString);
        Files.writeString(file, md.replace(after, after + text));
    }

    private static int count(String page, String text) {
        Matcher m = Pattern.compile(Pattern.quote(text)).matcher(page);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
