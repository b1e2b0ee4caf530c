package org.cptsite.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The work RVUs of a population of codes (a category, a range), one value per code, sorted once so that
 * each code's place in it is a binary search.
 */
public final class PopulationStats {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final String name;
    private final BigDecimal[] sorted;
    private final BigDecimal median;
    private final String maxCode;

    /** @param values code to work RVU, in file order (the first code with the highest value is named the top) */
    public PopulationStats(String name, LinkedHashMap<String, BigDecimal> values) {
        this.name = name;
        this.sorted = values.values().toArray(BigDecimal[]::new);
        Arrays.sort(sorted);
        int n = sorted.length;
        this.median = n == 0
                ? null
                : n % 2 == 1
                        ? sorted[n / 2]
                        : sorted[n / 2 - 1].add(sorted[n / 2]).divide(TWO);
        String top = null;
        BigDecimal max = null;
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            if (max == null || e.getValue().compareTo(max) > 0) {
                max = e.getValue();
                top = e.getKey();
            }
        }
        this.maxCode = top;
    }

    public String name() {
        return name;
    }

    public int size() {
        return sorted.length;
    }

    public BigDecimal median() {
        return median;
    }

    public BigDecimal max() {
        return sorted.length == 0 ? null : sorted[sorted.length - 1];
    }

    public String maxCode() {
        return maxCode;
    }

    public BigDecimal min() {
        return sorted.length == 0 ? null : sorted[0];
    }

    /** How many values are strictly lower than {@code work}. */
    public int countBelow(BigDecimal work) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(work) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** round(100 x codes with a strictly lower work RVU / n), halves rounded up. */
    public int percentile(BigDecimal work) {
        return BigDecimal.valueOf(100L * countBelow(work))
                .divide(BigDecimal.valueOf(sorted.length), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    /** The values themselves, sorted, for the distribution chart. */
    public BigDecimal[] sortedValues() {
        return sorted.clone();
    }
}
