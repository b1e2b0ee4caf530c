package org.cptsite.compute;

import java.math.BigDecimal;
import java.util.List;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;
import org.jspecify.annotations.Nullable;

/**
 * Every computed figure of one code: the national payment of each row, the decoded indicators of the main
 * row, and its comparisons (within the category first, then its range and its global period type; empty,
 * with the reason, when the code has no work RVU). Pages and JSON twins are both rendered from this one
 * record, so they cannot disagree.
 */
public record CodeFacts(
        CodeRows code,
        List<NationalPayment> payments,
        List<Indicators.Decoded> indicators,
        List<Comparison> comparisons,
        @Nullable NoComparison noComparison,
        BigDecimal conversionFactor,
        BigDecimal qualifyingApmCf) {

    public static CodeFacts of(CodeRows code, Release release, Populations populations, BigDecimal apmCf) {
        // Stream.toList keeps nulls: a row not paid under the fee schedule has a null payment in its slot.
        List<NationalPayment> payments = code.rows().stream()
                .map(r -> NationalPayment.of(r, release.conversionFactor(), apmCf))
                .toList();
        List<Comparison> comparisons = populations.compareAll(code);
        return new CodeFacts(
                code,
                payments,
                Indicators.decode(code.main()),
                comparisons,
                comparisons.isEmpty() ? Populations.noComparison(code) : null,
                release.conversionFactor(),
                apmCf);
    }

    /**
     * The facts of a code CMS deleted, from the last release that has it: no comparison, since the current
     * release's categories are not the ones it was in.
     */
    public static CodeFacts ofDeleted(CodeRows code, Release last, BigDecimal apmCf) {
        List<NationalPayment> payments = code.rows().stream()
                .map(r -> NationalPayment.of(r, last.conversionFactor(), apmCf))
                .toList();
        return new CodeFacts(
                code,
                payments,
                Indicators.decode(code.main()),
                List.of(),
                new NoComparison(NoComparison.Reason.DELETED, last.id()),
                last.conversionFactor(),
                apmCf);
    }

    /** The comparison within the category (product.md's definition), or null without a work RVU. */
    public Comparison comparison() {
        return comparisons.isEmpty() ? null : comparisons.get(0);
    }

    /** The national payment of the main row, or null when it is not paid under the fee schedule. */
    public NationalPayment mainPayment() {
        return payments.get(code.rows().indexOf(code.main()));
    }

    /** The national payment of the headline row ({@link CodeRows#headline()}), or null when it has none. */
    public NationalPayment headlinePayment() {
        return payments.get(code.rows().indexOf(code.headline()));
    }

    public boolean addOn() {
        return Indicators.addOn(code.main());
    }
}
