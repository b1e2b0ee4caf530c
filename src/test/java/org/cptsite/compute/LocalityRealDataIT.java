package org.cptsite.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cptsite.RealData;
import org.cptsite.load.ReleaseLoader;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Locality;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;
import org.cptsite.model.SiteSettings;
import org.junit.jupiter.api.Test;

/**
 * Locality pricing over the real CMS files in ../shared/cms (skipped when absent): hand-computed amounts of
 * 38900 and of an imaging code whose OPPS cap binds, the national amounts as a special case, and the OPPS
 * cap per locality against the amounts CMS itself publishes in the 2025 OPPSCAP file.
 */
class LocalityRealDataIT {
    static SiteSettings settings(SiteSettings.WorkGpci workGpci) {
        return SiteSettings.builder()
                .name("Test")
                .publisher("Test")
                .baseUrl("https://www.example.org")
                .qualifyingApmCf(Map.of(2026, new BigDecimal("33.5675")))
                .workGpci(workGpci)
                .build();
    }

    private static Release load(String dir) {
        Problems problems = new Problems();
        Release r = new ReleaseLoader(problems).load(RealData.dir(dir));
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        return r;
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /**
     * work_gpci: auto over the real July release (RVU26C): its GPCI file's note ends the floor on January 31,
     * 2026, so its services (from July 1) are priced without it: Alabama's work GPCI 0.988, 38900 $129.96 /
     * $110.67 (the README's figures without the floor).
     */
    @Test
    void autoPricesTheJulyReleaseWithoutTheFloorTheNoteEnded() {
        Release r = load("rvu26");
        assertEquals("RVU26C", r.id());
        assertEquals(java.time.LocalDate.of(2026, 1, 31), r.workFloorThrough());
        LocalityPricing pricing = new LocalityPricing(r, settings(SiteSettings.WorkGpci.AUTO));
        assertEquals(SiteSettings.WorkGpci.NO_FLOOR, pricing.workGpci());
        LocalityGpcis alabama = pricing.gpcis(pricing.locality("10112-00"));
        assertEquals(new LocalityGpcis(d("0.988"), d("0.875"), d("0.566")), alabama);
        LocalityPayment p38900 =
                pricing.price(r.codes().get("38900"), alabama).rows().get(0);
        assertEquals(d("129.96"), p38900.nonFacility());
        assertEquals(d("110.67"), p38900.facility());
    }

    @Test
    void realRelease2026() {
        Release r = load("rvu26");
        LocalityPricing pricing = new LocalityPricing(r, settings(SiteSettings.WorkGpci.FLOOR));
        assertEquals(109, pricing.localities().size());
        assertTrue(pricing.floorMatters(), "GPCI2026 has two work columns");
        LocalityGpcis alabama = pricing.gpcis(pricing.locality("10112-00"));
        assertEquals(new LocalityGpcis(d("1.000"), d("0.875"), d("0.566")), alabama);

        // The CMS readme's worked example: $130.94 / $111.65 (LocalityPaymentTest shows the arithmetic).
        LocalityPayment p38900 =
                pricing.price(r.codes().get("38900"), alabama).rows().get(0);
        assertEquals(d("130.94"), p38900.nonFacility());
        assertEquals(d("111.65"), p38900.facility());

        // 70473 global row: work 1.00, PE 6.13 (facility NA), MP 0.09; OPPS PE 5.70, OPPS MP 0.09. In Alabama:
        //   PFS  1.00 + 6.13 x 0.875 + 0.09 x 0.566 = 6.41469 x 33.4009 = 214.25642 -> 214.26
        //   OPPS 1.00 + 5.70 x 0.875 + 0.09 x 0.566 = 6.03844 x 33.4009 = 201.68933 -> 201.69, the lower: paid
        //   limiting charge 201.69 x 1.0925 = 220.34633 -> 220.35; qualifying APM 6.03844 x 33.5675 = 202.6983 ->
        // 202.70
        CodeRows ct = r.codes().get("70473");
        RvuRow global = ct.main();
        assertEquals(d("5.70"), global.opps().nonFacilityPe(), "the row as the 2026 file has it");
        LocalityPayment p70473 = pricing.price(ct, alabama).rows().get(0);
        assertEquals(d("201.69"), p70473.nonFacility());
        assertTrue(p70473.nonFacilityCapped());
        assertNull(p70473.facility(), "facility NA");
        assertEquals(d("220.35"), p70473.nonFacilityLimiting());
        assertEquals(d("202.70"), p70473.nonFacilityApm());
        // Nationally: PFS 7.22 x 33.4009 = 241.15 ; OPPS 6.79 x 33.4009 = 226.79, capped
        LocalityPayment national =
                pricing.price(ct, LocalityGpcis.NATIONAL).rows().get(0);
        assertEquals(d("226.79"), national.nonFacility());
        assertTrue(national.nonFacilityCapped());

        // With work_gpci: no_floor, Alabama's work GPCI is 0.988: 3.89091 x 33.4009 = 129.96
        LocalityPricing noFloor = new LocalityPricing(r, settings(SiteSettings.WorkGpci.NO_FLOOR));
        assertEquals(
                d("129.96"),
                noFloor.price(r.codes().get("38900"), noFloor.gpcis(noFloor.locality("10112-00")))
                        .rows()
                        .get(0)
                        .nonFacility());
    }

    /** With all GPCIs 1.0, the locality formula gives the national amounts of every row of the release. */
    @Test
    void nationalAmountsAreTheLocalityFormulaAtGpcisOne() {
        Release r = load("rvu26");
        BigDecimal apm = d("33.5675");
        int rows = 0;
        for (CodeRows code : r.codes().values()) {
            for (RvuRow row : code.rows()) {
                NationalPayment n = NationalPayment.of(row, r.conversionFactor(), apm);
                LocalityPayment l = LocalityPayment.of(row, LocalityGpcis.NATIONAL, r.conversionFactor(), apm);
                if (n == null) {
                    assertNull(l, row.code());
                    continue;
                }
                rows++;
                String at = row.code() + " " + row.modifierLabel();
                assertEquals(n.nonFacility(), l.nonFacility(), at);
                assertEquals(n.facility(), l.facility(), at);
                assertEquals(n.nonFacilityApm(), l.nonFacilityApm(), at);
                assertEquals(n.facilityApm(), l.facilityApm(), at);
                assertEquals(n.nonFacilityCapped(), l.nonFacilityCapped(), at);
                assertEquals(n.facilityCapped(), l.facilityCapped(), at);
            }
        }
        // 2026: 9,520 rows of status A, R and T with RVUs (the 978 R rows without any are contractor priced).
        assertTrue(rows > 9_000, "rows paid under the fee schedule: " + rows);
    }

    /**
     * CMS publishes the OPPS-capped amount of each capped code in each locality where the cap binds
     * (OPPSCAP_Oct.csv, 2025). For every such row we price (status A, R, T), our amount must be CMS's, and below
     * our uncapped fee schedule amount, in both settings and every locality: this checks the per-locality OPPS
     * formula against CMS's own figures.
     */
    @Test
    void theOppsCapPerLocalityMatchesCmsOppscapFile() throws IOException {
        Release r = load("rvu25d");
        LocalityPricing pricing = new LocalityPricing(r, settings(SiteSettings.WorkGpci.FLOOR));
        Path file = RealData.dir("rvu25d").resolve("OPPSCAP_Oct.csv");
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, Charset.forName("windows-1252"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                CodeRows code = r.codes().get(rec.get(0).trim());
                if (code == null) continue;
                RvuRow row = code.rows().stream()
                        .filter(x -> x.modifier().equals(rec.get(1).trim()))
                        .findFirst()
                        .orElse(null);
                Locality loc =
                        pricing.locality(rec.get(3).trim() + "-" + rec.get(4).trim());
                if (row == null || loc == null || !row.payable()) continue;
                LocalityGpcis g = pricing.gpcis(loc);
                LocalityPayment p = LocalityPayment.of(row, g, r.conversionFactor(), null);
                if (!row.rvus().nonFacilityNa()) {
                    checked++;
                    BigDecimal cms = d(rec.get(6).trim());
                    if (cms.compareTo(p.nonFacility()) != 0
                            || !p.nonFacilityCapped()
                            || cms.compareTo(pfs(row, row.rvus().nonFacilityPe(), g, r.conversionFactor())) >= 0) {
                        wrong.add(rec + " non-facility " + p.nonFacility());
                    }
                }
                if (!row.rvus().facilityNa()) {
                    checked++;
                    BigDecimal cms = d(rec.get(5).trim());
                    if (cms.compareTo(p.facility()) != 0
                            || !p.facilityCapped()
                            || cms.compareTo(pfs(row, row.rvus().facilityPe(), g, r.conversionFactor())) >= 0) {
                        wrong.add(rec + " facility " + p.facility());
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " differ, e.g. " + wrong.subList(0, Math.min(5, wrong.size())));
        assertTrue(checked > 6_000, "amounts checked: " + checked);
    }

    /** The fee schedule amount without the cap, computed here independently. */
    private static BigDecimal pfs(RvuRow row, BigDecimal pe, LocalityGpcis g, BigDecimal cf) {
        return row.rvus()
                .work()
                .multiply(g.work())
                .add(pe.multiply(g.pe()))
                .add(row.rvus().malpractice().multiply(g.mp()))
                .multiply(cf)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
