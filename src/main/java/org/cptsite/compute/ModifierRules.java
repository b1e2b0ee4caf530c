package org.cptsite.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.cptsite.model.RvuRow;

/**
 * What Medicare pays for a service billed with a payment modifier, decided by the row's indicators (the CMS
 * readme's meanings; Medicare Claims Processing Manual, chapter 12):
 * <ul>
 * <li>50 bilateral: indicator 1 = 150%; 2 = already bilateral, 100%; 3 = each side at 100%, i.e. 200%;
 *     0 = the 150% rule does not apply, 100%; 9 = not applicable.
 * <li>51 multiple procedures, second and later: 0 = no reduction, 100%; 2 = 50%; 3 = endoscopy family
 *     (this code's amount less its base code's); 1 and 4-7 are described, not priced here (their reductions
 *     depend on the other services of the day).
 * <li>80, 81, 82 assistant at surgery: 16% when indicator 2, or 0 with documentation; 1 = not paid.
 *     AS (a physician assistant, nurse practitioner or clinical nurse specialist) = 85% of 16% = 13.6%.
 * <li>62 co-surgeons: 62.5% each when indicator 1 (with documentation) or 2; 0 = not paid.
 * <li>66 team surgery: by report when 1 (with documentation) or 2; 0 = not paid.
 * </ul>
 * Modifiers 26 and TC are rows of the file, priced like any row. A share applies to the fee schedule amount
 * already rounded to the cent (the capped one where the OPPS cap applies), and is rounded to the cent again.
 * templates/assets/locality.js applies the same shares in the browser.
 */
public final class ModifierRules {
    /** How a rule turns the fee schedule amount into a payment. */
    public enum Outcome {
        /** A share of the amount: 150%, 50%, 16% ... */
        SHARE,
        /** Endoscopy family: this code's amount less its base code's. */
        ENDOSCOPY,
        /** Medicare does not pay the service with this modifier. */
        NOT_PAID,
        /** The contractor prices the claim from its documentation. */
        BY_REPORT,
        /** The reduction depends on the other services billed; explained, not priced. */
        DESCRIBED,
        /** The indicator says the concept does not apply (9) to this code. */
        NOT_APPLICABLE
    }

    /**
     * One modifier's rule for a row.
     *
     * @param modifiers the modifier(s) it covers, e.g. "80, 81, 82"
     * @param indicator the indicator it follows, in words, e.g. "bilateral surgery indicator"
     * @param value the indicator's value in the file
     * @param share the share of the fee schedule amount (1.50 for 150%) where the outcome is SHARE, else null
     * @param text the rule in words, naming the indicator value
     * @param baseCode the endoscopic base code where the outcome is ENDOSCOPY, else null
     */
    public record Rule(
            String modifiers,
            String name,
            String indicator,
            String value,
            Outcome outcome,
            BigDecimal share,
            String text,
            String baseCode) {

        /** Whether the rule gives a dollar amount (a share, or the endoscopy difference). */
        public boolean priced() {
            return outcome == Outcome.SHARE || outcome == Outcome.ENDOSCOPY;
        }
    }

    static final BigDecimal ASSISTANT = new BigDecimal("0.16");
    /** 85% of the 16% a physician assistant at surgery gets. */
    static final BigDecimal NON_PHYSICIAN_ASSISTANT = new BigDecimal("0.136");

    static final BigDecimal CO_SURGEON = new BigDecimal("0.625");

    private ModifierRules() {}

    /**
     * The rules that apply to a row, in a fixed order: 50, 51, 80/81/82, AS, 62, 66. Left out: a concept the
     * indicator says does not apply (9), and, on a code without a surgical global period (XXX, MMM: a chest
     * X-ray, a visit), an indicator 0, which there only says the surgical rule is not in play.
     */
    public static List<Rule> of(RvuRow row) {
        boolean surgical =
                !row.global().days().equals("XXX") && !row.global().days().equals("MMM");
        List<Rule> rules = new ArrayList<>(6);
        RvuRow.Policy p = row.policy();
        for (Rule r : List.of(
                bilateral(p.bilateral()),
                multiple(p.multipleProcedure(), p.endoscopicBase()),
                assistant(p.assistant()),
                nonPhysicianAssistant(p.assistant()),
                coSurgeons(p.coSurgeon()),
                team(p.team()))) {
            if (r.outcome() == Outcome.NOT_APPLICABLE || !surgical && r.value().equals("0")) continue;
            rules.add(r);
        }
        return List.copyOf(rules);
    }

