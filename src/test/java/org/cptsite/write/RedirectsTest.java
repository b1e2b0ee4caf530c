package org.cptsite.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.Redirect;
import org.cptsite.output.BasePath;
import org.junit.jupiter.api.Test;

class RedirectsTest {
    private static final BasePath ROOT = BasePath.of("https://example.org");

    private static String text(List<Redirect> r, BasePath base, Problems problems) {
        return new String(Redirects.of(r, base, false, problems), StandardCharsets.UTF_8);
    }

    @Test
    void oneSortedLinePerRedirectWithAnExplicit301() {
        Problems problems = new Problems();
        assertEquals(
                "/cpt/0001T/ /cpt/0002T/ 301\n/cpt/38900/ /cpt/38792/ 301\n",
                text(
                        List.of(
                                new Redirect("/cpt/38900/", "/cpt/38792/"),
                                new Redirect("/cpt/0001T/", "/cpt/0002T/"),
                                new Redirect("/cpt/38900/", "/cpt/38792/")),
                        ROOT,
                        problems));
        assertEquals(List.of(), problems.all());
        assertEquals("", text(List.of(), ROOT, problems));
    }

    /**
     * Forced (redirects: forced), for Netlify: it applies no unforced rule where a file exists, and a deleted
     * code's page does. Cloudflare Pages always applies its rules, and would drop a line with the "!".
     */
    @Test
    void forcedRedirectsEndIn301Bang() {
        Problems problems = new Problems();
        assertEquals(
                "/cpt/0001T/ /cpt/0002T/ 301!\n/cpt/38900/ /cpt/38792/ 301!\n",
                new String(
                        Redirects.of(
                                List.of(
                                        new Redirect("/cpt/38900/", "/cpt/38792/"),
                                        new Redirect("/cpt/0001T/", "/cpt/0002T/")),
                                ROOT,
                                true,
                                problems),
                        StandardCharsets.UTF_8));
        assertEquals(List.of(), problems.all());
    }

    @Test
    void underTheBasePath() {
        assertEquals(
                "/fees/cpt/0001T/ /fees/cpt/0002T/ 301\n",
                text(
                        List.of(new Redirect("/cpt/0001T/", "/cpt/0002T/")),
                        BasePath.of("https://example.org/fees"),
                        new Problems()));
    }

    @Test
    void atMost2000LinesAndAWarningForTheRest() {
        List<Redirect> many = new ArrayList<>();
        for (int i = 2_005; i > 0; i--) many.add(new Redirect(String.format("/cpt/%05d/", i), "/cpt/99999/"));
        Problems problems = new Problems();
        String text = text(many, ROOT, problems);
        assertEquals(2_000, text.lines().count());
        assertTrue(text.startsWith("/cpt/00001/ /cpt/99999/ 301\n"));
        assertTrue(text.endsWith("/cpt/02000/ /cpt/99999/ 301\n"));
        Problem p = problems.all().get(0);
        assertEquals(false, p.isError());
        assertEquals(
                "_redirects: warning: 2005 redirects, more than the 2000 lines Cloudflare Pages reads: the first "
                        + "2000 (by URL) are written, the other 5 are not",
                p.format().lines().findFirst().orElseThrow());
    }
}
