package org.cptsite.compute;

import java.math.BigDecimal;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;

/**
 * A code's headline figures in one release, from its main row: what its history shows and compares.
 *
 * @param nonFacilityPayment the national non-facility amount, null where not paid or not expected (the NA
 *     indicator)
 */
public record Figures(
        Release release,
        RvuRow main,
        BigDecimal work,
        BigDecimal nonFacilityTotal,
        BigDecimal facilityTotal,
        BigDecimal nonFacilityPayment,
        BigDecimal facilityPayment) {

    public static Figures of(Release release, CodeRows rows) {
        RvuRow main = rows.main();
        NationalPayment p = NationalPayment.of(main, release.conversionFactor(), null);
        RvuRow.Rvus v = main.rvus();
        return new Figures(
                release,
                main,
                v.work(),
                v.nonFacilityTotal(),
                v.facilityTotal(),
                p == null ? null : p.nonFacility(),
                p == null ? null : p.facility());
    }
}
