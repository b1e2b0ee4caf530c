package org.cptsite.compute;

import java.math.BigDecimal;
import org.cptsite.model.RvuRow;

/**
 * The national (unadjusted, all GPCIs 1.0) payment of one row, in both settings, at the release's CF and at
 * the qualifying APM CF. An amount is null where the row's NA indicator says the setting is not expected.
 * Where the row carries OPPS cap RVUs (imaging), each amount is the lower of the fee schedule amount and
 * the OPPS amount, as the CMS readme says; the flags say where the cap was the lower.
 */
public record NationalPayment(
        RvuRow row,
        BigDecimal nonFacility,
        BigDecimal facility,
        BigDecimal nonFacilityApm,
        BigDecimal facilityApm,
        boolean nonFacilityCapped,
        boolean facilityCapped) {

    /** The payment of a row paid under the fee schedule (status A, R or T); null for any other status. */
    public static NationalPayment of(RvuRow row, BigDecimal cf, BigDecimal apmCf) {
        if (!row.payable()) return null;
        BigDecimal oppsNonFacility = row.oppsCapped()
                ? row.work().add(row.oppsNonFacilityPe()).add(row.oppsMalpractice()) : null;
        BigDecimal oppsFacility = row.oppsCapped()
                ? row.work().add(row.oppsFacilityPe()).add(row.oppsMalpractice()) : null;
        boolean nonFacilityCapped = !row.nonFacilityNa() && oppsNonFacility != null
                && oppsNonFacility.compareTo(row.nonFacilityTotal()) < 0;
        boolean facilityCapped = !row.facilityNa() && oppsFacility != null
                && oppsFacility.compareTo(row.facilityTotal()) < 0;
        return new NationalPayment(row,
                amount(row.nonFacilityNa(), row.nonFacilityTotal(), oppsNonFacility, cf),
                amount(row.facilityNa(), row.facilityTotal(), oppsFacility, cf),
                amount(row.nonFacilityNa(), row.nonFacilityTotal(), oppsNonFacility, apmCf),
                amount(row.facilityNa(), row.facilityTotal(), oppsFacility, apmCf),
                nonFacilityCapped, facilityCapped);
    }

    /**
     * The lower of the fee schedule and OPPS amounts (each rounded to the cent), or null when not expected;
     * nationally and, with a locality's GPCI-adjusted RVUs, in each locality.
     */
    static BigDecimal amount(boolean na, BigDecimal total, BigDecimal oppsTotal, BigDecimal cf) {
        if (na || cf == null) return null;
        BigDecimal amount = Money.amount(total, cf);
        if (oppsTotal == null) return amount;
        return amount.min(Money.amount(oppsTotal, cf));
    }

    public boolean capped() {
        return nonFacilityCapped || facilityCapped;
    }
}
