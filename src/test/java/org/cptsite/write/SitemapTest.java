package org.cptsite.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The sitemap files of a small site, with a small limit per file standing in for 50,000. */
class SitemapTest {
    private static final String BASE = "https://www.example.org";
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    private static Manifest manifest(String... urlsAndDates) {
        Map<String, Manifest.Entry> m = new TreeMap<>();
        for (int i = 0; i < urlsAndDates.length; i += 2)
            m.put(urlsAndDates[i], new Manifest.Entry("h", urlsAndDates[i + 1]));
        return new Manifest(m);
    }

    @Test
    void upToTheLimitOneSitemapListsEveryPageButThe404() {
        Manifest m = manifest("/", "2026-01-01", "/a/", "2026-02-01", "/b/", "2026-03-01", "/404.html", "2026-01-01");
        Map<String, String> files = new Sitemap(BASE, TODAY, new Manifest(Map.of()), 3).files(m, Set.of());
        assertEquals(List.of("sitemap.xml"), List.copyOf(files.keySet()));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://www.example.org/</loc><lastmod>2026-01-01</lastmod></url>
                <url><loc>https://www.example.org/a/</loc><lastmod>2026-02-01</lastmod></url>
                <url><loc>https://www.example.org/b/</loc><lastmod>2026-03-01</lastmod></url>
                </urlset>
                """, files.get("sitemap.xml"));
    }

    @Test
    void pastTheLimitSitemapXmlIsAnIndexOfParts() {
        Manifest m = manifest(
                "/",
                "2026-01-01",
                "/a/",
                "2026-03-01",
                "/b/",
                "2026-02-01",
                "/c/",
                "2026-01-01",
                "/d/",
                "2026-01-02",
                "/404.html",
                "2026-01-01");
        Map<String, String> files = new Sitemap(BASE, TODAY, new Manifest(Map.of()), 2).files(m, Set.of());
        assertEquals(
                List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"), List.copyOf(files.keySet()));
        // Each part's lastmod is its newest page's.
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>https://www.example.org/sitemap-1.xml</loc><lastmod>2026-03-01</lastmod></sitemap>
                <sitemap><loc>https://www.example.org/sitemap-2.xml</loc><lastmod>2026-02-01</lastmod></sitemap>
                <sitemap><loc>https://www.example.org/sitemap-3.xml</loc><lastmod>2026-01-02</lastmod></sitemap>
                </sitemapindex>
                """, files.get("sitemap.xml"));
        assertTrue(files.get("sitemap-1.xml").contains("<loc>https://www.example.org/</loc>"));
        assertTrue(files.get("sitemap-1.xml").contains("<loc>https://www.example.org/a/</loc>"));
        assertTrue(files.get("sitemap-3.xml")
                .endsWith("<url><loc>https://www.example.org/d/</loc><lastmod>2026-01-02"
                        + "</lastmod></url>\n</urlset>\n"));
    }

    @Test
    void contentHashSeesTheMainContentOnly() {
        String page = "<html><nav>Home</nav><main id=\"m\"><p>38900 pays $144.96</p></main><footer>2026</footer>";
        String hash = Sitemap.contentHash(page);
        assertEquals(16, hash.length());
        assertEquals(
                hash,
                Sitemap.contentHash(page.replace("Home", "Start").replace("2026", "2027")),
                "navigation and footer do not count");
        assertNotEquals(hash, Sitemap.contentHash(page.replace("144.96", "144.97")));
        assertNotEquals(hash, Sitemap.contentHash(page.replace("38900", "38009")), "a swap of bytes counts");
        assertEquals(Sitemap.contentHash(page), Sitemap.contentHash(page.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void contentHashSkipsWhatIsMarkedUntracked() {
        String page = "<main><p>release <!--untracked-->RVU26A<!--/untracked-->: $144.96</p>"
                + "<!--untracked--><table><tr><td>RVU25D</td></tr></table><!--/untracked--><p>end</p></main>";
        String hash = Sitemap.contentHash(page);
        assertEquals(
                hash,
                Sitemap.contentHash(page.replace("RVU26A", "RVU26B").replace("RVU25D", "RVU26A")),
                "release labels and the history do not count");
        assertNotEquals(hash, Sitemap.contentHash(page.replace("144.96", "144.97")));
        assertNotEquals(hash, Sitemap.contentHash(page.replace("end", "End")), "what follows the marks counts");
        assertNotEquals(
                hash,
                Sitemap.contentHash(page.replace("<!--/untracked-->: ", ": ")),
                "an unclosed mark skips to the end of main, which differs from the marked page");
    }

    /** Exactly the bytes of main outside the marks count, found by byte position in UTF-8 with non-ASCII text. */
    @Test
    void contentHashIsOfTheTrackedBytesOfMain() {
        String tracked1 = "<main><p>Caf\u00e9 \u2013 r\u00e9sum\u00e9 ";
        String tracked2 = " \u2192 $144.96</p>";
        String page = "<head>\u00e9</head>" + tracked1 + "<!--untracked-->RVU26A \u2014<!--/untracked-->" + tracked2
                + "</main><footer><!--untracked-->x</footer>";
        byte[] expected = (tracked1 + tracked2).getBytes(StandardCharsets.UTF_8);
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(expected);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(expected);
        assertEquals(
                java.util.HexFormat.of().toHexDigits((int) c.getValue())
                        + java.util.HexFormat.of().toHexDigits((int) d.getValue()),
                Sitemap.contentHash(page));
    }

    @Test
    void theLimitIsFiftyThousand() {
        assertEquals(50_000, Sitemap.MAX_URLS);
    }
}
