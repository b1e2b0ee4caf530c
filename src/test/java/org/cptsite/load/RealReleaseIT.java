package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cptsite.RealData;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;
import org.junit.jupiter.api.Test;

/** Loads the real 2026 and 2025 releases from ../shared/cms: every row, with its totals checked. */
class RealReleaseIT {

    @Test
    void loads2026EveryRow() {
        Problems problems = new Problems();
        Release r = new ReleaseLoader(problems).load(RealData.dir("rvu26"));
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertNotNull(r);
        assertEquals("RVU26C", r.id());
        assertEquals(LocalDate.of(2026, 6, 30), r.released());
        assertEquals(32, r.columns());
        assertEquals(19_356, r.rowCount());
        assertEquals(17_096, r.codes().size());
        assertEquals(0, new BigDecimal("33.4009").compareTo(r.conversionFactor()));
        assertNull(r.qualifyingApmCf(), "the folder has no QPP file");
        assertEquals(109, r.localities().size());
        assertEquals(109, r.anesthesia().size());
        assertEquals(0, new BigDecimal("20.49754").compareTo(r.anesthesiaCf()));
        assertEquals(0, new BigDecimal("20.599835").compareTo(r.anesthesiaQualifyingApmCf()));
        assertTrue(r.counties().size() >= 109);
        everyTotalIsTheSumOfItsParts(r);
        RvuRow row = r.codes().get("38900").main();
        assertEquals("ZZZ", row.global().days());
        assertEquals(new BigDecimal("2.44"), row.rvus().work());
        var alabama = r.localities().get(0);
        assertEquals("10112-00", alabama.id());
        assertEquals(new BigDecimal("0.988"), alabama.workGpci());
        assertEquals(new BigDecimal("1.000"), alabama.workGpciFloored());
    }

    @Test
    void loads2025EveryRowAndReadsTheTextTwinsOfDamagedCsvs() {
        Problems problems = new Problems();
        Release r = new ReleaseLoader(problems).load(RealData.dir("rvu25d"));
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertEquals("RVU25D", r.id());
        assertEquals(31, r.columns());
        assertEquals(19_090, r.rowCount());
        assertEquals(0, new BigDecimal("32.3465").compareTo(r.conversionFactor()));
        assertEquals(109, r.localities().size());
        assertEquals("02102", r.localities().get(1).mac());
        assertTrue(r.sources().contains("GPCI2025.txt"), r.sources()::toString);
        assertTrue(r.sources().contains("25LOCCO.txt"), r.sources()::toString);
        assertEquals(
                2,
                problems.all().stream()
                        .filter(p -> p.message().contains("instead"))
                        .count(),
                () -> problems.all().toString());
        assertTrue(problems.all().stream().map(Problem::file).anyMatch(f -> f.endsWith("GPCI2025.csv")));
        assertTrue(r.ignored().stream().anyMatch(s -> s.startsWith("OPPSCAP_Oct.csv")));
        assertTrue(r.ignored().stream().anyMatch(s -> s.startsWith("RVU25D.pdf")));
        everyTotalIsTheSumOfItsParts(r);
    }

    private static void everyTotalIsTheSumOfItsParts(Release r) {
        r.codes()
                .values()
                .forEach(c -> c.rows().forEach(row -> {
                    assertEquals(
                            0,
                            row.rvus()
                                    .nonFacilityTotal()
                                    .compareTo(row.rvus()
                                            .work()
                                            .add(row.rvus().nonFacilityPe())
                                            .add(row.rvus().malpractice())),
                            row::toString);
                    assertEquals(
                            0,
                            row.rvus()
                                    .facilityTotal()
                                    .compareTo(row.rvus()
                                            .work()
                                            .add(row.rvus().facilityPe())
                                            .add(row.rvus().malpractice())),
                            row::toString);
                }));
    }
}
