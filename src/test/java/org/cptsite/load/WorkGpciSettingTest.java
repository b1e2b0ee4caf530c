package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.SiteSettings;
import org.junit.jupiter.api.Test;

/** {@code work_gpci: floor|no_floor} in site.yml: the floor by default, anything else an error with a fix. */
class WorkGpciSettingTest {
    private static final String BASE = "name: Test\nbase_url: https://www.example.org\n";

    private static SiteSettings read(String yaml, Problems problems) {
        return SettingsReader.read("content/site.yml", yaml, problems);
    }

    @Test
    void autoIsTheDefault() {
        Problems problems = new Problems();
        assertEquals(SiteSettings.WorkGpci.AUTO, read(BASE, problems).workGpci());
        assertFalse(problems.hasErrors());
    }

    @Test
    void eachValueIsRead() {
        Problems problems = new Problems();
        assertEquals(
                SiteSettings.WorkGpci.AUTO,
                read(BASE + "work_gpci: auto\n", problems).workGpci());
        assertEquals(
                SiteSettings.WorkGpci.NO_FLOOR,
                read(BASE + "work_gpci: no_floor\n", problems).workGpci());
        assertEquals(
                SiteSettings.WorkGpci.FLOOR,
                read(BASE + "work_gpci: floor\n", problems).workGpci());
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
    }

    @Test
    void anotherValueIsAnErrorWithItsLineAndAFix() {
        Problems problems = new Problems();
        read(BASE + "language: en\nwork_gpci: flor\n", problems);
        assertTrue(problems.hasErrors());
        Problem p = problems.all().get(0);
        assertEquals("content/site.yml", p.file());
        assertEquals(4, p.line());
        assertEquals("work_gpci 'flor' is none of auto, floor and no_floor", p.message());
        assertTrue(p.fix().startsWith("did you mean 'floor'? write work_gpci: auto"), p.fix());
    }

    @Test
    void theSettingSurvivesAnotherBaseUrl() {
        Problems problems = new Problems();
        SiteSettings s = read(BASE + "work_gpci: no_floor\n", problems).withBaseUrl("https://other.example");
        assertEquals(SiteSettings.WorkGpci.NO_FLOOR, s.workGpci());
    }
}
