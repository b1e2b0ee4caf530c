package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Code numbers of editorial text link to their pages, and nothing else is touched. */
class CodeLinksTest {
    private final CodeLinks links = new CodeLinks(Set.of("27447", "27130", "G0105", "0042T", "1036F")::contains);

    private static String a(String code, String folder) {
        return "<a href=\"/" + folder + "/" + code + "/\">" + code + "</a>";
    }

    @Test
    void codesOfTheReleaseInTextBecomeLinks() {
        assertEquals(
                "<p>See " + a("27447", "cpt") + " (or " + a("27130", "cpt") + "), " + a("G0105", "hcpcs") + ", "
                        + a("0042T", "cpt") + " and " + a("1036F", "cpt") + ".</p>",
                links.link("<p>See 27447 (or 27130), G0105, 0042T and 1036F.</p>", null));
    }

    @Test
    void notThePagesOwnCodeNorACodeOutsideTheRelease() {
        assertEquals(
                "<p>Bill 27447 once; " + a("27130", "cpt") + " for the hip; 99999 is not in the release.</p>",
                links.link("<p>Bill 27447 once; 27130 for the hip; 99999 is not in the release.</p>", "27447"));
        // The cached form for other pages still links it.
        assertEquals("<p>" + a("27447", "cpt") + "</p>", links.link("<p>27447</p>", null));
        assertEquals("<p>27447</p>", links.link("<p>27447</p>", "27447"));
    }

    @Test
    void notInsideLinksCodeHeadingsOrAttributes() {
        String html = "<h3 id=\"after-27447\">After 27447</h3>\n"
                + "<p><a href=\"https://example.org/27447\" title=\"27447\">27447 at CMS</a> "
                + "<code>27447</code> <img src=\"/x.png\" alt=\"27130\"> <!-- 27130 --></p>\n"
                + "<pre><code>27447\n</code></pre><p><span title=\"a > 27130\">x</span></p>";
        assertSame(html, links.link(html, null));
        assertEquals(
                "<p><strong>" + a("27447", "cpt") + "</strong> after <code>x</code> " + a("27130", "cpt") + "</p>",
                links.link("<p><strong>27447</strong> after <code>x</code> 27130</p>", null));
    }

    @Test
    void onlyWholeFiveCharacterCodeShapes() {
        String html = "<p>274470, 2744, $27447, 27447.50, 1,27447, #27447, X27130, 27130b, /27447 and &#27447;</p>";
        assertSame(html, links.link(html, null));
        assertEquals(
                "<p>" + a("27447", "cpt") + "-50, " + a("27130", "cpt") + ".</p>",
                links.link("<p>27447-50, 27130.</p>", null));
    }
}
