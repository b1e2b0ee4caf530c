package org.cptsite.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cptsite.Sites;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Problems;
import org.cptsite.model.SiteSettings;
import org.cptsite.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compute stage: a site's facts made once, with each code's range, and reused only while they hold. */
class SiteFactsTest {
    private static SiteFacts facts;

    @BeforeAll
    static void compute() {
        Problems problems = new Problems();
        facts = new Pipeline(
                        new Pipeline.Options(
                                Sites.SAMPLE,
                                Sites.CONTENT,
                                Sites.TEMPLATES,
                                null,
                                Sites.BASE_URL,
                                LocalDate.of(2026, 1, 1)),
                        m -> {})
                .facts(problems);
        assertNotNull(facts, () -> problems.all().toString());
    }

    @Test
    void aCodeIsComparedWithItsCategoryItsRangeAndItsGlobalPeriod() {
        CodeFacts code = facts.code(facts.site().code("38900"));
        assertEquals(3, code.comparisons().size(), code.comparisons()::toString);
        assertEquals("38100–38999", code.comparisons().get(1).population());
        assertEquals(37, code.comparisons().get(1).size());
    }

    @Test
    void theConversionFactorsAreTheReleases() {
        // The sample's QPP file gives the qualifying APM CF; the PPRRVU file the current one.
        assertEquals(facts.site().release().qualifyingApmCf(), facts.qualifyingApmCf());
        assertEquals(
                0,
                new BigDecimal("33.4009")
                        .compareTo(facts.code(facts.site().code("38900")).conversionFactor()));
        assertEquals(facts.qualifyingApmCf(), facts.pricing().apmCf(), "the pages' locality amounts use the same");
    }

    @Test
    void releaseFiguresAreReusedWhileReleasesSettingsAndRangesHold() {
        SiteFacts again = SiteFacts.of(facts.site(), facts);
        assertTrue(again.sameReleaseFigures(facts));
        assertSame(facts.populations(), again.populations());
        assertNotSame(facts.related(), again.related(), "the links between codes follow every content edit");

        LinkedSite site = facts.site();
        SiteSettings other = site.content().settings().withBaseUrl("https://other.example.org");
        LinkedSite changed = new LinkedSite(
                site.releases(), site.content().withSettings(other), site.codes(), site.categories(), site.deleted());
        SiteFacts recomputed = SiteFacts.of(changed, facts);
        assertFalse(recomputed.sameReleaseFigures(facts));
        assertNotSame(facts.populations(), recomputed.populations());
    }
}