    /**
     * The payment under a rule, from the row's fee schedule amount in one setting (rounded to the cent) and,
     * for the endoscopy rule, the base code's. Null where the rule gives no amount, where the setting is not
     * expected (a null amount), or where the base code has no amount in that setting.
     */
    public static BigDecimal apply(Rule rule, BigDecimal amount, BigDecimal baseAmount) {
        if (amount == null) return null;
        switch (rule.outcome()) {
            case SHARE:
                return amount.multiply(rule.share()).setScale(2, RoundingMode.HALF_UP);
            case ENDOSCOPY:
                if (baseAmount == null) return null;
                BigDecimal difference = amount.subtract(baseAmount);
                return difference.signum() < 0 ? BigDecimal.ZERO.setScale(2) : difference;
            default:
                return null;
        }
    }

    static Rule bilateral(String v) {
        String name = "Bilateral surgery";
        String ind = "bilateral surgery indicator";
        return switch (v) {
            case "1" ->
                share(
                        "50",
                        name,
                        ind,
                        v,
                        "1.50",
                        "Both sides together are paid at 150% of the amount " + "for one side (indicator 1).");
            case "2" ->
                share(
                        "50",
                        name,
                        ind,
                        v,
                        "1.00",
                        "The values are already those of a bilateral service: "
                                + "100%, no increase for modifier 50 (indicator 2).");
            case "3" ->
                share(
                        "50",
                        name,
                        ind,
                        v,
                        "2.00",
                        "Each side is paid at 100%, so both sides at 200% " + "(indicator 3).");
            case "0" ->
                share(
                        "50",
                        name,
                        ind,
                        v,
                        "1.00",
                        "The 150% rule does not apply: both sides together are " + "paid at most 100% (indicator 0).");
            default -> other("50", name, ind, v, "bilateral");
        };
    }

    static Rule multiple(String v, String base) {
        String mods = "51";
        String name = "Multiple procedures, second and later";
        String ind = "multiple procedure indicator";
        return switch (v) {
            case "0" ->
                share(mods, name, ind, v, "1.00", "No multiple-procedure reduction: paid at 100% " + "(indicator 0).");
            case "2" ->
                share(
                        mods,
                        name,
                        ind,
                        v,
                        "0.50",
                        "The highest-valued procedure is paid at 100%, this one "
                                + "as a second or later procedure at 50% (indicator 2).");
            case "3" ->
                base.isEmpty()
                        ? rule(
                                mods,
                                name,
                                ind,
                                v,
                                Outcome.DESCRIBED,
                                null,
                                "Endoscopy family rule (indicator 3); the " + "file names no base code.",
                                null)
                        : rule(
                                mods,
                                name,
                                ind,
                                v,
                                Outcome.ENDOSCOPY,
                                null,
                                "Endoscopy family rule (indicator 3): as the "
                                        + "second or later endoscopy of its family, this code is paid its amount less that of its "
                                        + "base code " + base + ".",
                                base);
            case "1" ->
                rule(
                        mods,
                        name,
                        ind,
                        v,
                        Outcome.DESCRIBED,
                        null,
                        "The multiple-procedure rules in force "
                                + "before 1996 apply (indicator 1); the contractor prices it.",
                        null);
            case "4" ->
                rule(
                        mods,
                        name,
                        ind,
                        v,
                        Outcome.DESCRIBED,
                        null,
                        "Diagnostic imaging (indicator 4): the "
                                + "technical component of the second and later services of a session is reduced by 50%, the "
                                + "professional component by 5%.",
                        null);
            case "5" ->
                rule(
                        mods,
                        name,
                        ind,
                        v,
                        Outcome.DESCRIBED,
                        null,
                        "Therapy (indicator 5): the practice "
                                + "expense of the second and later services of the day is reduced by 50%.",
                        null);
            case "6" ->
                rule(
                        mods,
                        name,
                        ind,
                        v,
                        Outcome.DESCRIBED,
                        null,
                        "Cardiovascular diagnostic test "
                                + "(indicator 6): the technical component of the second and later tests of the day is "
                                + "reduced by 25%.",
                        null);
            case "7" ->
                rule(
                        mods,
                        name,
                        ind,
                        v,
                        Outcome.DESCRIBED,
                        null,
                        "Ophthalmology diagnostic test "
                                + "(indicator 7): the technical component of the second and later tests of the day is "
                                + "reduced by 20%.",
                        null);
            default -> other(mods, name, ind, v, "multiple procedure");
        };
    }

