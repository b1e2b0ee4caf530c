package org.cptsite.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The _headers and _redirects files of the sample build, and the pages' fit with the Content-Security-Policy. */
class HostFilesIT {
    @TempDir
    static Path tmp;

    private static Map<String, byte[]> files;
    private static Map<String, List<String>> rules;

    @BeforeAll
    static void buildTheSample() {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, tmp.resolve("site"), LocalDate.of(2026, 1, 15));
        files = Sites.files(tmp.resolve("site"));
        rules = rules(new String(files.get("_headers"), StandardCharsets.UTF_8));
    }

    /** _headers as pattern to header lines, in file order. */
    static Map<String, List<String>> rules(String text) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("  ")) {
                current.add(line.trim());
            } else {
                current = new ArrayList<>();
                assertEquals(null, rules.put(line, current), "pattern twice: " + line);
            }
        }
        return rules;
    }

    /** Netlify's and Cloudflare's matching: exact, or one trailing splat. */
    static boolean matches(String pattern, String url) {
        return pattern.endsWith("*") ? url.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(url);
    }

    @Test
    void everyUrlHasTheSecurityHeadersAndExactlyOneCacheRule() {
        assertTrue(rules.size() <= 100, "Cloudflare Pages reads at most 100 rules: " + rules.size());
        assertEquals(
                List.of(
                        "X-Content-Type-Options: nosniff",
                        "Referrer-Policy: strict-origin-when-cross-origin",
                        "Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                                + "frame-ancestors 'none'"),
                rules.get("/*"));
        for (String file : files.keySet()) {
            if (file.startsWith("_") || file.startsWith(".")) continue;
            String url = "/" + (file.equals("index.html") ? "" : file.replaceAll("(^|/)index\\.html$", "/"));
            List<String> cache = new ArrayList<>();
            rules.forEach((pattern, headers) -> {
                if (matches(pattern, url))
                    headers.stream().filter(h -> h.startsWith("Cache-Control:")).forEach(cache::add);
            });
            String expected = file.startsWith("assets/")
                    ? "Cache-Control: public, max-age=31536000, immutable"
                    : "Cache-Control: public, max-age=0, must-revalidate";
            assertEquals(List.of(expected), cache, url);
        }
    }

    @Test
    void pagesSatisfyThePolicyNoInlineScriptHandlerOrStyle() {
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (var f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) continue;
            pages++;
            Document d = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
            for (Element s : d.select("script:not([src])")) {
                String type = s.attr("type");
                if (!type.equals("application/json") && !type.equals("application/ld+json")) {
                    found.add(f.getKey() + ": inline script " + type);
                }
            }
            for (Element s : d.select("script[src]")) {
                if (!s.attr("src").startsWith("/assets/")) found.add(f.getKey() + ": script from " + s.attr("src"));
            }
            if (!d.select("style, link[rel=stylesheet]:not([href^=/assets/]), iframe, object, embed, base")
                    .isEmpty()) {
                found.add(f.getKey() + ": inline style, foreign stylesheet, frame, object or base element");
            }
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (a.getKey().startsWith("on")
                            || a.getKey().equals("style")
                            || a.getValue().trim().toLowerCase().startsWith("javascript:")) {
                        found.add(f.getKey() + ": <" + e.tagName() + " " + a.getKey() + "=...>");
                    }
                }
            }
        }
        assertTrue(pages > 400, "pages: " + pages);
        assertEquals(List.of(), found);
    }

    @Test
    void noRedirectsAskedForAnEmptyRedirectsFile() {
        assertArrayEquals(new byte[0], files.get("_redirects"));
    }

    @Test
    void underABasePathTheRulesAreToo() {
        Map<String, List<String>> sub = rules(new String(
                Sites.files(SubPathSiteIT.build(tmp.resolve("fees"))).get("_headers"), StandardCharsets.UTF_8));
        assertTrue(sub.containsKey("/fees/*"), sub::toString);
        assertTrue(sub.containsKey("/fees/assets/*"), sub::toString);
        assertTrue(sub.containsKey("/fees/cpt/*"), sub::toString);
        assertFalse(sub.keySet().stream().anyMatch(p -> !p.startsWith("/fees/")), sub::toString);
    }
}
