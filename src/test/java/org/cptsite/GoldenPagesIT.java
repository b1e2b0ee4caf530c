package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the sample site once and compares chosen pages with the committed files under
 * {@code src/test/resources/golden/}. Run with {@code -Dgolden.update=true} to rewrite them (the test then
 * passes); read the diff before committing. The stylesheet's content hash is masked, so a CSS edit does
 * not touch the golden pages. The sitemap is not here: its lastmod depends on the build date.
 */
class GoldenPagesIT {
    private static final Path GOLDEN = Sites.ROOT.resolve("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    static Path tmp;

    private static Path site;

    @BeforeAll
    static void buildTheSample() {
        site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 1, 15));
    }

    /** Masks what may change without the page changing: the hashes in the asset file names. */
    static String normalise(String text) {
        return text.replaceAll(
                "/assets/(site|search|search-index|locality|localities)\\.[0-9a-f]+\\.(css|js|json)",
                "/assets/$1.HASH.$2");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "cpt/38900/index.html", // add-on, editorial content with FAQ, comparison
                "cpt/71046/index.html", // global/26/TC split, facility NA, OPPS columns
                "cpt/00142/index.html", // anesthesia, status J: no RVUs, no comparison
                "hcpcs/G0105/index.html", // HCPCS with a 53 (discontinued) row
                "cpt/38900.json",
                "index.html",
            })
    void matchesTheGoldenFile(String path) throws IOException {
        Path built = site.resolve(path);
        assertTrue(Files.isRegularFile(built), "the build wrote no " + path);
        String actual = normalise(Files.readString(built, StandardCharsets.UTF_8));
        Path golden = GOLDEN.resolve(path);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.isRegularFile(golden)) {
            fail("no golden file " + golden + "; generate it with -Dgolden.update=true and review it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            List<String> e = expected.lines().toList();
            List<String> a = actual.lines().toList();
            for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
                String el = i < e.size() ? e.get(i) : "<end of file>";
                String al = i < a.size() ? a.get(i) : "<end of file>";
                if (!el.equals(al)) {
                    assertEquals(
                            el,
                            al,
                            path + " differs from " + golden + " first at line " + (i + 1)
                                    + " (rerun with -Dgolden.update=true if the change is intended)");
                }
            }
            assertEquals(expected, actual, path + " differs from " + golden + " (line endings?)");
        }
    }
}