    static Rule assistant(String v) {
        String mods = "80, 81, 82";
        String name = "Assistant at surgery";
        String ind = "assistant at surgery indicator";
        return switch (v) {
            case "2" ->
                share(
                        mods,
                        name,
                        ind,
                        v,
                        "0.16",
                        "A physician assisting at surgery is paid 16% of the " + "amount (indicator 2).");
            case "0" ->
                share(
                        mods,
                        name,
                        ind,
                        v,
                        "0.16",
                        "16% of the amount, paid only with documentation of " + "medical necessity (indicator 0).");
            case "1" ->
                rule(
                        mods,
                        name,
                        ind,
                        v,
                        Outcome.NOT_PAID,
                        null,
                        "Not paid: Medicare never pays an " + "assistant at surgery for this code (indicator 1).",
                        null);
            default -> other(mods, name, ind, v, "assistant at surgery");
        };
    }

    static Rule nonPhysicianAssistant(String v) {
        String mods = "AS";
        String name = "Non-physician assistant at surgery";
        String ind = "assistant at surgery indicator";
        return switch (v) {
            case "2" ->
                share(
                        mods,
                        name,
                        ind,
                        v,
                        "0.136",
                        "A physician assistant, nurse practitioner or clinical "
                                + "nurse specialist is paid 85% of 16% = 13.6% of the amount (indicator 2).");
            case "0" ->
                share(
                        mods,
                        name,
                        ind,
                        v,
                        "0.136",
                        "13.6% of the amount (85% of 16%), paid only with "
                                + "documentation of medical necessity (indicator 0).");
            case "1" ->
                rule(
                        mods,
                        name,
                        ind,
                        v,
                        Outcome.NOT_PAID,
                        null,
                        "Not paid: no assistant at surgery is paid " + "for this code (indicator 1).",
                        null);
            default -> other(mods, name, ind, v, "assistant at surgery");
        };
    }

    static Rule coSurgeons(String v) {
        String mods = "62";
        String name = "Co-surgeons";
        String ind = "co-surgeon indicator";
        return switch (v) {
            case "2" ->
                share(
                        mods,
                        name,
                        ind,
                        v,
                        "0.625",
                        "Each of the two surgeons is paid 62.5% of the amount " + "(indicator 2).");
            case "1" ->
                share(
                        mods,
                        name,
                        ind,
                        v,
                        "0.625",
                        "Each surgeon is paid 62.5% of the amount, with "
                                + "documentation that two surgeons were needed (indicator 1).");
            case "0" ->
                rule(
                        mods,
                        name,
                        ind,
                        v,
                        Outcome.NOT_PAID,
                        null,
                        "Not paid: co-surgeons are not permitted " + "for this code (indicator 0).",
                        null);
            default -> other(mods, name, ind, v, "co-surgery");
        };
    }

    static Rule team(String v) {
        String mods = "66";
        String name = "Team surgery";
        String ind = "team surgery indicator";
        return switch (v) {
            case "2" ->
                rule(
                        mods,
                        name,
                        ind,
                        v,
                        Outcome.BY_REPORT,
                        null,
                        "By report: team surgery is permitted "
                                + "and the contractor prices it from the documentation (indicator 2).",
                        null);
            case "1" ->
                rule(
                        mods,
                        name,
                        ind,
                        v,
                        Outcome.BY_REPORT,
                        null,
                        "By report, with documentation that a "
                                + "team was needed: the contractor prices it (indicator 1).",
                        null);
            case "0" ->
                rule(
                        mods,
                        name,
                        ind,
                        v,
                        Outcome.NOT_PAID,
                        null,
                        "Not paid: team surgery is not permitted " + "for this code (indicator 0).",
                        null);
            default -> other(mods, name, ind, v, "team surgery");
        };
    }

    private static Rule share(String mods, String name, String ind, String v, String share, String text) {
        return rule(mods, name, ind, v, Outcome.SHARE, new BigDecimal(share), text, null);
    }

    private static Rule other(String mods, String name, String ind, String v, String concept) {
        if (v.equals("9")) {
            return rule(
                    mods,
                    name,
                    ind,
                    v,
                    Outcome.NOT_APPLICABLE,
                    null,
                    "The " + concept + " concept does not " + "apply to this code (indicator 9).",
                    null);
        }
        return rule(
                mods,
                name,
                ind,
                v,
                Outcome.DESCRIBED,
                null,
                "Indicator " + (v.isEmpty() ? "blank" : v) + " is not described in the CMS readme; ask the contractor.",
                null);
    }

    private static Rule rule(
            String mods,
            String name,
            String ind,
            String v,
            Outcome outcome,
            BigDecimal share,
            String text,
            String base) {
        return new Rule(mods, name, ind, v, outcome, share, text, base);
    }
}
