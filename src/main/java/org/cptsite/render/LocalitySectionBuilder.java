package org.cptsite.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cptsite.compute.LocalityGpcis;
import org.cptsite.compute.LocalityPricing;
import org.cptsite.compute.ModifierRules;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;
import org.cptsite.model.SiteSettings;

/**
 * Builds the {@link LocalitySection} of each code page; one per site, shared by the page threads. A deleted
 * code's figures are those of the last release that has it: its modifier amounts and formula use that
 * release's CF, and it gets no locality picker, whose GPCIs and CF are the current release's.
 */
final class LocalitySectionBuilder {
    private final LocalityPricing pricing;
    private final SiteSettings settings;
    private final String localitiesUrl;
    private final String scriptUrl;
    /**
     * The pricing of each older release a deleted code is last in, made when its first page needs it; by id, as a
     * Release's own hash code would hash all its rows on every lookup.
     */
    private final Map<String, LocalityPricing> older = new ConcurrentHashMap<>();

    LocalitySectionBuilder(LocalityPricing pricing, SiteSettings settings, String localitiesUrl, String scriptUrl) {
        this.pricing = pricing;
        this.settings = settings;
        this.localitiesUrl = localitiesUrl;
        this.scriptUrl = scriptUrl;
    }

    /** The section of {@code code} as {@code release} (the current one, or a deleted code's last) has it. */
    /** Each release's words for its work GPCI, by id: the same on every page, so made once, not per page. */
    private final Map<String, String> workGpciTexts = new ConcurrentHashMap<>();

    /**
     * "the work GPCI without the 1.0 floor, as the GPCI file's note ends the floor on January 31, 2026": the
     * column {@code pricing} uses, and why where the default chose it by the note; null without localities.
     */
    private String workGpciText(LocalityPricing pricing) {
        if (pricing.localities().isEmpty()) return null;
        if (!pricing.floorMatters()) return "the work GPCI as the GPCI file gives it (it has one work column)";
        String text = "the work GPCI " + pricing.workGpci().label();
        java.time.LocalDate through = pricing.release().workFloorThrough();
        if (settings.workGpci() != SiteSettings.WorkGpci.AUTO || through == null) return text;
        return text
                + (pricing.workGpci() == SiteSettings.WorkGpci.NO_FLOOR
                        ? ", as the GPCI file's note ends the floor on "
                        : ", which the GPCI file's note keeps through ")
                + Text.date(through);
    }

    LocalitySection build(CodeRows code, Release release) {
        boolean current = release == this.pricing.release();
        LocalityPricing pricing = current
                ? this.pricing
                : older.computeIfAbsent(release.id(), id -> new LocalityPricing(release, settings));
        boolean anesthesia = code.main().anesthesia();
        List<LocalitySection.RuleRow> rules = new ArrayList<>();
        for (LocalityPricing.RuleAmount r :
                pricing.price(code, LocalityGpcis.NATIONAL).rules()) {
            rules.add(ruleRow(r));
        }
        String workGpci = pricing.localities().isEmpty()
                ? null
                : workGpciTexts.computeIfAbsent(release.id(), id -> workGpciText(pricing));
        return new LocalitySection(
                anesthesia,
                pricing.localities().size(),
                release.id(),
                this.pricing.release().id(),
                release.conversionFactor().toPlainString(),
                workGpci,
                settings.workGpci().key(), // as site.yml has it (auto: the column follows the note)
                rules,
                code.main().modifierLabel(),
                code.rows().stream()
                        .anyMatch(r -> r.modifier().equals("26") || r.modifier().equals("TC")),
                plain(release.anesthesiaCf()),
                plain(release.anesthesiaQualifyingApmCf()),
                localitiesUrl,
                scriptUrl,
                current ? LocalityData.page(code, pricing, anesthesia) : "",
                anesthesia || code.rows().stream().anyMatch(RvuRow::payable) ? null : noAmounts(code.main()));
    }

    /**
     * Why a code none of whose rows is paid under the fee schedule has no locality amounts: a formula with the
     * CF and a locality picker would offer a reader amounts that do not exist.
     */
    private static String noAmounts(RvuRow main) {
        return main.contractorPriced()
                ? "No locality amounts: this code is " + Text.contractorPricing(main)
                        + ", and each contractor sets the amount for its own area."
                : "No locality amounts: this code is not paid under the fee schedule (status " + main.status() + ": "
                        + Text.statusMeaning(main) + ").";
    }

    private static LocalitySection.RuleRow ruleRow(LocalityPricing.RuleAmount r) {
        ModifierRules.Rule rule = r.rule();
        String share;
        String words;
        switch (rule.outcome()) {
            case SHARE -> {
                share = percent(rule.share());
                words = null;
            }
            case ENDOSCOPY -> {
                share = "amount \u2212 " + rule.baseCode();
                words = null;
            }
            case NOT_PAID -> {
                share = Text.NOT_PAID;
                words = Text.NOT_PAID;
            }
            case BY_REPORT -> {
                share = "By report";
                words = "By report";
            }
            case NOT_APPLICABLE -> {
                share = "n/a";
                words = "Does not apply";
            }
            default -> {
                share = "Varies";
                words = "Depends on the other services";
            }
        }
        return new LocalitySection.RuleRow(
                rule.modifiers(),
                rule.name(),
                rule.text(),
                share,
                words != null ? words : amount(r.nonFacility()),
                words != null ? words : amount(r.facility()),
                rule.priced());
    }

    /** 1.50 -> "150%", 0.625 -> "62.5%", 0.136 -> "13.6%". */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String amount(BigDecimal v) {
        return v == null ? Text.NA : Text.dollars(v);
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
