package org.cptsite.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.cptsite.compute.Change;
import org.cptsite.compute.Figures;
import org.cptsite.compute.ReleaseDiff;

/**
 * One table of biggest movers between two releases: the report page and {@code diff}'s Markdown show the same
 * four.
 *
 * @param id the table's HTML id
 * @param money the figure is dollars (else an RVU)
 */
record MoverKind(String id, String title, Function<Figures, BigDecimal> figure, boolean up, boolean money) {
    /** Movers shown per table. */
    static final int SHOWN = 25;

    static final List<MoverKind> ALL = List.of(
            new MoverKind(
                    "up-payment",
                    "Biggest rises of the national non-facility payment",
                    Figures::nonFacilityPayment,
                    true,
                    true),
            new MoverKind(
                    "down-payment",
                    "Biggest falls of the national non-facility payment",
                    Figures::nonFacilityPayment,
                    false,
                    true),
            new MoverKind("up-work", "Biggest rises of the work RVU", Figures::work, true, false),
            new MoverKind("down-work", "Biggest falls of the work RVU", Figures::work, false, false));

    List<ReleaseDiff.Mover> of(ReleaseDiff diff) {
        return diff.movers(figure, up, SHOWN);
    }

    /** The figure as its table shows it: "$132.94" or "2.44". */
    String shown(BigDecimal value) {
        return money ? Text.dollars(value) : Text.rvu(value);
    }

    /** "+$12.02" or "−0.06". */
    String change(Change.Delta d) {
        return HistoryViewBuilder.signed(d.amount(), money);
    }

    /** "+9.0%", or "n/a" when the figure before was 0. */
    static String percent(Change.Delta d) {
        return d.percent() == null ? "n/a" : Text.signedPercent(d.percent());
    }
}
