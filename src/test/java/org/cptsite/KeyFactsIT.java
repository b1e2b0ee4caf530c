package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key facts at the top of code pages: the payment (or why there is none) before any prose. */
class KeyFactsIT {
    @TempDir
    static Path tmp;

    private static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 1, 15));
    }

    private static Document page(String code) {
        return Jsoup.parse(Sites.read(site.resolve(Sites.page(code))), Sites.BASE_URL + "/");
    }

    /** Each fact's label and value, in page order. */
    private static Map<String, String> facts(Document d) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (Element div : d.select("#key-facts .fact:not([hidden])")) {
            facts.put(div.selectFirst("dt").text(), div.selectFirst("dd").text());
        }
        return facts;
    }

    /**
     * A code none of whose rows is paid under the fee schedule gets no locality formula, picker or script, which
     * would offer amounts that do not exist: the section says why (0001F, status I; 0075T, priced by the
     * contractor). A paid code keeps them (38900), and so does an anesthesia code, paid by units (00142).
     */
    @Test
    void aCodeWithoutAnyPaidRowHasNoLocalityPicker() {
        for (String code : List.of("0001F", "0075T")) {
            Document d = page(code);
            Element section = d.getElementById("locality");
            assertNotNull(section, code);
            assertEquals(
                    code.equals("0001F")
                            ? "No locality amounts: this code is not paid under the fee schedule (status I: not valid"
                                    + " for Medicare; another code applies)."
                            : "No locality amounts: this code is priced by the Medicare contractor (status C), and"
                                    + " each contractor sets the amount for its own area.",
                    section.selectFirst("h2 + p").text());
            assertTrue(
                    section.select(".formula, .loc-picker, script").isEmpty() && !section.hasAttr("data-localities"),
                    section::outerHtml);
            assertNull(d.getElementById("kf-locality"), code);
        }
        for (String code : List.of("38900", "00142")) {
            Element section = page(code).getElementById("locality");
            assertTrue(section.hasAttr("data-localities") && section.selectFirst(".loc-picker") != null, code);
        }
    }

    @Test
    void keyFactsComeRightAfterTheHeadingBeforeAnyProse() {
        Document d = page("38900");
        Element article = d.selectFirst("article.code-page");
        assertEquals("header", article.child(0).tagName());
        assertEquals("key-facts", article.child(1).id(), "the key facts follow the h1");
        Element description = d.getElementById("description");
        assertTrue(article.children().indexOf(description) > 1);
    }

    @Test
    void paidCodeShowsBothNationalAmountsRvusGlobalAndStatus() {
        Document d = page("38900");
        Map<String, String> f = facts(d);
        assertEquals("$144.96", f.get("National payment, non-facility"));
        assertEquals("$122.92", f.get("National payment, facility"));
        // The same amounts as the detailed table's global row.
        Element row = d.selectFirst("table.pay-table tbody tr");
        assertEquals(row.select("td").get(0).text(), f.get("National payment, non-facility"));
        assertEquals(row.select("td").get(1).text(), f.get("National payment, facility"));
        assertEquals("2.44", f.get("Work RVU"));
        assertTrue(f.get("Total RVUs").matches("\\d+\\.\\d\\d non-facility, \\d+\\.\\d\\d facility"), f.toString());
        assertTrue(f.get("Global period").startsWith("Add-on (ZZZ)"), f.toString());
        assertTrue(f.get("Status").startsWith("A \u2013 Active"), f.toString());
        // Of which release, at which CF: in the first screen, above the amounts.
        assertEquals(
                "Medicare Physician Fee Schedule, release RVU26A; conversion factor 33.4009",
                d.selectFirst("#key-facts > p.kf-source").text());
        assertEquals(
                "release RVU26A",
                page("00142")
                        .selectFirst("#key-facts > p.kf-source")
                        .text()
                        .replace("Medicare Physician Fee Schedule, ", ""),
                "anesthesia: units and their own CF");
        // The locality slot is there for the picker's script to fill, hidden until a locality is chosen.
        Element loc = d.getElementById("kf-locality");
        assertNotNull(loc);
        assertTrue(loc.hasAttr("hidden"));
    }

    @Test
    void anesthesiaCarrierPricedAndUnpaidCodesSayWhyThereIsNoAmount() {
        Map<String, String> anesthesia = facts(page("00100"));
        assertTrue(
                anesthesia
                        .get("National payment")
                        .startsWith("Paid by (base units + time units) \u00d7 the anesthesia conversion factor"),
                anesthesia.toString());
        assertTrue(!anesthesia.containsKey("Work RVU"), "anesthesia codes have no RVUs: " + anesthesia);
        assertEquals(
                "Priced by the Medicare contractor (status C).",
                facts(page("0100T")).get("National payment"));
        assertEquals(
                "Not paid under the fee schedule (status I).",
                facts(page("0001F")).get("National payment"));
    }

    // ---- only what applies, and the split of a global surgery ----

    @Test
    void globalSurgerySplitInWordsWithTheAmountsOfModifiers54_55_56() {
        Document d = page("27447");
        Element split = d.selectFirst("#payment table.split-table");
        assertNotNull(split, "27447 has a 90-day global period");
        assertTrue(d.getElementById("payment").text().contains("10% before, 69% during, 21% after"));
        // Facility: 34.71 x 33.4009 = 1,159.345... -> $1,159.35; 79% -> 915.8865 -> $915.89;
        // 21% -> 243.4635 -> $243.46; 10% -> 115.935 -> $115.94. Non-facility: NA.
        List<List<String>> rows = split.select("tbody tr").stream()
                .map(tr -> tr.select("th, td").eachText())
                .toList();
        assertEquals(
                List.of("54", "79%", "NA", "$915.89"),
                List.of(
                        rows.get(0).get(0),
                        rows.get(0).get(2),
                        rows.get(0).get(3),
                        rows.get(0).get(4)));
        assertEquals("$243.46", rows.get(1).get(4));
        assertEquals("$115.94", rows.get(2).get(4));
        assertNull(page("38900").selectFirst("table.split-table"), "an add-on code (ZZZ) has no split");
    }

    @Test
    void carrierPricedCodeSaysSoInsteadOfAZeroTable() {
        Document d = page("0100T");
        assertNull(d.selectFirst("#rvus table"), "no all-zero RVU table");
        assertTrue(d.getElementById("rvus").text().contains("priced by the Medicare contractor"));
        assertTrue(d.getElementById("payment").text().contains("Priced by the Medicare contractor (status C)"));
        assertNull(d.selectFirst("#payment table.pay-table"));
    }

    @Test
    void anesthesiaPageSaysOnceWhyThereAreNoRvus() {
        Document d = page("00100");
        assertNull(d.getElementById("rvus"), "no RVU section at all");
        String payment = d.getElementById("payment").text();
        assertTrue(payment.contains("The RVU file gives them no RVUs"), payment);
    }
}
