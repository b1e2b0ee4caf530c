package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs broken while serving: the problems reach the page and the terminal, the server keeps serving. */
class ServeProblemsIT {
    private static final String PROBLEMS = "/__cptsite/problems?page=/cpt/38900/";

    @Test
    void badYamlUnknownKeyBrokenLinkAndTemplateErrorAreShownThenCleared(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir)) {
            // The fixture's 38900.md has warnings of its own (a long title): shown on its page, no error.
            String clean = served.text(PROBLEMS);
            assertFalse(clean.contains("\"severity\":\"error\""), clean);
            String md = Sites.read(served.content.resolve("codes/38900.md"));

            served.write("codes/38900.md", md.replace("synonyms: [", "synonyms: [[unclosed, "));
            String bad = served.await(PROBLEMS, t -> t.contains("\"severity\":\"error\"") && t.contains("38900.md"));
            assertTrue(bad.contains("\"severity\":\"error\""), bad);
            assertFalse(bad.contains("\"line\":\"0\""), "the line of the YAML error: " + bad);
            assertEquals(200, served.get("/cpt/38900/").statusCode(), "the last good page is still served");
            assertTrue(served.terminal.toString().contains("38900.md:"), served.terminal.toString());

            served.write("codes/38900.md", md.replace("summary:", "sumary:"));
            served.await(PROBLEMS, t -> t.contains("unknown key 'sumary'") && t.contains("did you mean 'summary'"));

            served.write("codes/38900.md", md);
            served.await(PROBLEMS, t -> t.equals(clean));

            served.write(
                    "codes/38900.md",
                    md.replace(
                            "## Billing and documentation",
                            "See [a missing code](/cpt/99999/).\n\n## Billing and documentation"));
            // At the line of the Markdown (the heading's line before the edit), not the page's URL.
            int line = (int) md.substring(0, md.indexOf("## Billing and documentation"))
                            .lines()
                            .count()
                    + 1;
            String broken = served.await(PROBLEMS, t -> t.contains("links to /cpt/99999/"));
            assertTrue(broken.contains("codes/38900.md\"") && broken.contains("\"line\":\"" + line + "\""), broken);
            served.write("codes/38900.md", md);
            served.await(PROBLEMS, t -> t.equals(clean));

            Path code = served.templates.resolve("code.ftlh");
            String template = Sites.read(code);
            Files.writeString(code, template.replace("<h1", "${page.noSuchValue}<h1"));
            served.await("/cpt/38900/", t -> t.contains("template error"));
            assertEquals(500, served.get("/cpt/38900/").statusCode());
            assertTrue(served.text(PROBLEMS).contains("code.ftlh"));
            Files.writeString(code, template);
            served.await("/cpt/38900/", t -> t.contains("<h1") && !t.contains("template error"));
            assertEquals(clean, served.text(PROBLEMS));
        }
    }

    /**
     * A template linked from outside the folder is a problem shown like any other (it stopped the watching with
     * Freemarker's exception, and no later save reached the browser); taken away, the next edit shows.
     */
    @Test
    void aLinkedTemplateIsAProblemAndTheWatchingGoesOn(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir)) {
            String clean = served.text(PROBLEMS);
            Path link = served.templates.resolve("extra.ftlh");
            Files.createSymbolicLink(link, Files.writeString(dir.resolve("outside.ftlh"), "x"));
            served.await(PROBLEMS, t -> t.contains("is a link; templates and their assets"));
            Files.delete(link);
            served.await(PROBLEMS, t -> t.equals(clean));
            String md = Sites.read(served.content.resolve("codes/38900.md"));
            served.write("codes/38900.md", md.replace("## FAQ", "A sentence added after the link.\n\n## FAQ"));
            served.await("/cpt/38900/", t -> t.contains("A sentence added after the link."));
        }
    }

    @Test
    void aContentFolderDeletedAndMadeAgainIsWatchedAgain(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir)) {
            String clean = served.text(PROBLEMS);
            Path copy = Sites.copyTree(served.content, dir.resolve("content-copy"));
            try (var files = Files.walk(served.content)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
            served.await(PROBLEMS, t -> t.contains("content folder not found"));
            // Restored as a whole, as a backup or a checkout puts it back.
            Files.move(copy, served.content);
            served.await(PROBLEMS, t -> t.equals(clean));
            String md = Sites.read(served.content.resolve("codes/38900.md"));
            served.write("codes/38900.md", md.replace("## FAQ", "A sentence added after the restore.\n\n## FAQ"));
            served.await("/cpt/38900/", t -> t.contains("A sentence added after the restore."));
        }
    }

    @Test
    void aProblemOfSiteYmlIsSaidOnce(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir)) {
            String clean = served.text(PROBLEMS);
            String yml = Sites.read(served.content.resolve("site.yml"));
            String name =
                    yml.lines().filter(l -> l.startsWith("name:")).findFirst().orElseThrow();
            served.write("site.yml", yml + "\n" + name + "\n");
            String problems = served.await(PROBLEMS, t -> t.contains("given twice"));
            assertEquals(1, problems.split("given twice", -1).length - 1, problems);
            served.write("site.yml", yml);
            served.await(PROBLEMS, t -> t.equals(clean));
        }
    }

    /**
     * A link from 38792 to an FAQ question of 38900: rewording the question on 38900 breaks it, and the page of
     * 38792, shown before the edit, says so when next asked (its check of 38900's ids was kept as it was).
     */
    @Test
    void anAnchorBrokenByAnEditOfThePageItLeadsToIsShown(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir)) {
            String problems = "/__cptsite/problems?page=/cpt/38792/";
            String md = Sites.read(served.content.resolve("codes/38792.md"));
            served.write(
                    "codes/38792.md",
                    md.replace(
                            "## Billing and documentation",
                            "See [the add-on question](/cpt/38900/#faq-is-38900-an-add-on-code).\n\n"
                                    + "## Billing and documentation"));
            served.await("/cpt/38792/", t -> t.contains("the add-on question"));
            assertFalse(served.text(problems).contains("anchors"), served.text(problems));
            String md900 = Sites.read(served.content.resolve("codes/38900.md"));
            assertTrue(md900.contains("### Is 38900 an add-on code?"));
            served.write(
                    "codes/38900.md",
                    md900.replace("### Is 38900 an add-on code?", "### Is 38900 billed as an add-on?"));
            served.await("/cpt/38900/", t -> t.contains("Is 38900 billed as an add-on?"));
            String broken = served.await(problems, t -> t.contains("anchors"));
            assertTrue(broken.contains("faq-is-38900-an-add-on-code") && broken.contains("codes/38792.md"), broken);
            served.write("codes/38900.md", md900);
            served.await(problems, t -> !t.contains("anchors"));
        }
    }

    @Test
    void aWarningOfAPagesContentIsShownOnThatPageOnly(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir)) {
            String md = Sites.read(served.content.resolve("codes/38900.md"));
            String title =
                    md.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow();
            // A title that fits: no warning of it (the fixture's own title is cut, and said so).
            served.write("codes/38900.md", md.replace(title, "title: Sentinel node mapping"));
            served.await(PROBLEMS, t -> !t.contains("the title has"));
            served.write(
                    "codes/38900.md",
                    md.replace(title, "title: Sentinel node mapping, with a great many words no search engine shows"));
            String warned = served.await(PROBLEMS, t -> t.contains("the title has 69 characters"));
            assertTrue(warned.contains("\"severity\":\"warning\"") && warned.contains("38900.md"), warned);
            assertEquals(200, served.get("/cpt/38900/").statusCode(), "a warning leaves the page served");
            // Another page does not carry this file's warning.
            String other = served.text("/__cptsite/problems?page=/");
            assertFalse(other.contains("the title has"), other);
            // A reload that reads another file, or the templates only, keeps showing this file's warning.
            String md2 = Sites.read(served.content.resolve("codes/10060.md"));
            served.write("codes/10060.md", md2.replace("## FAQ", "Another file edited.\n\n## FAQ"));
            served.await("/cpt/10060/", t -> t.contains("Another file edited."));
            assertTrue(served.text(PROBLEMS).contains("the title has 69 characters"), served.text(PROBLEMS));
            Path code = served.templates.resolve("code.ftlh");
            Files.writeString(code, Sites.read(code).replace("<h1", "<!-- edited --><h1"));
            served.await("/cpt/38900/", t -> t.contains("<!-- edited -->"));
            assertTrue(served.text(PROBLEMS).contains("the title has 69 characters"), served.text(PROBLEMS));
        }
    }

    @Test
    void problemsAreTextNotMarkupOnTheErrorPage(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir)) {
            Path code = served.templates.resolve("code.ftlh");
            Files.writeString(code, Sites.read(code).replace("<h1", "${page[\"ab'c\"]}<h1"));
            String page = served.await("/cpt/38900/", t -> t.contains("template error"));
            assertTrue(page.contains("&quot;ab&#39;c&quot;"), page);
            assertFalse(page.contains("\"ab'c"), page);
        }
    }

    @Test
    void openTabsAreToldToReloadAfterAChange(@TempDir Path dir) throws Exception {
        try (Served served = new Served(dir)) {
            String page = served.text("/cpt/38300/");
            var m = java.util.regex.Pattern.compile("data-version=\"(\\d+)\"").matcher(page);
            assertTrue(m.find(), page);
            HttpRequest events = HttpRequest.newBuilder(URI.create(served.url("/__cptsite/events?v=" + m.group(1))))
                    .build();
            HttpResponse<InputStream> stream =
                    HttpClient.newHttpClient().send(events, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(
                    "text/event-stream",
                    stream.headers().firstValue("Content-Type").orElse(""));
            String md = Sites.read(served.content.resolve("codes/38900.md"));
            served.write("codes/38900.md", md + "\n");
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                assertEquals("event: reload", in.readLine());
            }
        }
    }
}
