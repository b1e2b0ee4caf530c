package org.cptsite.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cptsite.Rows;
import org.cptsite.TestReleases;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;
import org.junit.jupiter.api.Test;

/** What a code's page and twin say changed: every change the release report lists for it, one way or another. */
class ChangeTest {
    @Test
    void peAndMpRvusThatMoveWithTheTotalsUnchangedAreOtherChangesNotNoChange() {
        // PE +0.01 in both settings, MP -0.01: the totals (0.38) and so the payments stay.
        CodeRows before = new CodeRows(
                "G0283",
                List.of(Rows.row("G0283").rvus("0.18", "0.19", "0.19", "0.01").build()));
        CodeRows after = new CodeRows(
                "G0283",
                List.of(Rows.row("G0283").rvus("0.18", "0.20", "0.20", "0.00").build()));
        Release a = TestReleases.of("RVU26A", LocalDate.of(2025, 12, 29), before);
        Release b = TestReleases.of("RVU26B", LocalDate.of(2026, 3, 15), after);

        Change c = Change.of(Figures.of(a, before), Figures.of(b, after));

        assertEquals(
                0, c.nonFacilityTotal().before().compareTo(c.nonFacilityTotal().after()));
        assertTrue(c.indicators().isEmpty());
        assertEquals(1, c.otherFields().size(), c.otherFields()::toString);
        ReleaseDiff.RowChange row = c.otherFields().get(0);
        assertEquals("", row.modifier());
        assertEquals(
                Map.of(
                        "non_facility_pe_rvu", List.of("0.19", "0.20"),
                        "facility_pe_rvu", List.of("0.19", "0.20"),
                        "mp_rvu", List.of("0.01", "0.00")),
                row.changes());
    }

    @Test
    void theWorkRvuAndTotalsAreShownByTheFiguresNotRepeated() {
        CodeRows before = new CodeRows(
                "38900",
                List.of(Rows.row("38900").rvus("2.50", "1.02", "1.02", "0.59").build()));
        CodeRows after = new CodeRows(
                "38900",
                List.of(Rows.row("38900").rvus("2.44", "1.31", "0.65", "0.59").build()));
        Release a = TestReleases.of("RVU25D", LocalDate.of(2025, 9, 30), before);
        Release b = TestReleases.of("RVU26A", LocalDate.of(2025, 12, 29), after);

        Change c = Change.of(Figures.of(a, before), Figures.of(b, after));

        assertEquals(new BigDecimal("-0.06"), c.work().after().subtract(c.work().before()));
        // The PE RVUs are listed (the report lists them); the work RVU and the totals are the figures'.
        assertEquals(
                Map.of("non_facility_pe_rvu", List.of("1.02", "1.31"), "facility_pe_rvu", List.of("1.02", "0.65")),
                c.otherFields().get(0).changes());
    }
}
