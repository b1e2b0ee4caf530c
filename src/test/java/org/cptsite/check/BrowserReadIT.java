package org.cptsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.cptsite.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages read as a browser reads them find the main, h1, footer and links the page checks saw: over the
 * sample build, and over a build whose content is written to break out of scripts and comments.
 */
class BrowserReadIT {
    static final String[] HOSTILE = {
        "Sentinel <!--<script>", "</script><script>alert(1)</script>", "]]> -->", "a\u2028b\u2029c & <b>"
    };

    @TempDir
    Path tmp;

    @Test
    void theSampleSiteReadsTheSameInABrowser() {
        Map<String, byte[]> pages = build(Sites.CONTENT);
        assertTrue(pages.size() > 369, "pages: " + pages.size());
        pages.forEach((url, html) -> BrowserRead.assertSameAsRules(url, html, Sites.BASE_URL));
    }

    @Test
    void hostileTextCannotLeaveItsScriptOrHideThePage() throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Path md = content.resolve("codes/38900.md");
        String text = Files.readString(md)
                .replace("title: Intraoperative sentinel lymph node mapping", "title: \"" + HOSTILE[0] + "\"")
                // YAML reads U+2028 and U+2029 as line breaks; in double quotes \\L and \\P write them.
                .replace(
                        "synonyms: [sentinel node mapping,",
                        "synonyms: [\"" + HOSTILE[1] + "\", \""
                                + HOSTILE[3].replace("\u2028", "\\L").replace("\u2029", "\\P") + "\",")
                .replace(
                        "specialties: [Surgical Oncology,",
                        "specialties: [\"" + HOSTILE[2] + "\", \"" + HOSTILE[0] + "\",")
                .replace("summary: >-\n  Add-on service", "summary: >-\n  " + HOSTILE[1] + " Add-on service");
        Files.writeString(md, text + "\n### " + HOSTILE[0] + " " + HOSTILE[1] + "?\n\nYes " + HOSTILE[2] + ".\n");
        Path site = content.resolve("site.yml");
        Files.writeString(
                site,
                Files.readString(site)
                        .replace("name: RVU Compass", "name: \"RVU " + HOSTILE[0] + "\"")
                        .replace("publisher: RVU Compass", "publisher: \"" + HOSTILE[1] + "\""));
        Map<String, byte[]> pages = build(content);
        pages.forEach((url, html) -> BrowserRead.assertSameAsRules(url, html, Sites.BASE_URL));
        Document doc = Jsoup.parse(new String(pages.get("/cpt/38900/"), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(
                "CPT\u00ae 38900: " + HOSTILE[0], doc.selectFirst("main h1").text());
        assertTrue(
                doc.select("script").stream().noneMatch(s -> s.data().contains("alert(1)</script>")),
                "a script holds the hostile text unescaped");
        String jsonLd = doc.selectFirst("script[type=application/ld+json]").data();
        for (String c : new String[] {"<", ">", "&", "\u2028", "\u2029"}) assertFalse(jsonLd.contains(c), c);
        assertTrue(jsonLd.contains("Sentinel \\u003c!--\\u003cscript\\u003e"), jsonLd);
    }

    /** Builds the sample release with {@code content}; the HTML pages by URL. */
    private Map<String, byte[]> build(Path content) {
        Path out = tmp.resolve("site-" + content.getFileName() + System.nanoTime());
        Sites.build(Sites.SAMPLE, content, out, LocalDate.of(2026, 1, 15));
        Map<String, byte[]> pages = new java.util.TreeMap<>();
        Sites.files(out).forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                pages.put("/" + (path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path), bytes);
            }
        });
        return pages;
    }
}
