package org.cptsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One canonical record, made by a builder that starts from each setting's default. */
class SiteSettingsTest {
    @Test
    void theBuilderStartsFromTheDefaults() {
        SiteSettings s = SiteSettings.builder().build();
        assertEquals("en", s.language());
        assertTrue(s.showCmsDescriptors());
        assertEquals(SiteSettings.WorkGpci.AUTO, s.workGpci());
        assertEquals(Hosting.DEFAULT, s.hosting());
        assertEquals(CheckRule.Level.ERROR, s.level(CheckRule.TITLE_LENGTH));
        assertFalse(s.unsafeHtml());
        assertFalse(s.allowJava());
        assertEquals(List.of(), s.releases());
        assertEquals(0, s.commonCodeLine("38900"));
    }

    @Test
    void withChangesOneSettingAndKeepsTheRest() {
        SiteSettings s = SiteSettings.builder()
                .name("Fees")
                .baseUrl("https://a.example")
                .language("en-US")
                .qualifyingApmCf(Map.of(2026, new BigDecimal("33.5675")))
                .workGpci(SiteSettings.WorkGpci.NO_FLOOR)
                .checks(Map.of(CheckRule.TITLE_LENGTH, CheckRule.Level.WARNING))
                .allowJava(true)
                .commonCodeLines(Map.of("38900", 7))
                .releases(List.of("data/rvu26"))
                .build();
        assertEquals(s, s.toBuilder().build());
        SiteSettings moved = s.withBaseUrl("https://b.example/fees");
        assertEquals("https://b.example/fees", moved.baseUrl());
        assertEquals(s, moved.withBaseUrl("https://a.example"));
        Hosting none = new Hosting(Hosting.JsonTwins.NONE, java.util.Set.of(), false);
        assertEquals(none, s.withHosting(none).hosting());
        assertEquals(CheckRule.Level.WARNING, s.withHosting(none).level(CheckRule.TITLE_LENGTH));
        assertEquals(7, s.withHosting(none).commonCodeLine("38900"));
    }
}
