package org.cptsite.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.model.AnesthesiaFactor;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Locality;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;
import org.cptsite.model.SiteSettings;
import org.jspecify.annotations.Nullable;

/**
 * Prices the codes of a release in its localities: every row's {@link LocalityPayment} and the main row's
 * {@link ModifierRules} amounts, with the work GPCI the site setting chooses. {@link LocalityGpcis#NATIONAL}
 * prices the national amounts the same way.
 */
public final class LocalityPricing {
    /** A modifier rule with its amounts in both settings (null where it gives none). */
    public record RuleAmount(
            ModifierRules.Rule rule,
            @Nullable BigDecimal nonFacility,
            @Nullable BigDecimal facility) {}

    /**
     * A code's prices at one set of GPCIs.
     *
     * @param rows one per row of the code, in file order; null where the row is not paid under the fee schedule
     * @param rules the main row's modifier rules, empty when the main row is not paid under the fee schedule
     */
    public record CodePrice(List<@Nullable LocalityPayment> rows, List<RuleAmount> rules) {}

    private final Release release;
    private final SiteSettings.WorkGpci workGpci;
    private final BigDecimal apmCf;
    private final Map<String, Locality> localities = new LinkedHashMap<>();
    private final Map<String, AnesthesiaFactor> anesthesia = new LinkedHashMap<>();

    public LocalityPricing(Release release, SiteSettings settings) {
        this.release = release;
        this.workGpci = settings.workGpci().forRelease(release);
        this.apmCf = ConversionFactors.qualifyingApm(release, settings);
        for (Locality l : release.localities()) localities.putIfAbsent(l.id(), l);
        for (AnesthesiaFactor a : release.anesthesia()) anesthesia.putIfAbsent(a.mac() + "-" + a.locality(), a);
    }

    public Release release() {
        return release;
    }

    public SiteSettings.WorkGpci workGpci() {
        return workGpci;
    }

    /** The qualifying APM CF, or null when none applies to the release. */
    public @Nullable BigDecimal apmCf() {
        return apmCf;
    }

    /** The localities in the GPCI file's order (by state, then name), one per MAC-locality id. */
    public List<Locality> localities() {
        return List.copyOf(localities.values());
    }

    /** The locality with the id MAC-locality (e.g. 10112-00), or null. */
    public @Nullable Locality locality(String id) {
        return localities.get(id);
    }

    public LocalityGpcis gpcis(Locality locality) {
        return LocalityGpcis.of(locality, workGpci);
    }

    /** Whether the work GPCI setting changes anything: the file has two work columns that differ somewhere. */
    public boolean floorMatters() {
        return localities.values().stream().anyMatch(l -> l.workGpci().compareTo(l.workGpciFloored()) != 0);
    }

    /** The locality's row of the ANES file, or null when it has none. */
    public @Nullable AnesthesiaFactor anesthesia(Locality locality) {
        return anesthesia.get(locality.id());
    }

    public CodePrice price(CodeRows code, LocalityGpcis g) {
        List<LocalityPayment> rows = new ArrayList<>();
        for (RvuRow r : code.rows()) rows.add(LocalityPayment.of(r, g, release.conversionFactor(), apmCf));
        RvuRow main = code.main();
        LocalityPayment mainPayment = rows.get(code.rows().indexOf(main));
        List<RuleAmount> rules = new ArrayList<>();
        if (mainPayment != null) {
            for (ModifierRules.Rule rule : ModifierRules.of(main)) {
                LocalityPayment base = rule.baseCode() == null ? null : basePayment(rule.baseCode(), g);
                rules.add(new RuleAmount(
                        rule,
                        ModifierRules.apply(rule, mainPayment.nonFacility(), base == null ? null : base.nonFacility()),
                        ModifierRules.apply(rule, mainPayment.facility(), base == null ? null : base.facility())));
            }
        }
        return new CodePrice(rows, rules);
    }

    /** The main row of an endoscopic base code: what the endoscopy rule subtracts; null when it is not paid. */
    public @Nullable RvuRow baseRow(String baseCode) {
        CodeRows base = release.codes().get(baseCode);
        return base == null || !base.main().payable() ? null : base.main();
    }

    private LocalityPayment basePayment(String baseCode, LocalityGpcis g) {
        RvuRow row = baseRow(baseCode);
        return row == null ? null : LocalityPayment.of(row, g, release.conversionFactor(), apmCf);
    }
}
