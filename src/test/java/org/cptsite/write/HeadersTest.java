package org.cptsite.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cptsite.output.BasePath;
import org.junit.jupiter.api.Test;

/** _headers stays within the 100 rules Cloudflare Pages reads, however many files content/static/ puts at the top. */
class HeadersTest {
    private static List<String> patterns(List<String> files) {
        String text = new String(Headers.of(BasePath.of("https://www.example.org"), files), StandardCharsets.UTF_8);
        return text.lines().filter(l -> !l.startsWith(" ")).toList();
    }

    @Test
    void eachTopLevelFolderAndFileHasItsRule() {
        List<String> p = patterns(List.of("index.html", "cpt/38900/index.html", "sitemap.xml", "ads.txt"));
        assertEquals(List.of("/*", "/assets/*", "/", "/ads.txt", "/cpt/*", "/index.html", "/sitemap.xml"), p);
    }

    @Test
    void manyFilesAtTheTopGoWithoutRulesOfTheirOwn() {
        List<String> files = new ArrayList<>(List.of("index.html", "cpt/38900/index.html", "hcpcs/G0105/index.html"));
        for (int i = 0; i < 110; i++) files.add("google" + i + ".html");
        List<String> p = patterns(files);
        assertTrue(p.size() <= Headers.MAX_RULES, p.size() + " rules");
        assertEquals(List.of("/*", "/assets/*", "/", "/cpt/*", "/hcpcs/*"), p, "folders keep theirs");
        assertFalse(p.contains("/google0.html"));
    }
}
