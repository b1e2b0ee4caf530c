package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cptsite.model.CheckRule;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.SiteSettings;
import org.junit.jupiter.api.Test;

/** {@code checks: { rule: warning }} in site.yml: rule names and levels are checked strictly, with a line and a fix. */
class ChecksSettingTest {
    private static final String BASE = "name: Test\nbase_url: https://www.example.org\n";

    private static SiteSettings read(String yaml, Problems problems) {
        return SettingsReader.read("content/site.yml", yaml, problems);
    }

    @Test
    void everyRuleIsAnErrorByDefault() {
        Problems problems = new Problems();
        SiteSettings s = read(BASE, problems);
        assertFalse(problems.hasErrors());
        for (CheckRule r : CheckRule.values()) assertEquals(CheckRule.Level.ERROR, s.level(r));
    }

    @Test
    void rulesBecomeWarnings() {
        Problems problems = new Problems();
        SiteSettings s = read(BASE + "checks: { title_length: warning, page_weight: warning, h1: error }\n", problems);
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertEquals(
                Map.of(
                        CheckRule.TITLE_LENGTH,
                        CheckRule.Level.WARNING,
                        CheckRule.PAGE_WEIGHT,
                        CheckRule.Level.WARNING,
                        CheckRule.H1,
                        CheckRule.Level.ERROR),
                s.checks());
        assertEquals(CheckRule.Level.WARNING, s.level(CheckRule.PAGE_WEIGHT));
        assertEquals(CheckRule.Level.ERROR, s.level(CheckRule.DESCRIPTION_LENGTH));
        assertEquals(s.checks(), s.withBaseUrl("https://other.example").checks(), "kept with --base-url");
    }

    @Test
    void theBlockFormWorksToo() {
        Problems problems = new Problems();
        SiteSettings s = read(BASE + "checks:\n  page_weight: warning\n", problems);
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertEquals(CheckRule.Level.WARNING, s.level(CheckRule.PAGE_WEIGHT));
    }

    @Test
    void anUnknownRuleIsAnErrorWithItsLineAndDidYouMean() {
        Problems problems = new Problems();
        read(BASE + "language: en\nchecks:\n  page_weight: warning\n  titel_length: warning\n", problems);
        assertEquals(1, problems.errorCount());
        Problem p = problems.all().get(0);
        assertEquals("content/site.yml", p.file());
        assertEquals(6, p.line());
        assertEquals("unknown key 'titel_length'", p.message());
        assertTrue(p.fix().startsWith("did you mean 'title_length'? known keys: h1, title, title_length"), p.fix());
    }

    @Test
    void anUnknownLevelIsAnErrorWithItsLineAndDidYouMean() {
        Problems problems = new Problems();
        read(BASE + "checks: { page_weight: warnig }\n", problems);
        assertEquals(1, problems.errorCount());
        Problem p = problems.all().get(0);
        assertEquals(3, p.line());
        assertEquals("checks: page_weight is 'warnig', neither error nor warning", p.message());
        assertTrue(p.fix().startsWith("did you mean 'warning'?"), p.fix());
    }

    @Test
    void checksMustBeAMapping() {
        Problems problems = new Problems();
        read(BASE + "checks: [page_weight]\n", problems);
        assertEquals(1, problems.errorCount());
        assertEquals(3, problems.all().get(0).line());
        assertEquals(
                "checks must map rule names to error or warning",
                problems.all().get(0).message());
    }
}
