package org.cptsite.compute;

import java.math.BigDecimal;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;

/**
 * A code's headline figures in one release, from its headline row ({@link CodeRows#headline()}): what its
 * history shows and compares.
 *
 * @param rows all the code's rows in the release, for what changed in the others
 * @param row the headline row
 * @param nonFacilityPayment the national non-facility amount, null where not paid or not expected (the NA
 *     indicator)
 */
public record Figures(
        Release release,
        CodeRows rows,
        RvuRow row,
        BigDecimal work,
        BigDecimal nonFacilityTotal,
        BigDecimal facilityTotal,
        BigDecimal nonFacilityPayment,
        BigDecimal facilityPayment) {

    /** From the code's headline row in {@code release}. */
    public static Figures of(Release release, CodeRows rows) {
        return of(release, rows, rows.headline());
    }

    /** From the code's main row: the status, RVUs and amounts of the code itself, as the release reports list them. */
    public static Figures ofMainRow(Release release, CodeRows rows) {
        return of(release, rows, rows.main());
    }

    /**
     * From the row with the modifier of {@code like}, the headline row of the code in another release, so that a
     * history follows one row; from this release's own headline row when it has no such row.
     */
    public static Figures like(Figures like, Release release, CodeRows rows) {
        RvuRow same = rows.row(like.row().modifier());
        return of(release, rows, same == null ? rows.headline() : same);
    }

    private static Figures of(Release release, CodeRows rows, RvuRow row) {
        NationalPayment p = NationalPayment.of(row, release.conversionFactor(), null);
        RvuRow.Rvus v = row.rvus();
        return new Figures(
                release,
                rows,
                row,
                v.work(),
                v.nonFacilityTotal(),
                v.facilityTotal(),
                p == null ? null : p.nonFacility(),
                p == null ? null : p.facility());
    }
}
