package org.cptsite.compute;

import java.math.BigDecimal;
import org.cptsite.model.RvuRow;

/**
 * The national (unadjusted, all GPCIs 1.0) payment of one row, in both settings, at the release's CF and at
 * the qualifying APM CF. An amount is null where the row's NA indicator says the setting is not expected.
 */
public record NationalPayment(
        RvuRow row,
        BigDecimal nonFacility,
        BigDecimal facility,
        BigDecimal nonFacilityApm,
        BigDecimal facilityApm) {

    /** The payment of a row paid under the fee schedule (status A, R or T); null for any other status. */
    public static NationalPayment of(RvuRow row, BigDecimal cf, BigDecimal apmCf) {
        if (!row.payable()) return null;
        return new NationalPayment(row,
                row.nonFacilityNa() ? null : Money.amount(row.nonFacilityTotal(), cf),
                row.facilityNa() ? null : Money.amount(row.facilityTotal(), cf),
                row.nonFacilityNa() || apmCf == null ? null : Money.amount(row.nonFacilityTotal(), apmCf),
                row.facilityNa() || apmCf == null ? null : Money.amount(row.facilityTotal(), apmCf));
    }
}
