package org.cptsite.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cptsite.compute.Change;
import org.cptsite.compute.CodeHistory;
import org.cptsite.compute.Figures;
import org.cptsite.compute.ReleaseDiff;
import org.jspecify.annotations.Nullable;

/** The history part of a code page, from the code's {@link CodeHistory}. */
final class HistoryViewBuilder {
    /** Chart size in SVG user units: the plot leaves room for the labels above and below the line. */
    private static final int WIDTH = 600;

    private static final int TOP = 24;
    private static final int BOTTOM = 110;
    private static final int SIDE = 40;

    private HistoryViewBuilder() {}

    static HistoryView build(CodeHistory h) {
        List<HistoryView.ChangeText> changes = new ArrayList<>();
        // A deleted code's changes are those into its last release, not into the current one.
        String into = h.deleted() ? "In its last release (" + h.last().id() + "), since " : "Since ";
        if (h.sincePrevious() != null) {
            changes.add(text(into + (h.deleted() ? "the one before" : "the previous release"), h.sincePrevious()));
        }
        if (h.sinceYearBefore() != null) {
            changes.add(text(into + "the same quarter a year before", h.sinceYearBefore()));
        }
        List<HistoryView.Row> rows = new ArrayList<>();
        boolean naNote = false; // a paid code without an amount in a setting: the NA indicator
        for (Figures f : h.points()) {
            naNote |= f.row().payable() && (f.nonFacilityPayment() == null || f.facilityPayment() == null);
            rows.add(new HistoryView.Row(
                    f.release().id(),
                    f.release().conversionFactor().toPlainString(),
                    Text.rvu(f.work()),
                    Text.rvu(f.nonFacilityTotal()),
                    Text.rvu(f.facilityTotal()),
                    money(f, f.nonFacilityPayment()),
                    money(f, f.facilityPayment())));
        }
        Figures last = h.points().get(h.points().size() - 1);
        return new HistoryView(h.isNew() ? h.current().id() : null, rowName(last), changes, rows, naNote, chart(h));
    }

    /** The row a history follows, as its table's caption names it: "main row", "modifier 26 row". */
    private static String rowName(Figures f) {
        return f.row().modifier().isEmpty() ? "main row" : "modifier " + f.row().modifier() + " row";
    }

    private static HistoryView.ChangeText text(String heading, Change c) {
        // What a reader came for first: whether the code is still paid (a status that changed), and the payments;
        // the key facts show the first two lines. Then the RVUs they come from, then the other indicators.
        List<String> lines = new ArrayList<>();
        for (Change.IndicatorChange i : c.indicators()) if (i.name().equals("status")) lines.add(indicatorLine(i));
        paymentLine(lines, "National payment, non-facility", c.nonFacilityPayment(), c);
        paymentLine(lines, "National payment, facility", c.facilityPayment(), c);
        rvuLine(lines, "Work RVU", c.work());
        rvuLine(lines, "Total RVUs, non-facility", c.nonFacilityTotal());
        rvuLine(lines, "Total RVUs, facility", c.facilityTotal());
        for (Change.IndicatorChange i : c.indicators()) if (!i.name().equals("status")) lines.add(indicatorLine(i));
        for (ReleaseDiff.RowChange r : c.otherFields()) lines.add(otherFieldsLine(r, c.to()));
        return new HistoryView.ChangeText(heading, c.from().release().id(), lines);
    }

    /**
     * "Modifier TC row: OPPS MP RVU 0.01 → 0.02", "Modifier 26 row: added"; for the headline row's own other
     * fields, "Also: ...". The fields by the release report's labels.
     */
    private static String otherFieldsLine(ReleaseDiff.RowChange r, Figures to) {
        StringBuilder sb = new StringBuilder(
                r.modifier().equals(to.row().modifier())
                        ? "Also"
                        : r.modifier().isEmpty() ? "Row without modifier" : "Modifier " + r.modifier() + " row");
        sb.append(": ");
        List<String> before = r.changes().get(ReleaseDiff.ROW);
        if (before != null)
            return sb.append(before.get(0) == null ? "added" : "deleted").toString();
        boolean first = true;
        for (var e : r.changes().entrySet()) {
            if (!first) sb.append("; ");
            first = false;
            sb.append(ReleaseDiff.label(e.getKey()))
                    .append(' ')
                    .append(shown(e.getValue().get(0)))
                    .append(" \u2192 ")
                    .append(shown(e.getValue().get(1)));
        }
        return sb.toString();
    }

