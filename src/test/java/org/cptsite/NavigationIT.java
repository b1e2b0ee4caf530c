package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5 on the sample: structure, specialties, related codes and the home page. */
class NavigationIT {
    @TempDir
    static Path tmp;

    private static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 1, 1));
    }

    private static Document html(String path) {
        return Jsoup.parse(Sites.read(site.resolve(path)));
    }

    private static List<String> hrefs(Document d, String selector) {
        return d.select(selector).eachAttr("href");
    }

    @Test
    void everyCodeIsWithinFourClicksAndBreadcrumbsMirrorTheStructure() {
        Map<String, Integer> clicks = LinkWalk.clicksFromHome(site);
        for (String code : Sites.codes(Sites.SAMPLE.resolve("PPRRVU2026_Jan_nonQPP_sample.csv"))) {
            String url = "/" + Sites.page(code).replace("index.html", "");
            assertTrue(clicks.containsKey(url) && clicks.get(url) <= 4, url + " " + clicks.get(url));
        }
        assertEquals(
                List.of("/", "/category/surgery/", "/category/surgery/38100-38999/"),
                hrefs(html("cpt/38900/index.html"), "nav.breadcrumbs a"));
        assertTrue(html("cpt/38900/index.html")
                .select("script[type=application/ld+json]")
                .html()
                .contains("\"item\":\"https://www.example.org/category/surgery/38100-38999/\""));
    }

    @Test
    void specialtyPagesListTheirCodesAndCodePagesLinkToThem() {
        Document page = html("cpt/38900/index.html");
        assertTrue(hrefs(page, "#specialties a").contains("/specialty/surgical-oncology/"));
        Document specialty = html("specialty/surgical-oncology/index.html");
        assertTrue(hrefs(specialty, "main table.code-table a").contains("/cpt/38900/"));
        assertTrue(hrefs(html("specialty/index.html"), "main .entries a").contains("/specialty/surgical-oncology/"));
    }

    @Test
    void relatedCodesNameNeighboursEndoscopyFamilyAndSpecialties() {
        Document d = html("cpt/38900/index.html");
        List<String> neighbours = hrefs(d, "#related .neighbours a");
        assertEquals(2, neighbours.size(), neighbours::toString);
        assertTrue(hrefs(d, "#related .links a").contains("/cpt/38792/"), "same specialty");
        // 43239 is priced from its endoscopic base code 43235, and shares it with 43238.
        List<String> family = hrefs(html("cpt/43239/index.html"), "#related h3 + ul a");
        assertTrue(family.contains("/cpt/43235/") && family.contains("/cpt/43238/"), family::toString);
    }

    /**
     * A list row gives the payment and status of the row without modifier; where its work RVU, the compared
     * value, comes from another row, the row is named: 78815 is contractor priced without a modifier and has a
     * work RVU on its 26 row only.
     */
    @Test
    void aListsWorkRvuFromAnotherRowNamesIt() {
        Document d = html("category/radiology/78012-79999/index.html");
        org.jsoup.nodes.Element row = d.select("table tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals("78815"))
                .findFirst()
                .orElseThrow();
        assertEquals("2.38 (modifier 26)", row.select("td").get(1).text());
        assertEquals("Contractor priced", row.select("td").get(2).text());
    }

    @Test
    void homePageHasCategoriesWithCountsSearchAndCommonCodes() {
        Document home = html("index.html");
        assertTrue(home.select("main .entries li").text().contains("187 codes"), "Surgery with its count");
        assertTrue(hrefs(home, "main a").contains("/cpt/99213/"), "a common code from site.yml");
        assertEquals(1, home.select("form[role=search] input[type=search]").size());
    }
}
