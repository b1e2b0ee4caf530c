package org.cptsite.model;

import java.math.BigDecimal;

/**
 * One row of the PPRRVU file: a code with one modifier (blank, 26, TC or 53), every column kept, grouped
 * as docs/cms-pfs-files.md groups them. Numbers keep the scale the file gives them ("2.44" stays 2.44).
 *
 * @param conversionFactor the CF column of the row
 * @param line the row's line number in its source file, for messages
 */
public record RvuRow(
        String code,
        String modifier,
        String description,
        String status,
        Rvus rvus,
        GlobalSurgery global,
        Policy policy,
        OppsCap opps,
        BigDecimal conversionFactor,
        int line) {

    /** The RVUs and their totals; an NA flag says the setting is not expected (no amount there). */
    public record Rvus(
            BigDecimal work,
            BigDecimal nonFacilityPe,
            boolean nonFacilityNa,
            BigDecimal facilityPe,
            boolean facilityNa,
            BigDecimal malpractice,
            BigDecimal nonFacilityTotal,
            BigDecimal facilityTotal) {}

    /** The global period ("090", "ZZZ", ...) and the PRE/INTRA/POST OP shares of the global package. */
    public record GlobalSurgery(String days, BigDecimal preOp, BigDecimal intraOp, BigDecimal postOp) {}

    /**
     * The payment-policy indicators, as the file codes them.
     *
     * @param pricingIndicator the PRIC IND column, blank in layouts before 2026
     */
    public record Policy(
            boolean notUsedForPayment,
            String pctc,
            String multipleProcedure,
            String bilateral,
            String assistant,
            String coSurgeon,
            String team,
            String pricingIndicator,
            String endoscopicBase,
            String supervision,
            String calculationFlag,
            String imagingFamily) {}

    /** The OPPS PE and MP RVUs of imaging codes whose payment the OPPS amount caps; zero elsewhere. */
    public record OppsCap(BigDecimal nonFacilityPe, BigDecimal facilityPe, BigDecimal malpractice) {
        /** True where the columns carry RVUs, i.e. the imaging OPPS cap may apply. */
        public boolean applies() {
            return nonFacilityPe.signum() != 0 || facilityPe.signum() != 0 || malpractice.signum() != 0;
        }
    }

    /**
     * Status codes whose RVUs Medicare uses for payment under the fee schedule (A, R, T), where the row has RVUs:
     * an R row without any (most dental codes) is priced by the contractor, if covered (see {@link
     * #contractorPriced}), not paid $0.
     */
    public boolean payable() {
        return status.equals("A") || status.equals("T") || status.equals("R") && hasRvus();
    }

    /** Status J: an anesthesia code, paid by base and time units rather than by RVUs. */
    public boolean anesthesia() {
        return status.equals("J");
    }

    /**
     * Status C, or R (restricted coverage) without RVUs: the Medicare contractor prices the code (R: if it is
     * covered, as the CMS readme says of R); CMS gives no national amount.
     */
    public boolean contractorPriced() {
        return status.equals("C") || status.equals("R") && !hasRvus();
    }

    private boolean hasRvus() {
        return rvus.work().signum() != 0
                || rvus.nonFacilityPe().signum() != 0
                || rvus.facilityPe().signum() != 0
                || rvus.malpractice().signum() != 0;
    }

    /** True where the OPPS cap columns carry RVUs, i.e. the imaging OPPS cap may apply. */
    public boolean oppsCapped() {
        return opps.applies();
    }

    /** Modifier as shown to readers: "global" for the blank modifier. */
    public String modifierLabel() {
        return modifier.isEmpty() ? "global" : modifier;
    }
}
