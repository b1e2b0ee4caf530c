package org.cptsite.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cptsite.Rows;
import org.cptsite.TestReleases;
import org.cptsite.model.Category;
import org.cptsite.model.CodeRange;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Medians, percentiles and the top code of small hand-made populations. */
class PopulationStatsTest {

    /** A population from "code=value" pairs, in the order given (file order). */
    static PopulationStats pop(String... pairs) {
        LinkedHashMap<String, BigDecimal> m = new LinkedHashMap<>();
        for (String p : pairs) {
            String[] kv = p.split("=");
            m.put(kv[0], new BigDecimal(kv[1]));
        }
        return new PopulationStats("Test", m);
    }

    @Test
    void oddSizeMedianIsTheMiddleValue() {
        PopulationStats s = pop("A=1.00", "B=9.00", "C=3.00", "D=2.00", "E=5.00"); // sorted 1,2,3,5,9
        assertEquals(5, s.size());
        assertEquals(0, new BigDecimal("3.00").compareTo(s.median()));
        assertEquals(0, new BigDecimal("1.00").compareTo(s.min()));
        assertEquals(0, new BigDecimal("9.00").compareTo(s.max()));
    }

    @Test
    void evenSizeMedianIsTheMeanOfTheTwoMiddleValues() {
        PopulationStats s = pop("A=10.00", "B=1.00", "C=4.00", "D=2.00"); // sorted 1,2,4,10 -> (2+4)/2
        assertEquals(0, new BigDecimal("3.00").compareTo(s.median()));
        // (7.00 + 8.00) / 2 = 7.50; (2.44 + 2.45) / 2 = 2.445 (a third decimal)
        assertEquals(0, new BigDecimal("7.5").compareTo(pop("A=7.00", "B=8.00").median()));
        assertEquals(
                0, new BigDecimal("2.445").compareTo(pop("A=2.45", "B=2.44").median()));
    }

    @Test
    void singleValue() {
        PopulationStats s = pop("A=4.20");
        assertEquals(0, new BigDecimal("4.20").compareTo(s.median()));
        assertEquals(0, s.percentile(new BigDecimal("4.20")));
        assertEquals("A", s.maxCode());
    }

    @Test
    void emptyPopulationHasNoMedianOrMax() {
        PopulationStats s = new PopulationStats("Empty", new LinkedHashMap<>());
        assertEquals(0, s.size());
        assertNull(s.median());
        assertNull(s.max());
        assertNull(s.maxCode());
    }

    /** Population 1, 2, 2, 2, 5 (n = 5): percentile = round(100 x strictly lower / 5). */
    @ParameterizedTest(name = "work {0}: {1} lower, percentile {2}")
    @CsvSource({
        "1.00, 0, 0",
        "2.00, 1, 20", // the three ties count none of each other
        "2.0, 1, 20", // scale does not matter
        "5.00, 4, 80", // the maximum is not the 100th percentile
        "3.00, 4, 80", // a value outside the population
        "0.50, 0, 0",
        "9.00, 5, 100",
    })
    void percentileCountsStrictlyLowerValues(String work, int below, int percentile) {
        PopulationStats s = pop("A=2.00", "B=1.00", "C=2.00", "D=5.00", "E=2.00");
        assertEquals(below, s.countBelow(new BigDecimal(work)));
        assertEquals(percentile, s.percentile(new BigDecimal(work)));
    }

    @Test
    void percentileRoundsHalfUp() {
        // n = 8: 1 lower -> 12.5 -> 13; 3 lower -> 37.5 -> 38
        PopulationStats eight = pop("A=1", "B=2", "C=3", "D=4", "E=5", "F=6", "G=7", "H=8");
        assertEquals(13, eight.percentile(new BigDecimal("2")));
        assertEquals(38, eight.percentile(new BigDecimal("4")));
        // n = 3: 1 lower -> 33.33 -> 33; 2 lower -> 66.67 -> 67
        PopulationStats three = pop("A=1", "B=2", "C=3");
        assertEquals(33, three.percentile(new BigDecimal("2")));
        assertEquals(67, three.percentile(new BigDecimal("3")));
        // n = 6: 1 lower -> 16.67 -> 17 (the shape of 38900's "17th percentile")
        assertEquals(17, pop("A=1", "B=2", "C=3", "D=4", "E=5", "F=6").percentile(new BigDecimal("2")));
    }

