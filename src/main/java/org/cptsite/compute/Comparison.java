package org.cptsite.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a code's work RVU sits in a population: its percentile, how many times the median it is (one
 * decimal, "above" or "below"), and the population's highest value and code.
 */
public record Comparison(
        String population,
        int size,
        BigDecimal work,
        int percentile,
        BigDecimal median,
        BigDecimal ratio,
        Direction direction,
        BigDecimal max,
        String maxCode) {

    public enum Direction {
        ABOVE("above"),
        BELOW("below"),
        AT("at");

        private final String word;

        Direction(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public static Comparison of(PopulationStats stats, BigDecimal work) {
        int cmp = work.compareTo(stats.median());
        Direction direction = cmp > 0 ? Direction.ABOVE : cmp < 0 ? Direction.BELOW : Direction.AT;
        BigDecimal ratio =
                switch (direction) {
                    case ABOVE -> work.divide(stats.median(), 1, RoundingMode.HALF_UP);
                    case BELOW -> stats.median().divide(work, 1, RoundingMode.HALF_UP);
                    case AT -> BigDecimal.ONE.setScale(1);
                };
        return new Comparison(
                stats.name(),
                stats.size(),
                work,
                stats.percentile(work),
                stats.median(),
                ratio,
                direction,
                stats.max(),
                stats.maxCode());
    }
}
