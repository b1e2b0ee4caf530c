package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Range, category and specialty pages list their codes as a table that compares, readable without script. */
class ListTablesIT {
    @TempDir
    static Path tmp;

    private static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 1, 15));
    }

    private static Document page(String path) {
        return Jsoup.parse(Sites.read(site.resolve(path)), Sites.BASE_URL + "/");
    }

    private static List<String> row(Document d, String code) {
        Element a = d.selectFirst("table.code-table tbody th a[href=/cpt/" + code + "/]");
        assertNotNull(a, code + " in the table");
        return a.closest("tr").select("th, td").eachText();
    }

    @Test
    void rangePageComparesItsCodes() {
        Document d = page("category/surgery/38100-38999/index.html");
        assertEquals(
                List.of("Code", "Title", "Work RVU", "Non-facility", "Facility", "Global", "Status"),
                d.select("table.code-table thead th").eachText());
        List<String> r = row(d, "38900");
        assertEquals(
                List.of("38900", "2.44", "$144.96", "$122.92", "ZZZ", "A"),
                List.of(r.get(0), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)));
        Element script = d.selectFirst("script[src*=table-sort]");
        assertNotNull(script, "the sorting script");
        assertTrue(script.hasAttr("defer"));
    }

    @Test
    void specialtyAndUnrangedCategoryPagesToo() {
        assertEquals(
                "ZZZ",
                row(page("specialty/surgical-oncology/index.html"), "38900").get(5));
        Document anesthesia = page("category/anesthesia/index.html");
        if (anesthesia.selectFirst("table.code-table") != null) {
            assertEquals("By units", row(anesthesia, "00100").get(3));
        }
    }

    @Test
    void seeAlsoRangesCarryTheirNames() {
        Document d = page("category/surgery/38100-38999/index.html");
        List<String> seeAlso = d.select("nav.related a").eachText();
        assertTrue(
                seeAlso.stream().allMatch(t -> t.equals("Other codes") || t.matches("\\w{5}\u2013\\w{5} .+")),
                seeAlso.toString());
    }
}
