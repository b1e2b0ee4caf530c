package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cptsite.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the real CMS releases in ../shared/cms (skipped when absent) with the repository's content: every
 * code gets a page and a JSON twin, and 38900 shows the figures product.md names. Each release is built
 * once (about 25 s) and shared by its tests.
 */
class RealSiteIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static final Map<String, Path> built = new HashMap<>();

    private static Path site(String release) {
        return built.computeIfAbsent(release, r -> {
            Path data = RealData.dir(r);
            Path out = tmp.resolve(r);
            Pipeline.Result result = Sites.build(data, Sites.CONTENT, out, LocalDate.of(2026, 7, 1));
            assertEquals(
                    Sites.codes(Sites.pprrvu(data)).size(),
                    result.release().codes().size());
            return out;
        });
    }

    private static void everyCodeHasAPageAndAJsonTwin(Path data, Path site) {
        Set<String> codes = Sites.codes(Sites.pprrvu(data));
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            if (!Files.isRegularFile(site.resolve(Sites.page(code)))) missing.add(Sites.page(code));
            if (!Files.isRegularFile(site.resolve(Sites.json(code)))) missing.add(Sites.json(code));
        }
        assertTrue(
                missing.isEmpty(),
                () -> missing.size() + " files missing, e.g. " + missing.subList(0, Math.min(10, missing.size())));
    }

    private static Document page(Path site, String code) {
        return Jsoup.parse(Sites.read(site.resolve(Sites.page(code))));
    }

    private static JsonNode json(Path site, String code) throws IOException {
        return JSON.readTree(site.resolve(Sites.json(code)).toFile());
    }

    // ---- 2026 (RVU26C) ----

    @Test
    void rvu26EveryCodeHasAPage() {
        Path site = site("rvu26");
        everyCodeHasAPageAndAJsonTwin(RealData.dir("rvu26"), site);
    }

    @Test
    void rvu26Page38900() throws IOException {
        Document d = page(site("rvu26"), "38900");
        Element row = d.selectFirst("#payment table.pay-table tbody tr");
        assertEquals(List.of("$144.96", "$122.92"), row.select("td").eachText().subList(0, 2));
        Element p = d.selectFirst("#comparison p");
        String text = p.text();
        for (String s : List.of("17th percentile", "Surgery codes", "3.3x below", "8.00", "106.19")) {
            assertTrue(text.contains(s), () -> "\"" + s + "\" not in: " + text);
        }
        Element top = p.selectFirst("a");
        assertEquals("/cpt/39503/", top.attr("href"));
        assertEquals("39503", top.text());
        assertTrue(d.selectFirst("#comparison").text().contains("RVU26C"));

        JsonNode c = json(site("rvu26"), "38900").get("comparison");
        assertEquals(17, c.get("percentile").asInt());
        assertEquals(new BigDecimal("3.3"), c.get("ratio").decimalValue());
        assertEquals("below", c.get("direction").asText());
        assertEquals(0, new BigDecimal("8.00").compareTo(c.get("median").decimalValue()));
        assertEquals("39503", c.get("max_code").asText());
    }

    // ---- 2025 (RVU25D, 31 columns) ----

    @Test
    void rvu25dEveryCodeHasAPage() {
        Path site = site("rvu25d");
        everyCodeHasAPageAndAJsonTwin(RealData.dir("rvu25d"), site);
    }

    @Test
    void rvu25dPage38900() throws IOException {
        Document d = page(site("rvu25d"), "38900");
        // 2025 row: work 2.50, PE 1.02 / 1.02, MP 0.59, totals 4.11 / 4.11; 4.11 x 32.3465 = 132.944115
        Element row = d.selectFirst("#payment table.pay-table tbody tr");
        assertEquals(List.of("$132.94", "$132.94"), row.select("td").eachText().subList(0, 2));
        // computed from the 2025 file: 958 of 5,682 Surgery codes lower; median 8.23; 8.23 / 2.50 = 3.29
        String text = d.selectFirst("#comparison p").text();
        for (String s : List.of("17th percentile", "3.3x below", "8.23", "108.91")) {
            assertTrue(text.contains(s), () -> "\"" + s + "\" not in: " + text);
        }
        assertEquals("/cpt/39503/", d.selectFirst("#comparison p a").attr("href"));
        assertEquals(
                "RVU25D", json(site("rvu25d"), "38900").get("release").get("id").asText());
    }

    /**
     * 2025 had one conversion factor (32.3465); the qualifying-APM CF 33.5675 is 2026's. The rvu25d folder has
     * no QPP file, so the site setting qualifying_apm_cf (33.5675, meant for 2026) must not be applied to it.
     */
    @Test
    void rvu25dHasNoQualifyingApmAmounts() throws IOException {
        JsonNode j = json(site("rvu25d"), "38900");
        assertTrue(
                j.get("release").get("qualifying_apm_conversion_factor").isNull(),
                () -> "2025 release priced at a qualifying APM CF: " + j.get("release"));
        JsonNode pay = j.get("rows").get(0).get("national_payment");
        assertTrue(pay.get("non_facility_qualifying_apm").isNull(), pay::toString);
        Document d = page(site("rvu25d"), "38900");
        // modifier, the two amounts and their two limiting charges; no qualifying APM columns
        assertEquals(
                5,
                d.select("#payment table.pay-table thead th").size(),
                () -> "no qualifying APM columns in 2025: "
                        + d.select("#payment table.pay-table thead").text());
        assertFalse(d.select("#payment table.pay-table thead").text().contains("qualifying APM"));
    }

    /** Issue 5: home -> category -> range -> code; every code page within four clicks of the home page. */
    @Test
    void everyCode2026IsWithinFourClicksOfHome() {
        Path data = RealData.dir("rvu26");
        Path site = site("rvu26");
        Map<String, Integer> clicks = LinkWalk.clicksFromHome(site);
        List<String> far = new ArrayList<>();
        for (String code : Sites.codes(Sites.pprrvu(data))) {
            String url = "/" + Sites.page(code).replace("index.html", "");
            Integer n = clicks.get(url);
            if (n == null || n > 4) far.add(url + " " + n);
        }
        assertTrue(
                far.isEmpty(),
                () -> far.size() + " code pages more than four clicks away: "
                        + far.subList(0, Math.min(10, far.size())));
    }
}
