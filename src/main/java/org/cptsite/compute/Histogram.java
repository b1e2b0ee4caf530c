package org.cptsite.compute;

import java.math.BigDecimal;

/**
 * A population's work RVUs in bins of equal width on a log scale: work RVUs run from 0.01 to over 100,
 * and most codes sit below 10, so a linear scale would put nearly every code in the first bin.
 */
public record Histogram(double min, double max, int[] counts) {

    public static Histogram of(PopulationStats stats, int bins) {
        BigDecimal[] values = stats.sortedValues();
        double min = Math.log10(values[0].doubleValue());
        double max = Math.log10(values[values.length - 1].doubleValue());
        int[] counts = new int[bins];
        for (BigDecimal v : values) counts[bin(min, max, bins, v.doubleValue())]++;
        return new Histogram(min, max, counts);
    }

    /** The bin a work RVU falls in. */
    public int binOf(BigDecimal work) {
        return bin(min, max, counts.length, work.doubleValue());
    }

    public int largest() {
        int m = 0;
        for (int c : counts) m = Math.max(m, c);
        return m;
    }

    /** The lower bound of a bin, as a work RVU. */
    public double lowerBound(int bin) {
        return Math.pow(10, min + (max - min) * bin / counts.length);
    }

    private static int bin(double min, double max, int bins, double value) {
        if (max <= min) return 0;
        int b = (int) Math.floor((Math.log10(value) - min) / (max - min) * bins);
        return Math.max(0, Math.min(bins - 1, b));
    }
}
