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
 * @param nonFacility the national non-facility amount of the main row, null when {@code noPayment} says why
 * @param noPayment why the code shows no amount (anesthesia rule, contractor pricing, not paid), else null
 * @param totals "4.11 non-facility, 3.49 facility", null for anesthesia codes, which have no RVUs
 */
public record KeyFacts(
        String nonFacility,
        boolean nonFacilityCapped,
        String facility,
        boolean facilityCapped,
        String noPayment,
        String work,
        String totals,
        String global,
        boolean addOn,
        String status) {

    static KeyFacts of(CodeFacts facts, Release release) {
        RvuRow main = facts.code().main();
        NationalPayment p = facts.mainPayment();
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
                    ? "Priced by the Medicare contractor (status C)."
                    : Text.NOT_PAID + " under the fee schedule (status " + main.status() + ").";
        }
        return new KeyFacts(
                p == null ? null : amount(p.nonFacility()),
                p != null && p.nonFacilityCapped(),
                p == null ? null : amount(p.facility()),
                p != null && p.facilityCapped(),
                noPayment,
                anesthesia ? null : Text.rvu(main.rvus().work()),
                anesthesia
                        ? null
                        : Text.rvu(main.rvus().nonFacilityTotal()) + " non-facility, "
                                + Text.rvu(main.rvus().facilityTotal()) + " facility",
                global(main.global().days()),
                facts.addOn(),
                main.status() + " \u2013 " + Indicators.status(main.status()));
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
