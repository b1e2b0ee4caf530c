package org.cptsite.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.cptsite.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The json_twins and precompress settings in builds of the fixture site. */
class HostingSettingsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** The fixture content with {@code lines} added to site.yml. */
    private Path content(String... lines) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Files.writeString(
                content.resolve("site.yml"),
                "\n" + String.join("\n", lines) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        return content;
    }

    @Test
    void perRangeWritesOneFilePerRangeHoldingEachCodesTwin() throws IOException {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, tmp.resolve("a"), D);
        Map<String, byte[]> perCode = Sites.files(tmp.resolve("a"));
        Path out = tmp.resolve("b");
        Sites.build(Sites.SAMPLE, content("json_twins: per_range"), out, D);
        Map<String, byte[]> files = Sites.files(out);

        Document page = Jsoup.parse(new String(files.get("cpt/38900/index.html"), StandardCharsets.UTF_8));
        assertEquals(
                "/category/surgery/38100-38999.json",
                page.selectFirst(".data-link a").attr("href"));
        assertEquals("38100-38999.json", page.selectFirst(".data-link a").text());
        JsonNode range = JSON.readTree(files.get("category/surgery/38100-38999.json"));
        assertEquals(
                JSON.readTree(perCode.get("cpt/38900.json")), range.get("codes").get("38900"));

        // Every code's twin once, in the file its page links to; no per-code files.
        Set<String> codes = Sites.codes(Sites.pprrvu(Sites.SAMPLE));
        List<String> seen = new ArrayList<>();
        for (var f : files.entrySet()) {
            if (f.getKey().startsWith("category/") && f.getKey().endsWith(".json")) {
                JSON.readTree(f.getValue()).get("codes").fieldNames().forEachRemaining(seen::add);
            }
            assertFalse(f.getKey().matches("(cpt|hcpcs)/[^/]+\\.json"), f.getKey());
        }
        assertEquals(codes.size(), seen.size());
        assertEquals(new TreeSet<>(codes), new TreeSet<>(seen));
        for (String code : codes) {
            String href = Jsoup.parse(new String(files.get(Sites.page(code)), StandardCharsets.UTF_8))
                    .selectFirst(".data-link a")
                    .attr("href");
            assertTrue(JSON.readTree(files.get(href.substring(1))).get("codes").has(code), code + " in " + href);
        }
        long twins = files.keySet().stream()
                .filter(k -> k.endsWith(".json") && !k.startsWith("assets/"))
                .count();
        assertTrue(twins < codes.size() / 3, "range files: " + twins);
    }

    /**
     * With history, a deleted code keeps its twin per range too: in the file of the range its number falls in,
     * after the range's current codes, as per_code writes it; its page links there.
     */
    @Test
    void perRangeHoldsTheDeletedCodesTwinsToo() throws IOException {
        Sites.build(Sites.HISTORY, Sites.historyContent(tmp.resolve("c1")), tmp.resolve("a"), D);
        Map<String, byte[]> perCode = Sites.files(tmp.resolve("a"));
        Path content = Sites.historyContent(tmp.resolve("c2"));
        Files.writeString(
                content.resolve("site.yml"), "\njson_twins: per_range\n", java.nio.file.StandardOpenOption.APPEND);
        Sites.build(Sites.HISTORY, content, tmp.resolve("b"), D);
        Map<String, byte[]> files = Sites.files(tmp.resolve("b"));

        Set<String> current = Sites.codes(Sites.pprrvu(Sites.SAMPLE));
        Set<String> deleted = new TreeSet<>(Sites.codes(Sites.pprrvu(Sites.SAMPLE_2025)));
        deleted.removeAll(current);
        assertFalse(deleted.isEmpty(), "the fixture's older release has codes the current one lacks");
        List<String> seen = new ArrayList<>();
        for (var f : files.entrySet()) {
            if (f.getKey().startsWith("category/") && f.getKey().endsWith(".json")) {
                JSON.readTree(f.getValue()).get("codes").fieldNames().forEachRemaining(seen::add);
            }
        }
        Set<String> all = new TreeSet<>(current);
        all.addAll(deleted);
        assertEquals(all.size(), seen.size(), "each code once");
        assertEquals(all, new TreeSet<>(seen));
        for (String code : deleted) {
            String href = Jsoup.parse(new String(files.get(Sites.page(code)), StandardCharsets.UTF_8))
                    .selectFirst(".data-link a")
                    .attr("href");
            JsonNode twin =
                    JSON.readTree(files.get(href.substring(1))).get("codes").get(code);
            assertEquals(JSON.readTree(perCode.get(Sites.json(code))), twin, code + " in " + href);
            assertFalse(twin.get("deleted").isNull(), code);
        }
        // 27445 is in 27301-27599 (thigh and knee), after that range's current codes 27447 and 27486.
        List<String> knee = new ArrayList<>();
        JSON.readTree(files.get("category/surgery/27301-27599.json"))
                .get("codes")
                .fieldNames()
                .forEachRemaining(knee::add);
        assertEquals("27445", knee.get(knee.size() - 1), knee.toString());
    }

    @Test
    void noneWritesNoTwinAndNoLinkToOne() throws IOException {
        Path out = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, content("json_twins: none"), out, D);
        Map<String, byte[]> files = Sites.files(out);
        assertEquals(
                List.of(),
                files.keySet().stream()
                        .filter(k -> k.endsWith(".json") && !k.startsWith("assets/"))
                        .toList());
        assertNull(Jsoup.parse(new String(files.get("cpt/38900/index.html"), StandardCharsets.UTF_8))
                .selectFirst(".data-link"));
    }

    @Test
    void precompressWritesGzAndBrBesideEachTextFileAndKeepsThemWhenUnchanged() throws IOException {
        Path content = content("precompress: [gzip, brotli]");
        Path out = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, content, out, D);
        Map<String, byte[]> files = Sites.files(out);
        int text = 0;
        for (var f : files.entrySet()) {
            String name = f.getKey();
            if (!name.matches(".*\\.(html|json|xml|txt|css|js|svg)")) continue;
            text++;
            assertArrayEquals(
                    f.getValue(),
                    new GZIPInputStream(new ByteArrayInputStream(files.get(name + ".gz"))).readAllBytes(),
                    name + ".gz");
            assertArrayEquals(
                    f.getValue(), Decoder.decompress(files.get(name + ".br")).getDecompressedData(), name + ".br");
        }
        assertTrue(text > 800, "text files: " + text);
        assertEquals(3 * text + 2, files.size(), "no .gz/.br beside _headers and _redirects");

        Object before = Files.readAttributes(out.resolve("cpt/38900/index.html.br"), BasicFileAttributes.class)
                .fileKey();
        Sites.build(Sites.SAMPLE, content, out, D);
        assertEquals(files.keySet(), Sites.files(out).keySet());
        assertEquals(
                before,
                Files.readAttributes(out.resolve("cpt/38900/index.html.br"), BasicFileAttributes.class)
                        .fileKey(),
                "an unchanged .br is linked from the previous site, not written again");
    }

    private static final LocalDate D = LocalDate.of(2026, 1, 15);
}
