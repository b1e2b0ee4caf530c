package org.cptsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Relative links as a browser resolves them, for the link checks. */
class UrlPathTest {
    @Test
    void aRelativePathIsOneWithoutSchemeRootQueryOrAnchor() {
        for (String url : new String[] {"cpt/38792/", "../x", "./", "www.example.com", "38792"}) {
            assertTrue(UrlPath.isRelativePath(url), url);
        }
        for (String url : new String[] {"", "/cpt/", "//host/", "#faq", "?q=1", "https://x/", "mailto:a@b", "tel:1"}) {
            assertFalse(UrlPath.isRelativePath(url), url);
        }
    }

    @Test
    void resolvedAsABrowserDoes() {
        assertEquals("/cpt/38792/", UrlPath.resolved("/cpt/38900/", "../38792/"));
        assertEquals("/cpt/38900/cpt/38792/", UrlPath.resolved("/cpt/38900/", "cpt/38792/"));
        assertEquals("/cpt/38900/", UrlPath.resolved("/cpt/38900/", "./"));
        assertEquals("/cpt/", UrlPath.resolved("/cpt/38900/", ".."));
        assertEquals("/", UrlPath.resolved("/cpt/38900/", "../../"));
        assertEquals("/files/a.pdf#page=2", UrlPath.resolved("/404.html", "files/a.pdf#page=2"));
        assertEquals("/cpt/38792/?q=1#faq", UrlPath.resolved("/cpt/38900/", "../x/../38792/?q=1#faq"));
        assertNull(UrlPath.resolved("/cpt/38900/", "../../../x/"), "above the root");
    }
}
