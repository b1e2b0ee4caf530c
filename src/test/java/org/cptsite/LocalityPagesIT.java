package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The locality part of code pages in the built sample site, read without a browser: the page reads without
 * JavaScript, carries only its own rows, and points to one shared, content-hashed file of localities; the
 * work GPCI setting shows in both. A release without a GPCI file gets no picker.
 */
class LocalityPagesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 1, 15));
    }

    private static Document page(Path root, String code) {
        return Jsoup.parse(Sites.read(root.resolve(Sites.page(code))));
    }

    @Test
    void everyCodePagePointsToOneSharedLocalitiesFile() throws IOException {
        Set<String> urls = new HashSet<>();
        Set<String> scripts = new HashSet<>();
        Map<String, byte[]> files = Sites.files(site);
        int pages = 0;
        int unpriced = 0;
        for (String path : files.keySet()) {
            if (!path.matches("(cpt|hcpcs)/[0-9A-Z]{5}/index\\.html")) continue;
            pages++;
            Document d = Jsoup.parse(new String(files.get(path), java.nio.charset.StandardCharsets.UTF_8));
            Element section = d.getElementById("locality");
            assertNotNull(section, path);
            // A code without any paid row says why it has no locality amounts, without the script or its data.
            if (!section.hasAttr("data-localities")) {
                assertTrue(section.text().contains("No locality amounts: this code is "), path);
                assertTrue(section.select("script").isEmpty(), path);
                unpriced++;
                continue;
            }
            urls.add(section.attr("data-localities"));
            scripts.add(d.selectFirst("#locality script[src]").attr("src"));
            assertTrue(d.selectFirst("#locality script[src]").hasAttr("defer"), "the script does not block rendering");
            assertTrue(files.get(path).length < 40_000, path + " is " + files.get(path).length + " bytes");
        }
        assertEquals(369, pages);
        assertTrue(unpriced > 20 && unpriced < 100, "codes without a paid row: " + unpriced);
        assertEquals(1, urls.size(), "one shared file: " + urls);
        assertEquals(1, scripts.size());
        String url = urls.iterator().next();
        assertTrue(url.matches("/assets/localities\\.[0-9a-f]{10}\\.json"), url);
        assertTrue(scripts.iterator().next().matches("/assets/locality\\.[0-9a-f]{10}\\.js"));

        JsonNode shared = JSON.readTree(files.get(url.substring(1)));
        assertEquals("33.4009", shared.get("cf").asText());
        assertEquals("floor", shared.get("workGpci").asText());
        assertEquals(27, shared.get("localities").size(), "every locality of the sample's GPCI file");
        JsonNode alabama = shared.get("localities").get(0);
        assertEquals("10112-00", alabama.get("id").asText());
        assertEquals("Alabama", alabama.get("stateName").asText());
        assertEquals("1.000", alabama.get("work").asText(), "the floored work GPCI");
        assertEquals("0.875", alabama.get("pe").asText());
        assertEquals("0.566", alabama.get("mp").asText());
        assertEquals("19.53", alabama.get("anesCf").asText());
        assertEquals("Alaska", shared.get("localities").get(1).get("name").asText(), "footnote marks dropped");
        JsonNode travis = null;
        for (JsonNode c : shared.get("counties")) {
            if (c.get("counties").asText().contains("Travis")) travis = c;
        }
        assertNotNull(travis);
        assertEquals("04412-31", travis.get("id").asText());
        assertEquals("Texas", travis.get("state").asText());
    }

    @Test
    void aPageReadsWithoutJavaScriptAndCarriesOnlyItsOwnRows() throws IOException {
        Document d = page(site, "71046");
        Element section = d.getElementById("locality");
        assertTrue(section.selectFirst(".formula").text().contains("(work RVU × work GPCI)"));
        assertTrue(section.text().contains("The work GPCI used is the work GPCI with the 1.0 floor"), section.text());
        assertTrue(section.selectFirst("noscript").html().contains("Choosing a locality needs JavaScript"));
        assertTrue(section.selectFirst(".loc-picker").hasAttr("hidden"), "the picker shows only with the script");
        assertEquals("loc-select", section.selectFirst("label[for=loc-select]").attr("for"));
        assertNotNull(section.selectFirst("label[for=loc-state]"));
        assertNotNull(section.selectFirst("label[for=loc-county]"));
        JsonNode data = JSON.readTree(d.getElementById("locality-data").data());
        assertEquals(3, data.get("rows").size(), "global, 26 and TC");
        assertEquals("TC", data.get("rows").get(2).get("mod").asText());
        assertEquals("2.62", data.get("rows").get(2).get("oppsPeNf").asText());
        assertTrue(data.get("rows").get(0).get("naF").asBoolean());
        assertNull(data.get("localities"), "no locality table in the page");
        // the national modifier table and limiting charges
        // A chest X-ray's surgical indicators are all 0 (not in play): no modifier table, only what applies.
        assertNull(d.selectFirst("#payment table.mod-table"), "no assistant-at-surgery rows on a chest X-ray");
        assertEquals(
                6,
                page(site, "38900").select("#payment table.mod-table tbody tr").size());
        assertTrue(d.selectFirst("#payment table.pay-table thead").text().contains("Limiting charge, non-facility"));
    }

    /**
     * work_gpci: auto follows a GPCI file whose note dates the floor's end: the January release keeps the floor,
     * an April release of the same files goes without it, and each page says why.
     */
    @Test
    void autoFollowsTheNoteOnTheFloorAndSaysSo() throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("auto-content"));
        Path yml = content.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml).replaceFirst("work_gpci: floor", "work_gpci: auto"));
        java.nio.charset.Charset cms = java.nio.charset.Charset.forName("windows-1252");
        String note = "\"Note: the work GPCI floor of 1.0 was extended through January 31, 2026.\",,,,,,,\n";
        for (String quarter : List.of("January", "April")) {
            Path data = Sites.copyTree(Sites.SAMPLE, tmp.resolve("data-" + quarter));
            try (var files = Files.list(data)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith("GPCI")) Files.writeString(f, Files.readString(f, cms) + note, cms);
                    if (name.startsWith("PPRRVU")) {
                        Files.writeString(
                                f,
                                Files.readString(f, cms)
                                        .replace("January Release", quarter + " Release")
                                        .replace(
                                                "RELEASED 12/29/2025",
                                                quarter.equals("April")
                                                        ? "RELEASED 03/27/2026"
                                                        : "RELEASED 12/29/2025"),
                                cms);
                    }
                }
            }
            Path out = tmp.resolve("site-" + quarter);
            Sites.build(data, content, out, LocalDate.of(2026, 4, 15));
            String text = page(out, "71046").getElementById("locality").text();
            assertTrue(
                    text.contains(
                            quarter.equals("January")
                                    ? "The work GPCI used is the work GPCI with the 1.0 floor, which the GPCI file's note keeps "
                                            + "through January 31, 2026 (site setting work_gpci: auto)."
                                    : "The work GPCI used is the work GPCI without the 1.0 floor, as the GPCI file's note ends "
                                            + "the floor on January 31, 2026 (site setting work_gpci: auto)."),
                    text);
        }
    }

    @Test
    void anesthesiaPagesShowUnitsNotRvus() {
        Document d = page(site, "00142");
        assertNull(d.selectFirst("#rvus table"), "no RVU figures for an anesthesia code");
        Element section = d.getElementById("locality");
        assertTrue(section.text().contains("(base units + time units) × the anesthesia conversion factor"));
        assertTrue(section.text().contains("20.49754"), "the national anesthesia CF");
        assertNotNull(section.selectFirst("label[for=anes-base]"));
        assertNotNull(section.selectFirst("label[for=anes-minutes]"));
        assertNull(d.selectFirst("#payment table.mod-table"));
    }

    @Test
    void theWorkGpciSettingReachesTheSharedFileAndThePage() throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content-no-floor"));
        Path yml = content.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml).replace("work_gpci: floor", "work_gpci: no_floor"));
        Path out = tmp.resolve("site-no-floor");
        Sites.build(Sites.SAMPLE, content, out, LocalDate.of(2026, 1, 15));
        Document d = page(out, "38900");
        assertTrue(
                d.getElementById("locality")
                        .text()
                        .contains("the work GPCI without the 1.0 floor (site setting " + "work_gpci: no_floor)"),
                d.getElementById("locality").text());
        String url = d.getElementById("locality").attr("data-localities");
        JsonNode alabama = JSON.readTree(out.resolve(url.substring(1)).toFile())
                .get("localities")
                .get(0);
        assertEquals("0.988", alabama.get("work").asText());
    }

    @Test
    void aReleaseWithoutGpciFileHasNoPicker() throws IOException {
        Path data = Sites.copyTree(Sites.SAMPLE, tmp.resolve("data-no-gpci"));
        Files.delete(data.resolve("GPCI2026_sample.csv"));
        Path out = tmp.resolve("site-no-gpci");
        Sites.build(data, Sites.CONTENT, out, LocalDate.of(2026, 1, 15));
        Document d = page(out, "38900");
        Element section = d.getElementById("locality");
        assertTrue(section.text().contains("came without its GPCI file"), section.text());
        assertNull(section.selectFirst(".loc-picker"));
        assertNull(section.selectFirst("script"));
        assertFalse(d.select("#payment table.pay-table").isEmpty(), "the national amounts stay");
    }
}
