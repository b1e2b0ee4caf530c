package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.SiteSettings;
import org.junit.jupiter.api.Test;

/** {@code redirects: plain|forced} in site.yml: plain by default, anything else an error with a fix. */
class RedirectsSettingTest {
    private static final String BASE = "name: Test\nbase_url: https://www.example.org\n";

    private static SiteSettings read(String yaml, Problems problems) {
        return SettingsReader.read("content/site.yml", yaml, problems);
    }

    @Test
    void plainIsTheDefaultAndForcedIsRead() {
        Problems problems = new Problems();
        assertFalse(read(BASE, problems).hosting().forcedRedirects());
        assertFalse(read(BASE + "redirects: plain\n", problems).hosting().forcedRedirects());
        assertTrue(read(BASE + "redirects: forced\n", problems).hosting().forcedRedirects());
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
    }

    @Test
    void anotherValueIsAnErrorWithItsLineAndAFix() {
        Problems problems = new Problems();
        read(BASE + "language: en\nredirects: force\n", problems);
        assertTrue(problems.hasErrors());
        Problem p = problems.all().get(0);
        assertEquals("content/site.yml", p.file());
        assertEquals(4, p.line());
        assertEquals("redirects 'force' is none of plain, forced", p.message());
        assertTrue(p.fix().startsWith("did you mean 'forced'? write redirects: plain"), p.fix());
    }
}
