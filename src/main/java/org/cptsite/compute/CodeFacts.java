package org.cptsite.compute;

import java.math.BigDecimal;
import java.util.List;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;

/**
 * Every computed figure of one code: the national payment of each row, the decoded indicators of the main
 * row, and the category comparison (null with a reason when the code has no work RVU). Pages and JSON
 * twins are both rendered from this one record, so they cannot disagree.
 */
public record CodeFacts(
        CodeRows code,
        List<NationalPayment> payments,
        List<Indicators.Decoded> indicators,
        Comparison comparison,
        String noComparisonReason,
        BigDecimal conversionFactor,
        BigDecimal qualifyingApmCf) {

    public static CodeFacts of(CodeRows code, Release release, Populations populations, BigDecimal apmCf) {
        List<NationalPayment> payments = code.rows().stream()
                .map(r -> NationalPayment.of(r, release.conversionFactor(), apmCf)).toList();
        Comparison comparison = populations.compare(code);
        // Stream.toList keeps nulls: a row not paid under the fee schedule has a null payment in its slot.
        return new CodeFacts(code, payments,
                Indicators.decode(code.main()), comparison,
                comparison == null ? Populations.noComparisonReason(code) : null, release.conversionFactor(), apmCf);
    }

    /** The national payment of the main row, or null when it is not paid under the fee schedule. */
    public NationalPayment mainPayment() {
        return payments.get(code.rows().indexOf(code.main()));
    }

    public boolean addOn() {
        return Indicators.addOn(code.main());
    }
}