    @Test
    void maxCodeIsTheFirstInFileOrderOnTies() {
        PopulationStats s = pop("10004=0.78", "39503=106.19", "39501=106.19", "10021=1.00");
        assertEquals(0, new BigDecimal("106.19").compareTo(s.max()));
        assertEquals("39503", s.maxCode());
        // file order, not code order, decides
        assertEquals("Z9999", pop("Z9999=3.00", "A0001=3.00").maxCode());
        // ties compared by value, not scale
        assertEquals("B", pop("A=1.00", "B=3.0", "C=3.00").maxCode());
    }

    @Test
    void sortedValuesAreACopy() {
        PopulationStats s = pop("A=3", "B=1", "C=2");
        BigDecimal[] v = s.sortedValues();
        assertArrayEquals(new BigDecimal[] {new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3")}, v);
        v[0] = BigDecimal.TEN;
        assertEquals(0, BigDecimal.ONE.compareTo(s.sortedValues()[0]));
    }

    // ---- Populations: which codes and which value (product.md's definition) ----

    private static CodeRows codeRows(RvuRow... rows) {
        return new CodeRows(rows[0].code(), List.of(rows));
    }

    private static Release release(CodeRows... codes) {
        // In code order, as a release's file lists them.
        Map<String, CodeRows> map = new TreeMap<>();
        for (CodeRows c : codes) map.put(c.code(), c);
        return TestReleases.of(
                "RVU26A", 2026, LocalDate.of(2025, 12, 29), new BigDecimal("33.4009"), new LinkedHashMap<>(map));
    }

    @Test
    void workRvuIsTheFirstRowAboveZeroInFileOrder() {
        // a split code whose global row has work 0.30 and 26 row 0.30: the global row's value
        assertEquals(
                new BigDecimal("0.30"),
                Populations.workRvu(codeRows(
                        Rows.row("70001").work("0.30").build(),
                        Rows.row("70001").modifier("26").work("0.31").build())));
        // global row 0.00, then 26 row 0.21: the 26 row's value
        assertEquals(
                new BigDecimal("0.21"),
                Populations.workRvu(codeRows(
                        Rows.row("70002").work("0.00").build(),
                        Rows.row("70002").modifier("26").work("0.21").build(),
                        Rows.row("70002").modifier("TC").work("0.00").build())));
        assertNull(Populations.workRvu(codeRows(Rows.row("00100").status("J").build())));
    }

    @Test
    void populationsHoldEveryCodeOfACategoryWithWorkAboveZeroAnyStatus() {
        Release r = release(
                codeRows(Rows.row("00100").status("J").build()), // anesthesia: no work RVU
                codeRows(Rows.row("10004").work("0.78").build()),
                codeRows(Rows.row("10021").status("C").work("1.00").build()), // any status counts
                codeRows(Rows.row("11055").status("R").work("0.34").build()),
                codeRows(Rows.row("19499").status("C").work("0.00").build()), // zero: left out
                codeRows(Rows.row("39503").work("106.19").build()),
                codeRows(
                        Rows.row("71046").work("0.21").build(),
                        Rows.row("71046").modifier("26").work("0.21").build()), // one value per code
                codeRows(Rows.row("G0105").work("3.18").build()));
        Populations p = new Populations(r);
        assertNull(p.category(Category.ANESTHESIA));
        PopulationStats surgery = p.category(Category.SURGERY);
        assertEquals(4, surgery.size()); // 0.34, 0.78, 1.00, 106.19
        assertEquals(0, new BigDecimal("0.89").compareTo(surgery.median()));
        assertEquals("Surgery", surgery.name());
        assertEquals("39503", surgery.maxCode());
        assertEquals(1, p.category(Category.RADIOLOGY).size());
        assertEquals(1, p.category(Category.HCPCS_LEVEL_II).size());

        Comparison c = p.compare(r.codes().get("10004"));
        assertEquals(25, c.percentile()); // 1 of 4 lower
        assertEquals(Comparison.Direction.BELOW, c.direction());
        assertEquals(new BigDecimal("1.1"), c.ratio()); // 0.89 / 0.78 = 1.141
        assertNull(p.compare(r.codes().get("00100")));
        assertNull(p.compare(r.codes().get("19499")));
    }

    @Test
    void reasonsForNoComparison() {
        assertEquals(
                NoComparison.of(NoComparison.Reason.ANESTHESIA),
                Populations.noComparison(codeRows(Rows.row("00100").status("J").build())));
        assertEquals(
                NoComparison.of(NoComparison.Reason.TECHNICAL_COMPONENT),
                Populations.noComparison(codeRows(Rows.row("70003").pctc("3").build())));
        assertEquals(
                NoComparison.of(NoComparison.Reason.NOT_PAYABLE),
                Populations.noComparison(codeRows(Rows.row("20930").status("B").build())));
        assertEquals(
                NoComparison.of(NoComparison.Reason.NO_WORK_RVU),
                Populations.noComparison(codeRows(Rows.row("99999").build())));
    }

    /** Issue 5: beyond the category, the code's range and its category's codes of the same global period. */
    @Test
    void comparesWithinTheRangeAndTheGlobalPeriodType() {
        Release r = release(
                codeRows(Rows.row("38500").work("3.70").global("010").build()),
                codeRows(Rows.row("38525").work("6.27").global("090").build()),
                codeRows(Rows.row("38746").work("4.12").global("ZZZ").build()),
                codeRows(Rows.row("38900").work("2.44").global("ZZZ").build()),
                codeRows(Rows.row("19297").work("3.50").global("ZZZ").build()),
                codeRows(Rows.row("39503").work("106.19").global("090").build()));
        CodeRange lymph = new CodeRange(Category.SURGERY, "38100", "38999", "Lymph nodes");
        Map<String, CodeRange> ranges = Map.of("38500", lymph, "38525", lymph, "38746", lymph, "38900", lymph);
        List<Comparison> all = new Populations(r, ranges).compareAll(r.codes().get("38900"));
        assertEquals(3, all.size());
        // Category: 2.44 is the lowest of 6 -> 0th percentile; median (3.70 + 4.12) / 2 = 3.91; 3.91 / 2.44 = 1.6
        assertEquals("Surgery", all.get(0).population());
        assertEquals(0, all.get(0).percentile());
        assertEquals(0, new BigDecimal("3.91").compareTo(all.get(0).median()));
        assertEquals(new BigDecimal("1.6"), all.get(0).ratio());
        // Range 38100-38999: 2.44, 3.70, 4.12, 6.27 -> median 3.91, 0 lower
        assertEquals("38100\u201338999", all.get(1).population());
        assertEquals(4, all.get(1).size());
        assertEquals("38525", all.get(1).maxCode());
        // Surgery add-ons: 2.44, 3.50, 4.12 -> median 3.50; 3.50 / 2.44 = 1.43 -> 1.4 below; top 38746
        assertEquals("Surgery add-on", all.get(2).population());
        assertEquals(3, all.get(2).size());
        assertEquals(0, new BigDecimal("3.50").compareTo(all.get(2).median()));
        assertEquals(new BigDecimal("1.4"), all.get(2).ratio());
        assertEquals("38746", all.get(2).maxCode());
        // A code alone in its range gets no range comparison.
        assertEquals(
                2,
                new Populations(r, Map.of("39503", lymph))
                        .compareAll(r.codes().get("39503"))
                        .size());
    }

    @Test
    void theGlobalPeriodIsThatOfTheRowCompared() {
        // 76932's row without modifier is contractor priced with work 0 and global YYY; its 26 row, whose work RVU
        // is compared, has global XXX: it is compared with the no-global-period codes, not the YYY ones.
        Release r = release(
                codeRows(
                        Rows.row("76932").status("C").work("0.00").global("YYY").build(),
                        Rows.row("76932")
                                .modifier("26")
                                .work("0.67")
                                .global("XXX")
                                .build()),
                codeRows(Rows.row("76000").work("0.17").global("XXX").build()),
                codeRows(
                        Rows.row("76001").status("C").work("0.50").global("YYY").build()),
                codeRows(
                        Rows.row("76010").status("C").work("0.90").global("YYY").build()));
        List<Comparison> all = new Populations(r).compareAll(r.codes().get("76932"));
        assertEquals(2, all.size(), all::toString);
        assertEquals("Radiology no-global-period", all.get(1).population());
        assertEquals(2, all.get(1).size());
    }
}
