package org.cptsite.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cptsite.compute.Histogram;
import org.cptsite.compute.PopulationStats;

/**
 * The inline SVG chart of a category's work RVU distribution with the code's bin marked, and its text
 * equivalent. Coordinates are in a 600 x 150 viewBox; the bars are the same for every code of a category,
 * only the marked bar and the caption differ.
 */
public record Chart(List<Bar> bars, String caption, String minLabel, String maxLabel, String title) {
    static final int BINS = 30;
    private static final double WIDTH = 600;
    private static final double HEIGHT = 120;

    /** One bar; numbers preformatted for the SVG attributes. */
    public record Bar(String x, String y, String width, String height, boolean marked, String tip) {}

    static Chart of(PopulationStats stats, Histogram h, String code, BigDecimal work) {
        int marked = h.binOf(work);
        double barWidth = WIDTH / BINS;
        double largest = h.largest();
        List<Bar> bars = new ArrayList<>();
        int[] counts = h.counts();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0 && i != marked) continue;
            double height = Math.max(2, HEIGHT * counts[i] / largest);
            bars.add(new Bar(num(i * barWidth + 1), num(HEIGHT - height), num(barWidth - 2), num(height), i == marked,
                    counts[i] + " codes from " + rvu(h.lowerBound(i)) + " to " + rvu(h.lowerBound(i + 1))));
        }
        int inBin = counts[marked];
        String caption = "Work RVUs of the " + stats.size() + " " + stats.name() + " codes, on a log scale from "
                + Text.rvu(stats.min()) + " to " + Text.rvu(stats.max()) + ". " + code + " (" + Text.rvu(work)
                + ") is in the highlighted bar, with " + inBin + (inBin == 1 ? " code" : " codes") + " between "
                + rvu(h.lowerBound(marked)) + " and " + rvu(h.lowerBound(marked + 1)) + "; the median is "
                + Text.rvu(stats.median()) + ".";
        return new Chart(bars, caption, Text.rvu(stats.min()), Text.rvu(stats.max()),
                "Distribution of work RVUs among " + stats.name() + " codes");
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String rvu(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
