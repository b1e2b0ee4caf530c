package org.cptsite.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.cptsite.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release that deletes every code of a category, one of them the only code of a specialty: their pages stay,
 * and link to no list page the build no longer makes (the build's link check fails a build that does).
 */
class DeletedCodeLinksIT {
    static final Charset CMS = Charset.forName("windows-1252");

    @TempDir
    static Path tmp;

    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path april = withoutCategoryIII(tmp.resolve("rvu26b"));
        Path content = Sites.historyContent(tmp.resolve("content"));
        Files.writeString(
                content.resolve("codes/0075T.md"),
                "---\ntitle: Stent placement in a neck artery (sample)\nsummary: A sample page.\n"
                        + "specialties: [Interventional Neuroradiology, Anesthesiology]\n---\n");
        site = tmp.resolve("site");
        Sites.build(List.of(Sites.SAMPLE_2025, Sites.SAMPLE, april), content, site, LocalDate.of(2026, 4, 15));
    }

    /** The sample's RVU26A as an April release without its Category III codes. */
    static Path withoutCategoryIII(Path dir) {
        Sites.copyTree(Sites.SAMPLE, dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("PPRRVU"))
                    .toList()) {
                List<String> lines = Files.readAllLines(f, CMS).stream()
                        .map(l -> l.replace("January Release", "April Release")
                                .replace("RELEASED 12/29/2025", "RELEASED 03/27/2026"))
                        .filter(l -> !l.matches("\\d{4}T,.*"))
                        .toList();
                Files.write(f, lines, CMS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    @Test
    void aSpecialtyOnlyADeletedCodeNamesIsNotLinked() {
        Document page = Jsoup.parse(Sites.read(site.resolve("cpt/0075T/index.html")));
        assertNotNull(page.selectFirst("p.deleted"), "0075T is deleted in RVU26B");
        assertFalse(Files.exists(site.resolve("specialty/interventional-neuroradiology/index.html")));
        List<String> specialties = page.select("#specialties a").eachAttr("href");
        assertEquals(List.of("/specialty/anesthesiology/"), specialties, "the specialty that has a page");
    }

    @Test
    void aCategoryWithDeletedCodesOnlyIsNamedNotLinked() {
        assertFalse(Files.exists(site.resolve("category/category-iii/index.html")));
        for (String code : List.of("0042T", "0075T")) {
            Document page = Jsoup.parse(Sites.read(site.resolve("cpt/" + code + "/index.html")));
            assertTrue(page.select("a[href^=/category/category-iii]").isEmpty(), code);
            assertEquals(
                    "Category III (emerging technology)",
                    page.selectFirst("p.tags .tag").text(),
                    code);
            assertNull(page.selectFirst("p.tags .tag").attribute("href"), code);
            assertEquals(
                    List.of("Home", code), page.select("nav.breadcrumbs li").eachText(), code);
        }
    }
}
