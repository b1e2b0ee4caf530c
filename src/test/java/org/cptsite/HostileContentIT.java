package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cptsite.BadInputIT.Run;
import org.cptsite.BadInputIT.Snapshot;
import org.cptsite.model.Slug;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or damaged content, settings and templates (issue 13): each is reported with its file and line
 * and a fix, and a failed build leaves the previous site byte-identical; what may build (raw HTML, unsafe
 * URLs) builds with a warning and without the hostile part. Uses {@link BadInputIT}'s runner and snapshot.
 */
class HostileContentIT {
    @TempDir
    static Path shared;

    private static Path goodSite;

    @TempDir
    Path tmp;

    private Path content;
    private Path templates;
    private Path out;

    @BeforeAll
    static void buildTheSampleOnce() {
        goodSite = shared.resolve("site");
        Run r = Run.of(
                "build",
                "--data",
                Sites.SAMPLE.toString(),
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                Sites.TEMPLATES.toString(),
                "--out",
                goodSite.toString());
        assertEquals(0, r.code, r::toString);
    }

    @BeforeEach
    void copyInputsAndPreviousSite() throws IOException {
        content = Sites.copyTree(Sites.CONTENT, tmp.resolve("in/content"));
        templates = Sites.copyTree(Sites.TEMPLATES, tmp.resolve("in/templates"));
        out = BadInputIT.copyBuiltSite(goodSite, tmp.resolve("site"));
    }

    // ---- 8. duplicate keys, YAML tricks ----

    @Test
    void duplicateFrontMatterKeyIsAnErrorAtTheSecondKey() throws IOException {
        Path md = content.resolve("codes/38900.md");
        int second = insertAfter(md, "title:", "title: Another title");
        Run r = failedBuild();
        r.assertError(md, second, "key 'title' given twice (first on line 2)", "keep one 'title:' line");
    }

    @Test
    void duplicateKeysInSiteYmlRangesAndNestedMappingsAreErrors() throws IOException {
        Path site = content.resolve("site.yml");
        int name = insertAfter(site, "tagline:", "name: Second name");
        int nav = replace(site, "  - { title: Home, url: / }", "  - { title: Home, url: /, title: Start }");
        Path ranges = content.resolve("ranges.yml");
        int category = append(ranges, "anesthesia:\n  - { from: \"01990\", to: \"01999\", name: \"More\" }");
        Run r = failedBuild();
        r.assertError(site, nav, "key 'title' given twice (first on line " + nav + ")", "keep one 'title:' line");
        r.assertError(site, name, "key 'name' given twice (first on line 1)", "keep one 'name:' line");
        r.assertError(ranges, category, "key 'anesthesia' given twice", "keep one 'anesthesia:' line");
    }

