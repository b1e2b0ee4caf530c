package org.cptsite.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.cptsite.Rows;
import org.cptsite.compute.ModifierRules.Outcome;
import org.cptsite.compute.ModifierRules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The payment modifiers' rules, one case per indicator value, applied to hand-checked amounts. */
class ModifierRulesTest {
    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** Applies a rule to $144.96 (38900's national non-facility amount), for the share columns below. */
    private static void check(Rule rule, String value, Outcome outcome, String share, String amount) {
        assertEquals(outcome, rule.outcome(), rule.text());
        assertEquals(d(share), rule.share());
        assertTrue(
                rule.text().contains("(indicator " + value + ")"),
                "the rule names its indicator value: " + rule.text());
        assertEquals(d(amount), ModifierRules.apply(rule, d("144.96"), null));
    }

    @ParameterizedTest(name = "bilateral indicator {0}: {1} {2}")
    @CsvSource({
        "1, SHARE, 1.50, 217.44", // 144.96 x 1.5
        "2, SHARE, 1.00, 144.96", // already bilateral
        "3, SHARE, 2.00, 289.92", // each side at 100%
        "0, SHARE, 1.00, 144.96", // no 150% rule
        "9, NOT_APPLICABLE, , ",
    })
    void bilateral(String value, Outcome outcome, String share, String amount) {
        check(ModifierRules.bilateral(value), value, outcome, share, amount);
    }

    @ParameterizedTest(name = "multiple procedure indicator {0}: {1} {2}")
    @CsvSource({
        "0, SHARE, 1.00, 144.96",
        "2, SHARE, 0.50, 72.48",
        "1, DESCRIBED, , ",
        "4, DESCRIBED, , ",
        "5, DESCRIBED, , ",
        "6, DESCRIBED, , ",
        "7, DESCRIBED, , ",
        "9, NOT_APPLICABLE, , ",
    })
    void multipleProcedures(String value, Outcome outcome, String share, String amount) {
        check(ModifierRules.multiple(value, ""), value, outcome, share, amount);
    }

    @ParameterizedTest(name = "assistant indicator {0}: {1} {2} / AS {4}")
    @CsvSource({
        "2, SHARE, 0.16, 23.19, 0.136, 19.71", // 144.96 x 0.16 = 23.1936; x 0.136 = 19.71456
        "0, SHARE, 0.16, 23.19, 0.136, 19.71", // with documentation
        "1, NOT_PAID, , , , ",
        "9, NOT_APPLICABLE, , , , ",
    })
    void assistantAtSurgery(
            String value, Outcome outcome, String share, String amount, String asShare, String asAmount) {
        check(ModifierRules.assistant(value), value, outcome, share, amount);
        check(ModifierRules.nonPhysicianAssistant(value), value, outcome, asShare, asAmount);
        if (outcome == Outcome.NOT_PAID)
            assertTrue(ModifierRules.assistant(value).text().startsWith("Not paid"));
    }

    @ParameterizedTest(name = "co-surgeon indicator {0}: {1} {2}")
    @CsvSource({
        "2, SHARE, 0.625, 90.60", // 144.96 x 0.625 = 90.6
        "1, SHARE, 0.625, 90.60", // with documentation
        "0, NOT_PAID, , ",
        "9, NOT_APPLICABLE, , ",
    })
    void coSurgeons(String value, Outcome outcome, String share, String amount) {
        check(ModifierRules.coSurgeons(value), value, outcome, share, amount);
    }

    @ParameterizedTest(name = "team indicator {0}: {1}")
    @CsvSource({
        "2, BY_REPORT, By report",
        "1, BY_REPORT, By report",
        "0, NOT_PAID, Not paid",
        "9, NOT_APPLICABLE, The team surgery concept",
    })
    void teamSurgery(String value, Outcome outcome, String start) {
        Rule rule = ModifierRules.team(value);
        check(rule, value, outcome, null, null);
        assertTrue(rule.text().startsWith(start), rule.text());
    }

    /** 62.5% of $122.92 = $76.825: a half cent, rounded up. */
    @Test
    void sharesRoundHalfUpToTheCent() {
        assertEquals(d("76.83"), ModifierRules.apply(ModifierRules.coSurgeons("2"), d("122.92"), null));
        assertEquals(d("16.72"), ModifierRules.apply(ModifierRules.nonPhysicianAssistant("2"), d("122.92"), null));
    }

    @Test
    void anAmountNotExpectedGivesNoRuleAmount() {
        assertNull(ModifierRules.apply(ModifierRules.bilateral("1"), null, null));
    }

    /** Endoscopy family: this code's amount less its base code's; a base without amount gives none. */
    @Test
    void endoscopyFamilySubtractsTheBaseCode() {
        Rule rule = ModifierRules.multiple("3", "43235");
        assertEquals(Outcome.ENDOSCOPY, rule.outcome());
        assertEquals("43235", rule.baseCode());
        assertTrue(rule.text().contains("base code 43235") && rule.text().contains("(indicator 3)"), rule.text());
        assertEquals(d("61.37"), ModifierRules.apply(rule, d("212.19"), d("150.82")));
        assertNull(ModifierRules.apply(rule, d("212.19"), null));
        assertEquals(d("0.00"), ModifierRules.apply(rule, d("100.00"), d("120.00")), "never below zero");
    }

    @Test
    void theRulesOfARowInOrder() {
        List<Rule> rules = ModifierRules.of(Rows.row38900().build());
        assertEquals(
                List.of("50", "51", "80, 81, 82", "AS", "62", "66"),
                rules.stream().map(Rule::modifiers).toList());
        // 38900: bilateral 1, multiple procedure 0, assistant 2, co-surgeon 1, team 0
        assertEquals(
                List.of(Outcome.SHARE, Outcome.SHARE, Outcome.SHARE, Outcome.SHARE, Outcome.SHARE, Outcome.NOT_PAID),
                rules.stream().map(Rule::outcome).toList());
    }

    @Test
    void onlyTheRulesThatApply() {
        // A chest X-ray (global XXX) with every surgical indicator 0: none of the surgical modifiers is in play.
        assertEquals(
                List.of(),
                ModifierRules.of(Rows.row("71046")
                        .global("XXX")
                        .multipleProcedure("0")
                        .bilateral("0")
                        .assistant("0")
                        .coSurgeon("0")
                        .build()));
        // Indicator 9 (concept does not apply) is left out on any code; a surgical code keeps its 0s (restrictions).
        List<Rule> rules = ModifierRules.of(Rows.row("27447")
                .global("090")
                .multipleProcedure("9")
                .bilateral("1")
                .assistant("0")
                .coSurgeon("9")
                .build());
        assertEquals(
                List.of("50", "80, 81, 82", "AS", "66"),
                rules.stream().map(Rule::modifiers).toList());
    }

    @Test
    void anUnknownIndicatorValueIsDescribedNotGuessed() {
        Rule rule = ModifierRules.bilateral("7");
        assertEquals(Outcome.DESCRIBED, rule.outcome());
        assertNull(ModifierRules.apply(rule, d("144.96"), null));
    }
}
