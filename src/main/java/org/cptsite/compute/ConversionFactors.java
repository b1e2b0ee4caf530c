package org.cptsite.compute;

import java.math.BigDecimal;
import org.cptsite.model.Release;
import org.cptsite.model.SiteSettings;

/** Which conversion factors a release is priced at. */
public final class ConversionFactors {
    private ConversionFactors() {}

    /**
     * The qualifying APM CF: the QPP file's when the release has one, else the site setting for the
     * release's year; null when neither (2025 and before had a single CF).
     */
    public static BigDecimal qualifyingApm(Release release, SiteSettings settings) {
        if (release.qualifyingApmCf() != null) return release.qualifyingApmCf();
        return settings.qualifyingApmCf().get(release.year());
    }
}