    @Test
    void aYamlAliasBombIsRefusedWithoutExhaustingMemory() throws IOException {
        Path site = content.resolve("site.yml");
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++)
                bomb.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            bomb.append("]\n");
        }
        Files.writeString(site, bomb + Files.readString(site));
        Run r = failedBuild();
        r.assertError(site, 1, "YAML does not parse: Number of aliases for non-scalar nodes exceeds", "check the YAML");
    }

    @Test
    void aListWhereATitleIsExpectedIsAProblem() throws IOException {
        Path md = content.resolve("codes/38900.md");
        int line = replace(md, "title: Intraoperative sentinel lymph node mapping", "title: [a, b]");
        Run r = failedBuild();
        r.assertError(md, line, "'title' must be text", "write 'title: some text'");
        assertFalse(r.err.contains("Exception"), r::toString);
    }

    @Test
    void aJavaTagNeverMakesAnObject() throws IOException {
        Path md = content.resolve("codes/38900.md");
        int line = replace(md, "plain_language: >-", "plain_language: !!java.lang.Runtime >-");
        Run r = failedBuild();
        r.assertError(
                md,
                line,
                "YAML does not parse: Global tag is not allowed: tag:yaml.org,2002:java.lang.Runtime",
                "check the indentation");
    }

    // ---- 9. slugs and ranges ----

    @Test
    void namesInAnyScriptGetAStableNonEmptySlug() {
        assertEquals("general-surgery", Slug.of("General Surgery"));
        assertEquals("medecine-generale", Slug.of("Médecine générale"));
        String cyrillic = Slug.of("Кардиология");
        assertTrue(cyrillic.matches("[0-9a-f]{8}"), cyrillic);
        assertEquals(cyrillic, Slug.of("Кардиология"));
        assertFalse(cyrillic.equals(Slug.of("Хирургия")));
        assertTrue(Slug.of("心臓科 Cardiology").matches("cardiology-[0-9a-f]{8}"));
        assertFalse(Slug.of("!!!").isEmpty());
    }

    @Test
    void aCyrillicSpecialtyGetsItsOwnPage() throws IOException {
        Path md = content.resolve("codes/38900.md");
        replace(md, "specialties: [Surgical Oncology,", "specialties: [Кардиология, Surgical Oncology,");
        Run r = buildSample();
        assertEquals(0, r.code, r::toString);
        Path page = out.resolve("specialty/" + Slug.of("Кардиология") + "/index.html");
        assertTrue(Files.readString(page).contains("Кардиология"), page::toString);
        assertTrue(Files.readString(out.resolve("specialty/index.html")).contains("Surgical Oncology"));
    }

    @Test
    void twoSpecialtyNamesWithOneSlugAreAnErrorNamingBothFiles() throws IOException {
        Path first = content.resolve("codes/10060.md");
        Path second = content.resolve("codes/38900.md");
        int line = replace(
                second, "specialties: [Surgical Oncology,", "specialties: [general surgery!, Surgical Oncology,");
        Run r = failedBuild();
        r.assertError(
                second,
                line,
                "specialty 'general surgery!' has the same URL /specialty/general-surgery/ as "
                        + "'General Surgery' in " + first,
                "spell the two names the same way");
    }

    @Test
    void rangeCodesWithPathCharactersAreErrors() throws IOException {
        Path ranges = content.resolve("ranges.yml");
        int line = replace(ranges, "  - { from: \"00100\", to: \"00222\",", "  - { from: \"../..\", to: \"00222\",");
        Run r = failedBuild();
        r.assertError(
                ranges,
                line,
                "range '../..'-'00222' is not two codes of five capital letters or digits",
                "write it as { from: \"38100\"");
    }

    // ---- 10. language, common codes, encoding ----

    @Test
    void languageMustBeABcp47Tag() throws IOException {
        Path site = content.resolve("site.yml");
        int line = replace(site, "language: en", "language: \"en_US\\\" onload=x\"");
        Run r = failedBuild();
        r.assertError(site, line, "language 'en_US\" onload=x' is not a BCP 47 language tag", "write a tag such as en");
    }

    @Test
    void anUnknownCommonCodeNamesItsLine() throws IOException {
        Path site = content.resolve("site.yml");
        String list = Files.readAllLines(site).stream()
                .filter(l -> l.startsWith("common_codes:"))
                .findFirst()
                .get();
        int line = replace(site, list, "common_codes:\n  - \"99213\"\n  - \"9921\"");
        Run r = failedBuild();
        r.assertError(
                site, line + 2, "common_codes names 9921, which is not in release", "remove it from common_codes");
    }

    @Test
    void contentThatIsNotUtf8NamesItsLine() throws IOException {
        Path md = content.resolve("codes/38900.md");
        String text = Files.readString(md);
        int line = sentinelLine(text);
        byte[] latin1 = text.replace("Sentinel node mapping is", "Sentinel node mapping \u00e9 is")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(md, latin1);
        Run r = failedBuild();
        r.assertError(md, line, "not UTF-8 text: byte 0xE9 is not a UTF-8 character", "save the file as UTF-8");
    }

    /** The line of 38900.md's "Sentinel node mapping is", which the two tests above and below edit. */
    private static int sentinelLine(String text) {
        return (int) text.substring(0, text.indexOf("## Clinical context"))
                        .lines()
                        .count()
                + 3;
    }

    /** A control character in the text (an ESC sequence pasted from a terminal) is an error at its line. */
    @Test
    void aControlCharacterInContentNamesItsLine() throws IOException {
        Path md = content.resolve("codes/38900.md");
        String text = Files.readString(md);
        int line = sentinelLine(text);
        Files.writeString(md, text.replace("Sentinel node mapping is", "Sentinel node \u001b[31mmapping is"));
        Run r = failedBuild();
        r.assertError(md, line, "a control character (U+001B) on this line", "delete it");
    }

    // ---- 1. what reaches a reader's browser ----

    @Test
    void rawHtmlAndUnsafeLinksBuildWithWarningsAndAreLeftOut() throws IOException {
        Path md = content.resolve("codes/38900.md");
        int html = insertAfter(md, "## Clinical context", "\n<script>alert(1)</script>\n");
        int link = insertAfter(
                md,
                "## Billing and documentation",
                "\nSee [this](JaVaScRiPt:alert(1)) and " + "[that](java&#x09;script:alert(2)).\n");
        Path site = content.resolve("site.yml");
        int nav = replace(
                site,
                "  - { title: Surgery, url: /category/surgery/ }",
                "  - { title: Surgery, url: \" java%73cript:alert(3)\" }");
        Run r = buildSample();
        assertEquals(0, r.code, r::toString);
        assertTrue(
                r.err.contains(md + ":" + (html + 1) + ": warning: raw HTML left out: <script>alert(1)</script>"),
                r::toString);
        assertTrue(
                r.err.contains(md + ":" + (link + 1) + ": warning: link 'JaVaScRiPt:alert(1)' left out"), r::toString);
        assertTrue(
                r.err.contains(md + ":" + (link + 1) + ": warning: link 'java\\u0009script:alert(2)' left out: it "
                        + "contains a control character"),
                r::toString);
        assertTrue(
                r.err.contains(site + ":" + nav + ": warning: url 'java%73cript:alert(3)' refused, the navigation "
                        + "item is left out"),
                r::toString);
        String page = Files.readString(out.resolve("cpt/38900/index.html"));
        assertFalse(page.contains("alert("), "hostile script or URL on the page");
        assertTrue(page.contains("<!-- raw HTML omitted -->"));
        assertTrue(page.contains("See this and that."));
    }

    @Test
    void theOwnerMayKeepRawHtml() throws IOException {
        Path md = content.resolve("codes/38900.md");
        insertAfter(md, "## Clinical context", "\n<p class=\"note\">Owner's HTML</p>\n");
        Files.writeString(
                content.resolve("site.yml"),
                Files.readString(content.resolve("site.yml")) + "markdown: { unsafe_html: true }\n");
        Run r = buildSample();
        assertEquals(0, r.code, r::toString);
        assertTrue(
                Files.readString(out.resolve("cpt/38900/index.html")).contains("<p class=\"note\">Owner's HTML</p>"));
    }

    // ---- 11. templates ----

    @Test
    void aTemplateCannotRunACommand() throws IOException {
        Path marker = tmp.resolve("command-ran");
        Path ftl = templates.resolve("code.ftlh");
        int line = insertAfter(
                ftl,
                "<h1>",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}");
        Run r = failedBuild();
        r.assertError(ftl, line, "template error", "set 'templates: { allow_java: true }' in site.yml");
        assertFalse(Files.exists(marker), "the template ran a command");
    }

    @Test
    void aTemplateThatRecursesWithoutEndStopsAtItsLine() throws IOException {
        Path ftl = templates.resolve("list.ftlh");
        int line = append(ftl, "<#macro deeper n><@deeper n + 1/></#macro><@deeper 0/>");
        Run r = failedBuild();
        r.assertError(ftl, line, "template nests deeper than 1000 elements", "make the loop or the recursion end");
        assertFalse(r.err.contains("StackOverflowError"), r::toString);
    }

    @Test
    void aBuiltInWithoutEndStopsTheBuildAtItsLine() throws IOException {
        // Every code page runs it; only the first of them may wait out the 10 s limit.
        Path ftl = templates.resolve("code.ftlh");
        int line = insertAfter(ftl, "<h1>", "<p>${(1..999999999)?join(\",\")?length}</p>");
        long start = System.nanoTime();
        Run r = failedBuild();
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        r.assertError(
                ftl,
                line,
                "template ran longer than 10 s for one page inside a built-in",
                "make the loop or the recursion end");
        assertTrue(seconds < 40, "the build took " + seconds + " s");
    }

    @Test
    void aBuiltInAskingForTooMuchMemoryIsAnErrorAtItsLine() throws IOException {
        Path ftl = templates.resolve("list.ftlh");
        int line = append(ftl, "<p>${\"x\"?left_pad(2147483647)?length}</p>");
        Run r = failedBuild();
        r.assertError(
                ftl, line, "template needed more memory than the build has", "make the loop or the recursion end");
        assertFalse(r.err.contains("OutOfMemoryError"), r::toString);
    }

    // ---- helpers ----

    /** Builds the sample release with this test's content and templates into its output folder. */
    private Run buildSample() {
        return Run.of(
                "build",
                "--data",
                Sites.SAMPLE.toString(),
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--out",
                out.toString());
    }

    private Run failedBuild() throws IOException {
        Snapshot before = Snapshot.of(out);
        List<String> beside = Sites.files(tmp).keySet().stream()
                .filter(k -> !k.startsWith("site/"))
                .toList();
        Run r = buildSample();
        r.siteBefore = before;
        r.siteAfter = Snapshot.of(out);
        r.besideBefore = beside;
        r.besideAfter = Sites.files(tmp).keySet().stream()
                .filter(k -> !k.startsWith("site/"))
                .toList();
        r.assertFailedAndUntouched();
        return r;
    }

    /** Replaces the first line equal to or starting with {@code prefix}; returns its 1-based number. */
    private static int replace(Path file, String prefix, String with) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, with + lines.get(i).substring(prefix.length()));
                Files.writeString(file, String.join("\n", lines) + "\n");
                return i + 1;
            }
        }
        throw new AssertionError("no line starting '" + prefix + "' in " + file);
    }

    /** Inserts {@code text} after the first line starting with {@code prefix}; returns the first new line's number. */
    private static int insertAfter(Path file, String prefix, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) return replace(file, lines.get(i), lines.get(i) + "\n" + text) + 1;
        }
        throw new AssertionError("no line starting '" + prefix + "' in " + file);
    }

    /** Appends {@code text} as new lines; returns the first one's number. */
    private static int append(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Files.writeString(file, String.join("\n", lines) + "\n" + text + "\n");
        return lines.size() + 1;
    }
}
