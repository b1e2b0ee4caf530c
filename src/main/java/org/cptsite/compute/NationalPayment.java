package org.cptsite.compute;

import java.math.BigDecimal;
import org.cptsite.model.RvuRow;
import org.jspecify.annotations.Nullable;

/**
 * The national (unadjusted) payment of one row, in both settings, at the release's CF and at the qualifying
 * APM CF: the {@link LocalityPayment} with {@link LocalityGpcis#NATIONAL} (all GPCIs 1.0), so one formula
 * gives both. An amount is null where the row's NA indicator says the setting is not expected. Where the row
 * carries OPPS cap RVUs (imaging), each amount is the lower of the fee schedule amount and the OPPS amount,
 * as the CMS readme says; the flags say where the cap was the lower.
 */
public record NationalPayment(
        RvuRow row,
        @Nullable BigDecimal nonFacility,
        @Nullable BigDecimal facility,
        @Nullable BigDecimal nonFacilityApm,
        @Nullable BigDecimal facilityApm,
        boolean nonFacilityCapped,
        boolean facilityCapped) {

    /** The payment of a row paid under the fee schedule (status A, R or T); null for any other status. */
    public static @Nullable NationalPayment of(RvuRow row, BigDecimal cf, @Nullable BigDecimal apmCf) {
        LocalityPayment p = LocalityPayment.of(row, LocalityGpcis.NATIONAL, cf, apmCf);
        if (p == null) return null;
        return new NationalPayment(
                row,
                p.nonFacility(),
                p.facility(),
                p.nonFacilityApm(),
                p.facilityApm(),
                p.nonFacilityCapped(),
                p.facilityCapped());
    }

    public boolean capped() {
        return nonFacilityCapped || facilityCapped;
    }
}
