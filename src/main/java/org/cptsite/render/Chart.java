package org.cptsite.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cptsite.compute.Histogram;
import org.cptsite.compute.PopulationStats;

/**
 * The inline SVG chart of a category's work RVU distribution with the code's bin marked, and its text
 * equivalent. Coordinates are in a 920 x 150 viewBox, the width of the content column, so the chart fills
 * it; the bars and ticks are the same for every code of a category, only the marked bar and the caption differ.
 */
public record Chart(List<Bar> bars, List<Tick> ticks, String caption, String minLabel, String maxLabel, String title) {
    static final int BINS = 30;
    static final int WIDTH = 920;
    private static final double HEIGHT = 120;
    /** Ticks nearer than this to an end would run into the end's label. */
    private static final double TICK_MARGIN = 60;

    /** One bar; numbers preformatted for the SVG attributes. */
    public record Bar(String x, String y, String width, String height, boolean marked, String tip) {}

    /** A labelled work RVU on the axis between the two ends. */
    public record Tick(String x, String label) {}

    public int width() {
        return WIDTH;
    }

    /**
     * The bars of one category, formatted once: a chart differs from code to code only in which bar is
     * marked, and formatting 30 bars for each of ~17,000 pages cost more than the rest of the page.
     */
    static final class Scale {
        private final Histogram histogram;
        /** Per bin: its bar unmarked and marked. */
        private final Bar[] plain;

        private final Bar[] marked;
        private final List<Tick> ticks;

        Scale(Histogram h) {
            this.histogram = h;
            int[] counts = h.counts();
            plain = new Bar[counts.length];
            marked = new Bar[counts.length];
            double barWidth = WIDTH / BINS;
            double largest = h.largest();
            for (int i = 0; i < counts.length; i++) {
                double height = Math.max(2, HEIGHT * counts[i] / largest);
                String tip = Text.count(counts[i], "code") + " from " + rvu(h.lowerBound(i)) + " to "
                        + rvu(h.lowerBound(i + 1));
                plain[i] = new Bar(
                        num(i * barWidth + 1), num(HEIGHT - height), num(barWidth - 2), num(height), false, tip);
                marked[i] = new Bar(plain[i].x(), plain[i].y(), plain[i].width(), plain[i].height(), true, tip);
            }
            ticks = ticks(h);
        }

        /**
         * Round work RVUs along the log axis: the powers of ten within the range, with 2 and 5 times them
         * where that leaves fewer than three (a narrow range such as 0.5 to 8).
         */
        private static List<Tick> ticks(Histogram h) {
            List<Tick> decades = new ArrayList<>();
            List<Tick> all = new ArrayList<>();
            if (h.max() <= h.min()) return decades;
            for (int exp = (int) Math.floor(h.min()); exp <= Math.ceil(h.max()); exp++) {
                for (int step : new int[] {1, 2, 5}) {
                    BigDecimal value = BigDecimal.valueOf(step).scaleByPowerOfTen(exp);
                    double x = (Math.log10(value.doubleValue()) - h.min()) / (h.max() - h.min()) * WIDTH;
                    if (x < TICK_MARGIN || x > WIDTH - TICK_MARGIN) continue;
                    Tick t = new Tick(num(x), value.stripTrailingZeros().toPlainString());
                    all.add(t);
                    if (step == 1) decades.add(t);
                }
            }
            return decades.size() >= 3 ? decades : all;
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
        String caption =
                "Work RVUs of the " + Text.thousands(stats.size()) + " " + stats.name() + " codes, on a log scale from "
                        + Text.rvu(stats.min()) + " to " + Text.rvu(stats.max()) + ". " + code + " (" + Text.rvu(work)
                        + ") is in the highlighted bar, with " + Text.count(inBin, "code") + " between "
                        + rvu(h.lowerBound(marked)) + " and " + rvu(h.lowerBound(marked + 1)) + "; the median is "
                        + Text.median(stats.median()) + ".";
        return new Chart(
                scale.bars(marked),
                scale.ticks,
                caption,
                Text.rvu(stats.min()),
                Text.rvu(stats.max()),
                "Distribution of work RVUs among " + stats.name() + " codes");
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String rvu(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
