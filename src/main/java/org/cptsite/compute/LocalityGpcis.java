package org.cptsite.compute;

import java.math.BigDecimal;
import org.cptsite.model.Locality;
import org.cptsite.model.SiteSettings;

/**
 * The three geographic practice cost indices a locality's amounts are computed with: work, practice expense
 * and malpractice. {@link #NATIONAL} (all 1.0) gives the national, unadjusted amounts.
 */
public record LocalityGpcis(BigDecimal work, BigDecimal pe, BigDecimal mp) {
    public static final LocalityGpcis NATIONAL = new LocalityGpcis(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);

    /** A locality's GPCIs, with the work GPCI of the column the site setting chooses. */
    public static LocalityGpcis of(Locality locality, SiteSettings.WorkGpci choice) {
        BigDecimal work = choice == SiteSettings.WorkGpci.NO_FLOOR ? locality.workGpci() : locality.workGpciFloored();
        return new LocalityGpcis(work, locality.peGpci(), locality.mpGpci());
    }
}
