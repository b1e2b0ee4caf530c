package org.cptsite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cptsite.Sites;
import org.cptsite.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site under a sub-path (a GitHub Pages project site): with {@code --base-url https://www.example.org/fees}
 * every link, asset, script fetch, search result, JSON twin URL and sitemap entry is under /fees/, and the
 * build's own link check passes (it resolves links under the path).
 */
class SubPathSiteIT {
    static final String BASE = "https://www.example.org/fees";

    @TempDir
    static Path tmp;

    private static Map<String, byte[]> files;

    /** Builds the fixture site under /fees; the build fails (and so the test) if any link check fails. */
    static Path build(Path out) {
        Pipeline.Result r = new Pipeline(
                        new Pipeline.Options(
                                Sites.SAMPLE, Sites.CONTENT, Sites.TEMPLATES, out, BASE, LocalDate.of(2026, 1, 15)),
                        msg -> {})
                .run(true);
        assertTrue(r.ok(), () -> "build failed: " + r.problems().all());
        return out;
    }

    @BeforeAll
    static void buildUnderAPath() {
        files = Sites.files(build(tmp.resolve("site")));
    }

    @Test
    void everyLinkAssetAndScriptUrlOfEveryPageIsUnderThePath() {
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (var f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) continue;
            Document d = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
            for (Element e : d.select("[href], [src], [action], [data-search], [data-localities]")) {
                for (String attr : List.of("href", "src", "action", "data-search", "data-localities")) {
                    String v = e.attr(attr);
                    if (v.isEmpty() || v.startsWith("#")) continue;
                    checked++;
                    if (!v.startsWith("/fees/") && !v.startsWith(BASE + "/"))
                        outside.add(f.getKey() + ": " + attr + "=" + v);
                }
            }
        }
        assertTrue(checked > 10_000, "links checked: " + checked);
        assertEquals(List.of(), outside.subList(0, Math.min(20, outside.size())));
    }

    @Test
    void theCodePageLinksItsTwinAndAssetsUnderThePath() {
        Document d = Jsoup.parse(new String(files.get("cpt/38900/index.html"), StandardCharsets.UTF_8));
        assertEquals(BASE + "/cpt/38900/", d.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/fees/cpt/38900.json", d.selectFirst(".data-link a").attr("href"));
        assertTrue(
                d.selectFirst("link[rel=stylesheet]").attr("href").matches("/fees/assets/site\\.[0-9a-f]{10}\\.css"));
        assertTrue(d.selectFirst("form[data-search]").attr("data-search").startsWith("/fees/assets/search-index."));
        assertEquals("/fees/search/", d.selectFirst("form[data-search]").attr("action"));
        assertTrue(d.selectFirst("#locality").attr("data-localities").startsWith("/fees/assets/localities."));
        assertEquals("/fees/", d.selectFirst("a.brand").attr("href"));
    }

    @Test
    void searchResultsTwinsSitemapAndRobotsUseThePath() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String index = files.keySet().stream()
                .filter(k -> k.startsWith("assets/search-index."))
                .findFirst()
                .orElseThrow();
        for (JsonNode row : json.readTree(files.get(index)).get("codes")) {
            assertEquals(
                    "/fees/" + (Character.isLetter(row.get(0).asText().charAt(0)) ? "hcpcs" : "cpt") + "/"
                            + row.get(0).asText() + "/",
                    row.get(1).asText());
        }
        assertEquals(
                BASE + "/cpt/38900/",
                json.readTree(files.get("cpt/38900.json")).get("url").asText());
        String sitemap = new String(files.get("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("<loc>" + BASE + "/cpt/38900/</loc>"));
        assertFalse(sitemap.replace("<loc>" + BASE + "/", "").contains("<loc>"), "every <loc> under " + BASE);
        assertTrue(new String(files.get("robots.txt"), StandardCharsets.UTF_8)
                .contains("Sitemap: " + BASE + "/sitemap.xml"));
    }
}
