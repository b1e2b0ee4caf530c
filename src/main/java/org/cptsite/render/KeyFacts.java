package org.cptsite.render;

import java.math.BigDecimal;
import org.cptsite.compute.CodeFacts;
import org.cptsite.compute.Indicators;
import org.cptsite.compute.NationalPayment;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;

/**
 * The figures a reader lands on a code page for, shown first: the national payment in both settings (or why
 * there is none), total and work RVUs, the global period and the status. The detailed sections follow.
 *
 * @param nonFacility the national non-facility amount of the headline row ({@link
 *     org.cptsite.model.CodeRows#headline()}), null when {@code noPayment} says why
 * @param row the headline row's modifier where it has one ("modifier 26"), else null:
 *     the figures are that row's
 * @param noPayment why the code shows no amount (anesthesia rule, contractor pricing, not paid), else null
 * @param totals "4.11 non-facility, 3.49 facility", null for anesthesia codes, which have no RVUs
 * @param releaseId the release the figures are of (a deleted code's last), named in the first screen
 * @param conversionFactor its CF as the file gives it, never rounded; null for anesthesia codes (units, their own CF)
 */
public record KeyFacts(
        String nonFacility,
        boolean nonFacilityCapped,
        String facility,
        boolean facilityCapped,
        String row,
        String noPayment,
        String work,
        String totals,
        String global,
        boolean addOn,
        String status,
        String releaseId,
        String conversionFactor) {

    static KeyFacts of(CodeFacts facts, Release release) {
        RvuRow main = facts.code().main();
        RvuRow headline = facts.code().headline();
        NationalPayment p = facts.headlinePayment();
        boolean anesthesia = main.anesthesia();
        String noPayment = null;
        if (anesthesia) {
            noPayment = "Paid by (base units + time units) \u00d7 the anesthesia conversion factor"
                    + (release.anesthesiaCf() == null
                            ? ""
                            : " (" + release.anesthesiaCf().toPlainString() + " nationally)")
                    + "; no RVUs.";
        } else if (p == null) {
            noPayment = main.contractorPriced()
                    ? Text.capitalise(Text.contractorPricing(main)) + "."
                    : Text.NOT_PAID + " under the fee schedule (status " + main.status() + ").";
        }
        return new KeyFacts(
                p == null ? null : amount(p.nonFacility()),
                p != null && p.nonFacilityCapped(),
                p == null ? null : amount(p.facility()),
                p != null && p.facilityCapped(),
                headline.modifier().isEmpty() ? null : "modifier " + headline.modifier(),
                noPayment,
                anesthesia ? null : Text.rvu(headline.rvus().work()),
                anesthesia
                        ? null
                        : Text.rvu(headline.rvus().nonFacilityTotal()) + " non-facility, "
                                + Text.rvu(headline.rvus().facilityTotal()) + " facility",
                global(headline.global().days()),
                facts.addOn(),
                // A code whose main row has no amount, led by another row's: both statuses.
                status(main) + (headline == main ? "" : "; " + Text.component(headline) + ": " + status(headline)),
                release.id(),
                anesthesia ? null : release.conversionFactor().toPlainString());
    }

    private static String status(RvuRow row) {
        return row.status() + " \u2013 " + Indicators.status(row.status());
    }

    private static String amount(BigDecimal value) {
        return value == null ? Text.NOT_EXPECTED : Text.dollars(value);
    }

    /** "90 days", "10 days", "0 days", or the code with its short meaning ("Add-on (ZZZ): that of the primary procedure"). */
    private static String global(String days) {
        return switch (days) {
            case "000" -> "0 days (000)";
            case "010" -> "10 days (010)";
            case "090" -> "90 days (090)";
            case "ZZZ" -> "Add-on (ZZZ): that of the primary procedure";
            case "XXX" -> "Does not apply (XXX)";
            case "YYY" -> "Set by the contractor (YYY)";
            case "MMM" -> "Maternity (MMM)";
            case "" -> "None given";
            default -> days;
        };
    }
}
