package org.cptsite.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cptsite.model.RvuRow;
import org.jspecify.annotations.Nullable;

/**
 * What changed in a code's headline figures from one release to another: each figure before and after, and
 * each payment-policy indicator of the main row that changed.
 */
public record Change(
        Figures from,
        Figures to,
        Delta work,
        Delta nonFacilityTotal,
        Delta facilityTotal,
        Delta nonFacilityPayment,
        Delta facilityPayment,
        List<IndicatorChange> indicators) {

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
            new Indicator("status", RvuRow::status),
            new Indicator("global period", r -> r.global().days()),
            new Indicator("PC/TC indicator", r -> r.policy().pctc()),
            new Indicator("multiple procedure indicator", r -> r.policy().multipleProcedure()),
            new Indicator("bilateral surgery indicator", r -> r.policy().bilateral()),
            new Indicator("assistant at surgery indicator", r -> r.policy().assistant()),
            new Indicator("co-surgeon indicator", r -> r.policy().coSurgeon()),
            new Indicator("team surgery indicator", r -> r.policy().team()),
            new Indicator("endoscopic base code", r -> r.policy().endoscopicBase()),
            new Indicator("diagnostic supervision", r -> r.policy().supervision()),
            new Indicator("imaging family", r -> r.policy().imagingFamily()));

    private record Indicator(String name, Function<RvuRow, String> value) {}

    public static Change of(Figures from, Figures to) {
        List<IndicatorChange> indicators = new ArrayList<>();
        for (Indicator i : INDICATORS) {
            String before = i.value().apply(from.main());
            String after = i.value().apply(to.main());
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
                List.copyOf(indicators));
    }

    /** True when no figure and no indicator changed (the CF may still have). */
    public boolean none() {
        return !work.changed()
                && !nonFacilityTotal.changed()
                && !facilityTotal.changed()
                && !nonFacilityPayment.changed()
                && !facilityPayment.changed()
                && indicators.isEmpty();
    }
}