    private static String indicatorLine(Change.IndicatorChange i) {
        return Text.capitalise(i.name()) + " " + shown(i.before()) + " \u2192 " + shown(i.after());
    }

    private static void paymentLine(List<String> lines, String name, Change.Delta d, Change c) {
        String before = money(c.from(), d.before());
        String after = money(c.to(), d.after());
        // No amount either side, for another reason ("Contractor priced -> NA"), is a change too.
        line(lines, name, d, d.changed() || !before.equals(after), before, after, true);
    }

    private static void rvuLine(List<String> lines, String name, Change.Delta d) {
        line(lines, name, d, d.changed(), Text.rvu(d.before()), Text.rvu(d.after()), false);
    }

    /** "Work RVU 2.50 → 2.44 (−0.06, −2.4%)"; nothing when the figure did not change. */
    private static void line(
            List<String> lines,
            String name,
            Change.Delta d,
            boolean changed,
            String before,
            String after,
            boolean money) {
        if (!changed) return;
        StringBuilder sb = new StringBuilder(name)
                .append(' ')
                .append(before)
                .append(" \u2192 ")
                .append(after);
        BigDecimal amount = d.amount();
        if (amount != null) {
            sb.append(" (").append(signed(amount, money));
            BigDecimal percent = d.percent();
            if (percent != null) sb.append(", ").append(Text.signedPercent(percent));
            sb.append(')');
        }
        lines.add(sb.toString());
    }

    static String signed(BigDecimal amount, boolean money) {
        String sign = amount.signum() > 0 ? "+" : amount.signum() < 0 ? "\u2212" : "";
        return sign + (money ? Text.dollars(amount.abs()) : Text.rvu(amount.abs()));
    }

    /**
     * A national amount of {@code f}: for a code the fee schedule does not pay, why ("Contractor priced", "By
     * units", "Not paid", as the list tables have them); "NA" where its NA indicator says the setting is not
     * expected, as the payment table has it.
     */
    static String money(Figures f, @Nullable BigDecimal amount) {
        return !f.row().payable() ? Text.noAmount(f.row()) : amount == null ? Text.NA : Text.dollars(amount);
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(blank)" : value;
    }

    /**
     * A line of the national non-facility payment per release, oldest left; of the facility payment for a code
     * with no non-facility amount (NA: surgery done in hospitals); null with fewer than two points.
     */
    private static HistoryView.PaymentChart chart(CodeHistory h) {
        HistoryView.PaymentChart nonFacility = chart(h, Figures::nonFacilityPayment, "non-facility");
        return nonFacility != null ? nonFacility : chart(h, Figures::facilityPayment, "facility");
    }

    private static HistoryView.PaymentChart chart(CodeHistory h, Function<Figures, BigDecimal> amount, String setting) {
        List<Figures> paid = new ArrayList<>();
        BigDecimal min = null;
        BigDecimal max = null;
        for (Figures f : h.points()) {
            BigDecimal a = amount.apply(f);
            if (a == null) continue;
            paid.add(f);
            if (min == null || a.compareTo(min) < 0) min = a;
            if (max == null || a.compareTo(max) > 0) max = a;
        }
        if (paid.size() < 2) return null;
        BigDecimal span = max.subtract(min);
        List<HistoryView.Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        StringBuilder desc = new StringBuilder("National " + setting + " payment by release: ");
        for (int i = 0; i < paid.size(); i++) {
            Figures f = paid.get(i);
            BigDecimal a = amount.apply(f);
            // x is a whole number of units: written with one decimal, as y is.
            String xs = (SIDE + (long) (WIDTH - 2 * SIDE) * i / (paid.size() - 1)) + ".0";
            BigDecimal y = span.signum() == 0
                    ? BigDecimal.valueOf((TOP + BOTTOM) / 2)
                    : BigDecimal.valueOf(BOTTOM)
                            .subtract(a.subtract(min)
                                    .multiply(BigDecimal.valueOf(BOTTOM - TOP))
                                    .divide(span, 1, RoundingMode.HALF_UP));
            String ys = y.setScale(1, RoundingMode.HALF_UP).toPlainString();
            String dollars = Text.dollars(a);
            points.add(
                    new HistoryView.Point(xs, ys, f.release().id(), f.release().id() + ": " + dollars));
            line.append(i == 0 ? "" : " ").append(xs).append(',').append(ys);
            desc.append(i == 0 ? "" : ", ").append(f.release().id()).append(' ').append(dollars);
        }
        return new HistoryView.PaymentChart(
                "National " + setting + " payment of " + h.code() + " by release",
                desc.append('.').toString(),
                line.toString(),
                points);
    }
}
