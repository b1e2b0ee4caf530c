package org.cptsite.compute;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.CodeRange;
import org.cptsite.model.Release;
import org.cptsite.model.Releases;
import org.cptsite.model.SiteSettings;
import org.jspecify.annotations.Nullable;

/**
 * The compute stage: everything the pages of a linked site are figured from, made once and shared by
 * {@code build}, {@code check}, {@code show}, {@code prices} and {@code serve}, so that they all give the
 * same figures. The release-wide part (comparison populations with their ranges, locality pricing, the
 * qualifying-APM CF) depends on the releases, the settings and the ranges only; the links between codes
 * on the whole site.
 */
public final class SiteFacts {
    /** What depends on the releases, settings and ranges only: {@code serve} keeps it across content edits. */
    private record ReleaseFigures(
            Releases releases,
            SiteSettings settings,
            List<CodeRange> ranges,
            Populations populations,
            LocalityPricing pricing,
            @Nullable BigDecimal qualifyingApmCf) {

        static ReleaseFigures of(LinkedSite site) {
            Release release = site.release();
            SiteSettings settings = site.content().settings();
            // A range compares a code with its CPT section's neighbours: the populations need each code's range.
            Map<String, CodeRange> ranges = new HashMap<>();
            site.codes().values().forEach(e -> {
                if (e.range() != null) ranges.put(e.code(), e.range());
            });
            return new ReleaseFigures(
                    site.releases(),
                    settings,
                    site.content().ranges(),
                    new Populations(release, ranges),
                    new LocalityPricing(release, settings),
                    ConversionFactors.qualifyingApm(release, settings));
        }

        boolean fits(LinkedSite site) {
            return releases == site.releases()
                    && settings.equals(site.content().settings())
                    && ranges.equals(site.content().ranges());
        }
    }

    private final LinkedSite site;
    private final ReleaseFigures figures;
    private final Related related;

    private SiteFacts(LinkedSite site, ReleaseFigures figures) {
        this.site = site;
        this.figures = figures;
        this.related = new Related(site);
    }

    public static SiteFacts of(LinkedSite site) {
        return of(site, null);
    }

    /**
     * The same, reusing {@code previous}'s release-wide figures when the releases are the same objects and
     * the settings and ranges are equal ({@code serve} after an edit of the content); the links between codes
     * are made again, as the edit may change a code's specialties.
     */
    public static SiteFacts of(LinkedSite site, @Nullable SiteFacts previous) {
        ReleaseFigures figures =
                previous != null && previous.figures.fits(site) ? previous.figures : ReleaseFigures.of(site);
        return new SiteFacts(site, figures);
    }

    /** The linked site these facts are of. */
    public LinkedSite site() {
        return site;
    }

    /** Whether both were made with the same release-wide figures (one reused the other's). */
    public boolean sameReleaseFigures(@Nullable SiteFacts other) {
        return other != null && figures == other.figures;
    }

    /** The current release's comparison populations: categories, ranges and global periods. */
    public Populations populations() {
        return figures.populations();
    }

    /** The current release's amounts in each locality. */
    public LocalityPricing pricing() {
        return figures.pricing();
    }

    /** The current release's qualifying-APM CF: the QPP file's, else site.yml's for its year; null when none. */
    public @Nullable BigDecimal qualifyingApmCf() {
        return figures.qualifyingApmCf();
    }

    /** The links between codes: range neighbours, endoscopy families, specialties. */
    public Related related() {
        return related;
    }

    /** A code's figures: in the current release, or for a deleted code in the last release that has it. */
    public CodeFacts code(CodeEntry entry) {
        Release current = site.release();
        return entry.release() == current
                ? CodeFacts.of(entry.rows(), current, figures.populations(), figures.qualifyingApmCf())
                : CodeFacts.ofDeleted(
                        entry.rows(),
                        entry.release(),
                        ConversionFactors.qualifyingApm(
                                entry.release(), site.content().settings()));
    }
}
