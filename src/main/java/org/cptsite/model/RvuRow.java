package org.cptsite.model;

import java.math.BigDecimal;

/**
 * One row of the PPRRVU file: a code with one modifier (blank, 26, TC or 53), every column kept.
 * Numbers keep the scale the file gives them ("2.44" stays 2.44).
 *
 * @param line the row's line number in its source file, for messages
 * @param pricingIndicator the PRIC IND column, blank in layouts before 2026
 */
public record RvuRow(
        String code,
        String modifier,
        String description,
        String status,
        boolean notUsedForPayment,
        BigDecimal work,
        BigDecimal nonFacilityPe,
        boolean nonFacilityNa,
        BigDecimal facilityPe,
        boolean facilityNa,
        BigDecimal malpractice,
        BigDecimal nonFacilityTotal,
        BigDecimal facilityTotal,
        String pctc,
        String globalDays,
        BigDecimal preOp,
        BigDecimal intraOp,
        BigDecimal postOp,
        String multipleProcedure,
        String bilateral,
        String assistant,
        String coSurgeon,
        String team,
        String pricingIndicator,
        String endoscopicBase,
        BigDecimal conversionFactor,
        String supervision,
        String calculationFlag,
        String imagingFamily,
        BigDecimal oppsNonFacilityPe,
        BigDecimal oppsFacilityPe,
        BigDecimal oppsMalpractice,
        int line) {

    /** Status codes whose RVUs Medicare uses for payment under the fee schedule. */
    public boolean payable() {
        return status.equals("A") || status.equals("R") || status.equals("T");
    }

    /** Status J: an anesthesia code, paid by base and time units rather than by RVUs. */
    public boolean anesthesia() {
        return status.equals("J");
    }

    /** Status C: the Medicare contractor prices the code; CMS gives no national amount. */
    public boolean contractorPriced() {
        return status.equals("C");
    }

    /** True where the OPPS cap columns carry RVUs, i.e. the imaging OPPS cap may apply. */
    public boolean oppsCapped() {
        return oppsNonFacilityPe.signum() != 0 || oppsFacilityPe.signum() != 0 || oppsMalpractice.signum() != 0;
    }

    /** Modifier as shown to readers: "global" for the blank modifier. */
    public String modifierLabel() {
        return modifier.isEmpty() ? "global" : modifier;
    }
}
