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

    /**
     * The bars of one category, formatted once: a chart differs from code to code only in which bar is
     * marked, and formatting 30 bars for each of ~17,000 pages cost more than the rest of the page.
     */
    static final class Scale {
        private final Histogram histogram;
        /** Per bin: its bar unmarked and marked. */
        private final Bar[] plain;
        private final Bar[] marked;

        Scale(Histogram h) {
            this.histogram = h;
            int[] counts = h.counts();
            plain = new Bar[counts.length];
            marked = new Bar[counts.length];
            double barWidth = WIDTH / BINS;
            double largest = h.largest();
            for (int i = 0; i < counts.length; i++) {
                double height = Math.max(2, HEIGHT * counts[i] / largest);
                String tip = Text.count(counts[i], "code") + " from " + rvu(h.lowerBound(i)) + " to " + rvu(h.lowerBound(i + 1));
                plain[i] = new Bar(num(i * barWidth + 1), num(HEIGHT - height), num(barWidth - 2), num(height), false, tip);
                marked[i] = new Bar(plain[i].x(), plain[i].y(), plain[i].width(), plain[i].height(), true, tip);
            }
        }

        /** The bars with the one of {@code bin} marked; empty bins are left out unless marked. */
        List<Bar> bars(int bin) {
            List<Bar> bars = new ArrayList<>(plain.length);
            int[] counts = histogram.counts();
            for (int i = 0; i < plain.length; i++) {
                if (i == bin) bars.add(marked[i]);
                else if (counts[i] > 0) bars.add(plain[i]);
            }
            return bars;
        }
    }

    static Chart of(PopulationStats stats, Scale scale, String code, BigDecimal work) {
        Histogram h = scale.histogram;
        int marked = h.binOf(work);
        int inBin = h.counts()[marked];
        String caption = "Work RVUs of the " + Text.thousands(stats.size()) + " " + stats.name() + " codes, on a log scale from "
                + Text.rvu(stats.min()) + " to " + Text.rvu(stats.max()) + ". " + code + " (" + Text.rvu(work)
                + ") is in the highlighted bar, with " + Text.count(inBin, "code") + " between "
                + rvu(h.lowerBound(marked)) + " and " + rvu(h.lowerBound(marked + 1)) + "; the median is "
                + Text.median(stats.median()) + ".";
        return new Chart(scale.bars(marked), caption, Text.rvu(stats.min()), Text.rvu(stats.max()),
                "Distribution of work RVUs among " + stats.name() + " codes");
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String rvu(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
