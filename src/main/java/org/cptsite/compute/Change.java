package org.cptsite.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What changed in a code's headline figures from one release to another: each figure before and after, each
 * payment-policy indicator of the headline row that changed, and every other field of the file that changed, in
 * any row, as the release report lists them.
 *
 * @param otherFields the changes the figures and indicators do not show: the headline row's other fields (PE and
 *     MP RVUs, OPPS RVUs, global shares...; not its NA columns, which its payments show) and every change of its
 *     other rows, a row added or deleted too
 */
public record Change(
        Figures from,
        Figures to,
        Delta work,
        Delta nonFacilityTotal,
        Delta facilityTotal,
        Delta nonFacilityPayment,
        Delta facilityPayment,
        List<IndicatorChange> indicators,
        List<ReleaseDiff.RowChange> otherFields) {

    /** A figure before and after; {@code percent} is null where there is no base to divide by. */
    public record Delta(
            @Nullable BigDecimal before, @Nullable BigDecimal after) {
        public boolean changed() {
            if (before == null || after == null) return before != after;
            return before.compareTo(after) != 0;
        }

        public @Nullable BigDecimal amount() {
            return before == null || after == null ? null : after.subtract(before);
        }

        /** The change in percent of the figure before, to one decimal (half up). */
        public @Nullable BigDecimal percent() {
            if (before == null || after == null || before.signum() == 0) return null;
            return after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
        }
    }

    /** "global period 090 -> 000". */
    public record IndicatorChange(String name, String before, String after) {}

    /** Indicators compared, by the words a page uses for them. */
    private static final List<Indicator> INDICATORS = List.of(
            new Indicator("status", ReleaseDiff.field("status")),
            new Indicator("global period", ReleaseDiff.field("global_days")),
            new Indicator("PC/TC indicator", ReleaseDiff.field("pctc")),
            new Indicator("multiple procedure indicator", ReleaseDiff.field("multiple_procedure")),
            new Indicator("bilateral surgery indicator", ReleaseDiff.field("bilateral")),
            new Indicator("assistant at surgery indicator", ReleaseDiff.field("assistant")),
            new Indicator("co-surgeon indicator", ReleaseDiff.field("co_surgeon")),
            new Indicator("team surgery indicator", ReleaseDiff.field("team")),
            new Indicator("endoscopic base code", ReleaseDiff.field("endoscopic_base")),
            new Indicator("diagnostic supervision", ReleaseDiff.field("supervision")),
            new Indicator("imaging family", ReleaseDiff.field("imaging_family")));

    /** An indicator by the words a page uses for it, and its field of the release report and {@code diff}. */
    private record Indicator(String name, ReleaseDiff.Field field) {}

    /**
     * The headline row's fields that its figures and indicators show: the work RVU, the totals, and the NA flags
     * that make its payments "NA". Its PE and MP RVUs are not among them: they may move with the totals unchanged
     * (PE +0.01, MP -0.01), and the release report lists them.
     */
    private static final Set<String> SHOWN = shown();

    private static Set<String> shown() {
        Set<String> shown = new HashSet<>(
                List.of("work_rvu", "non_facility_na", "facility_na", "non_facility_total", "facility_total"));
        for (Indicator i : INDICATORS) shown.add(i.field().name());
        return Set.copyOf(shown);
    }

    public static Change of(Figures from, Figures to) {
        List<IndicatorChange> indicators = new ArrayList<>();
        for (Indicator i : INDICATORS) {
            if (i.field().same(from.row(), to.row())) continue; // texts, all: equal when equal as text
            String before = i.field().text(from.row());
            String after = i.field().text(to.row());
            if (!before.equals(after)) indicators.add(new IndicatorChange(i.name(), before, after));
        }
        return new Change(
                from,
                to,
                new Delta(from.work(), to.work()),
                new Delta(from.nonFacilityTotal(), to.nonFacilityTotal()),
                new Delta(from.facilityTotal(), to.facilityTotal()),
                new Delta(from.nonFacilityPayment(), to.nonFacilityPayment()),
                new Delta(from.facilityPayment(), to.facilityPayment()),
                List.copyOf(indicators),
                otherFields(from, to));
    }

    private static List<ReleaseDiff.RowChange> otherFields(Figures from, Figures to) {
        boolean pricing = ReleaseDiff.comparesPricing(from.release(), to.release());
        boolean sameRow = from.row().modifier().equals(to.row().modifier());
        List<ReleaseDiff.RowChange> other = new ArrayList<>();
        for (ReleaseDiff.RowChange c : ReleaseDiff.rowChanges(from.rows(), to.rows(), pricing)) {
            if (sameRow && c.modifier().equals(to.row().modifier())) {
                Map<String, List<String>> rest = new LinkedHashMap<>(c.changes());
                rest.keySet().removeAll(SHOWN);
                if (!rest.isEmpty()) other.add(new ReleaseDiff.RowChange(c.code(), c.modifier(), rest));
            } else {
                other.add(c);
            }
        }
        return List.copyOf(other);
    }
}
