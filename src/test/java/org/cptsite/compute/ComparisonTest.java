package org.cptsite.compute;

import static org.cptsite.compute.PopulationStatsTest.pop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a work RVU sits against a population: ratio to the median with one decimal, above/below/at. */
class ComparisonTest {

    @Test
    void the38900ShapeBelowTheMedian() {
        // population 2.44, 8.00, 106.19 (median 8.00); 8.00 / 2.44 = 3.2787 -> 3.3x below
        PopulationStats s = pop("38900=2.44", "38999=8.00", "39503=106.19");
        Comparison c = Comparison.of(s, new BigDecimal("2.44"));
        assertEquals("Test", c.population());
        assertEquals(3, c.size());
        assertEquals(new BigDecimal("2.44"), c.work());
        assertEquals(0, c.percentile());
        assertEquals(new BigDecimal("8.00"), c.median());
        assertEquals(new BigDecimal("3.3"), c.ratio());
        assertEquals(Comparison.Direction.BELOW, c.direction());
        assertEquals("below", c.direction().word());
        assertEquals(new BigDecimal("106.19"), c.max());
        assertEquals("39503", c.maxCode());
    }

    @Test
    void aboveTheMedian() {
        // median (0.40 + 0.48) / 2 = 0.44; 3.18 / 0.44 = 7.227 -> 7.2x above; 3 of 4 lower -> 75
        PopulationStats s = pop("G0001=0.40", "G0002=0.48", "G0003=0.10", "G0105=3.18");
        Comparison c = Comparison.of(s, new BigDecimal("3.18"));
        assertEquals(0, new BigDecimal("0.44").compareTo(c.median()));
        assertEquals(new BigDecimal("7.2"), c.ratio());
        assertEquals(Comparison.Direction.ABOVE, c.direction());
        assertEquals("above", c.direction().word());
        assertEquals(75, c.percentile());
        assertEquals("G0105", c.maxCode());
    }

    @ParameterizedTest(name = "work {0} equals median {1}")
    @CsvSource({"2.00, 2.00", "2.0, 2.00", "2, 2.000"})
    void atTheMedianWhateverTheScale(String work, String median) {
        PopulationStats s = pop("A=1.00", "B=" + median, "C=3.00");
        Comparison c = Comparison.of(s, new BigDecimal(work));
        assertEquals(Comparison.Direction.AT, c.direction());
        assertEquals("at", c.direction().word());
        assertEquals(new BigDecimal("1.0"), c.ratio());
    }

    @ParameterizedTest(name = "work {0} against median {1}: {2}x {3}")
    @CsvSource({
        "1.00, 1.25, 1.3, below", // 1.25 exactly: halves round up
        "1.00, 1.24, 1.2, below",
        "2.50, 1.00, 2.5, above",
        "1.25, 1.00, 1.3, above",
        "1.05, 1.00, 1.1, above", // 1.05 -> 1.1 (HALF_UP)
        "1.00, 1.04, 1.0, below", // rounds to 1.0 but is still below
        "0.04, 8.00, 200.0, below",
    })
    void ratioHasOneDecimalRoundedHalfUp(String work, String median, String ratio, String direction) {
        // two values whose mean is the median: median - 1 and median + 1 would change n; use a 1-value population
        PopulationStats s = pop("M=" + median);
        Comparison c = Comparison.of(s, new BigDecimal(work));
        assertEquals(new BigDecimal(ratio), c.ratio());
        assertEquals(direction, c.direction().word());
    }

    @Test
    void evenPopulationMedianFeedsTheRatio() {
        // median (1.00 + 1.50) / 2 = 1.25; 1.25 / 1.00 = 1.25 -> 1.3x below
        Comparison c = Comparison.of(pop("A=1.00", "B=1.50"), new BigDecimal("1.00"));
        assertEquals(new BigDecimal("1.3"), c.ratio());
        assertEquals(Comparison.Direction.BELOW, c.direction());
        assertEquals(0, c.percentile());
    }
}
