package org.cptsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cptsite.model.CodeRows;
import org.cptsite.model.RvuRow;

/** Billing notes that follow from a code's own indicators, so every page says what applies to it. */
final class BillingNotes {
    private BillingNotes() {}

    static final String ADD_ON_RULE = "Add-on code: report it together with the primary procedure it adds to, never "
            + "alone; it is paid within the primary procedure's global period and takes no multiple-procedure "
            + "reduction.";
    private static final Pattern ADD_ON = Pattern.compile("\\badd-on\\b", Pattern.CASE_INSENSITIVE);

    /**
     * @param editorialHtml the code's own billing text, shown below the notes; where it speaks of add-on codes,
     *     the add-on rule is not said a second time (a category's text, about add-ons in general, does not count)
     */
    static List<String> of(CodeRows code, String editorialHtml) {
        RvuRow r = code.main();
        List<String> notes = new ArrayList<>();
        switch (r.global().days()) {
            case "ZZZ" -> {
                if (!ADD_ON.matcher(editorialHtml).find()) notes.add(ADD_ON_RULE);
            }
            case "090" ->
                notes.add("90-day global period: the day-before visit and 90 days of routine follow-up "
                        + "are included; unrelated care in that window needs modifier 24, 25 or 79 as applicable.");
            case "010" -> notes.add("10-day global period: routine follow-up for 10 days is included in the payment.");
            case "000" ->
                notes.add("0-day global period: care on the day of the procedure is included; a separate, "
                        + "significant E/M service that day needs modifier 25.");
            case "MMM" ->
                notes.add("Maternity code: the global surgery rules do not apply; antepartum, delivery "
                        + "and postpartum care are defined by the code itself.");
            default -> {}
        }
        if (!r.policy().endoscopicBase().isEmpty()) {
            notes.add(
                    "Endoscopy family: priced with its base code " + r.policy().endoscopicBase()
                            + "; with another endoscopy of the same family, the base code's value is subtracted.");
        }
        if (r.policy().bilateral().equals("1")) {
            notes.add("Bilateral indicator 1: with modifier 50 (or RT and LT), Medicare pays 150% of the amount.");
        } else if (r.policy().bilateral().equals("2")) {
            notes.add("Bilateral indicator 2: the code is already bilateral; modifier 50 adds no payment.");
        } else if (r.policy().bilateral().equals("3")) {
            notes.add("Bilateral indicator 3: each side is paid at 100% of the amount.");
        }
        if (r.policy().assistant().equals("1")) {
            notes.add("Assistant at surgery (modifiers 80, 81, 82, AS) is not paid for this code.");
        } else if (r.policy().assistant().equals("0")) {
            notes.add("Assistant at surgery is paid only with documentation of medical necessity.");
        } else if (r.policy().assistant().equals("2")) {
            notes.add("An assistant at surgery may be paid (usually 16% of the amount; 13.6% for a non-physician "
                    + "with modifier AS).");
        }
        if (r.policy().coSurgeon().equals("1") || r.policy().coSurgeon().equals("2")) {
            notes.add("Co-surgeons (modifier 62) "
                    + (r.policy().coSurgeon().equals("2")
                            ? "are permitted"
                            : "need " + "documentation of medical necessity")
                    + "; each is paid 62.5% of the amount.");
        }
        if (r.policy().team().equals("1") || r.policy().team().equals("2")) {
            notes.add("Team surgery (modifier 66) is "
                    + (r.policy().team().equals("2") ? "permitted" : "paid with " + "documentation")
                    + " and priced by report.");
        }
        if (r.policy().pctc().equals("1")) {
            notes.add("Split into professional (26) and technical (TC) components: bill the global code when one "
                    + "provider does both, or the component that was performed.");
        }
        if (r.policy().notUsedForPayment()) {
            notes.add("CMS publishes RVUs for this code but does not use them for Medicare payment.");
        }
        if (!r.payable() && !r.anesthesia()) {
            notes.add("Status " + r.status() + ": the fee schedule sets no payment; check the payer's own policy.");
        }
        return notes;
    }
}
