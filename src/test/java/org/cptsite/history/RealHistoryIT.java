package org.cptsite.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cptsite.CommandRun;
import org.cptsite.RealData;
import org.cptsite.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real RVU25D -> RVU26C pair: added, deleted and changed rows computed here from the CSVs with
 * commons-csv, without the diff code, agree with {@code cptsite diff}'s JSON and with the release report.
 */
class RealHistoryIT {
    @TempDir
    static Path tmp;

    static Path older;
    static Path newer;
    static JsonNode diff;
    static Path site;

    @BeforeAll
    static void run() throws IOException {
        older = RealData.dir("rvu25d");
        newer = RealData.dir("rvu26");
        Path json = tmp.resolve("diff.json");
        CommandRun r = CommandRun.of(
                "diff",
                "--from",
                older.toString(),
                "--to",
                newer.toString(),
                "--format",
                "json",
                "--out",
                json.toString());
        assertEquals(0, r.code(), r::toString);
        diff = new ObjectMapper().readTree(Files.readString(json));
        site = tmp.resolve("site");
        Sites.build(List.of(older, newer), Sites.CONTENT, site, LocalDate.of(2026, 7, 1));
    }

    /** Each row of a PPRRVU CSV by code|modifier, its cells in the 2025 layout (2026's PRIC IND dropped). */
    static Map<String, List<String>> rows(Path dir) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(Sites.pprrvu(dir), Charset.forName("windows-1252"))) {
            boolean data = false;
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(in)) {
                List<String> cells = new ArrayList<>();
                rec.forEach(c -> cells.add(c.trim()));
                if (data && !cells.get(0).isEmpty()) {
                    if (cells.size() == 32) cells.remove(23);
                    rows.put(cells.get(0) + "|" + cells.get(1), cells);
                }
                if (cells.get(0).equals("HCPCS")) data = true;
            }
        }
        return rows;
    }

    static boolean same(String a, String b) {
        if (a.matches("-?\\d*\\.?\\d+") && b.matches("-?\\d*\\.?\\d+")) {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        }
        return a.equals(b);
    }

    @Test
    void addedDeletedAndChangedAgreeWithAnIndependentCount() throws IOException {
        Set<String> before = Sites.codes(Sites.pprrvu(older));
        Set<String> after = Sites.codes(Sites.pprrvu(newer));
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        Set<String> deleted = new TreeSet<>(before);
        deleted.removeAll(after);
        assertEquals(454, added.size());
        assertEquals(210, deleted.size());
        assertEquals(added, codes(diff.get("added")));
        assertEquals(deleted, codes(diff.get("deleted")));

        Map<String, List<String>> old = rows(older);
        Map<String, List<String>> now = rows(newer);
        Set<String> changed = new TreeSet<>();
        for (var e : now.entrySet()) {
            String code = e.getKey().substring(0, e.getKey().indexOf('|'));
            if (!before.contains(code)) continue;
            List<String> o = old.get(e.getKey());
            if (o == null) {
                changed.add(e.getKey());
                continue;
            }
            for (int i = 3; i < o.size(); i++) {
                if (i == 24) continue; // the CF: the release's, compared once
                if (!same(o.get(i), e.getValue().get(i))) changed.add(e.getKey());
            }
        }
        for (String key : old.keySet()) {
            if (after.contains(key.substring(0, key.indexOf('|'))) && !now.containsKey(key)) changed.add(key);
        }
        Set<String> reported = new TreeSet<>();
        diff.get("changed")
                .forEach(c -> reported.add(
                        c.get("code").asText() + "|" + c.get("modifier").asText()));
        assertEquals(changed, reported);
        JsonNode first = diff.get("changed").get(0);
        assertTrue(first.get("changes").fieldNames().hasNext());
        first.get("changes").forEach(ba -> assertEquals(2, ba.size()));
    }

    @Test
    void theReportPageListsTheSameCodes() {
        Document report = Jsoup.parse(Sites.read(site.resolve("releases/RVU26C/index.html")));
        // 454 codes added are more than the report lists itself: it links to them by category, on pages of their
        // own; the 210 deleted are on the report.
        List<String> byCategory =
                report.getElementById("h-added").parent().select("li > a").eachText();
        int counted = 0;
        for (String text : byCategory) {
            assertTrue(text.matches("[^:]+: [0-9,]+ codes?"), text);
            counted += Integer.parseInt(
                    text.replaceAll(".*: ([0-9,]+) codes?", "$1").replace(",", ""));
        }
        assertEquals(454, counted, byCategory::toString);
        Set<String> added = new TreeSet<>();
        for (Element link : report.getElementById("h-added").parent().select("li > a")) {
            Document page =
                    Jsoup.parse(Sites.read(site.resolve(link.attr("href").substring(1) + "index.html")));
            added.addAll(
                    page.getElementById("h-added").parent().select("li > a").eachText());
            assertTrue(page.select("nav li > a").eachText().contains("The RVU26C report"), link::toString);
        }
        assertEquals(codes(diff.get("added")), added);
        assertEquals(454, added.size());
        // Such a page passes the Nu checker (the build has checked the page rules).
        String first =
                report.getElementById("h-added").parent().selectFirst("li > a").attr("href");
        assertEquals(
                List.of(),
                new org.cptsite.valid.HtmlChecker().errors(Sites.read(site.resolve(first.substring(1) + "index.html"))),
                first);
        assertEquals(
                210,
                report.getElementById("h-deleted").parent().select("li > a").size());
        Set<String> deleted = new TreeSet<>(
                report.getElementById("h-deleted").parent().select("li > a").eachText());
        assertEquals(codes(diff.get("deleted")), deleted);
        String summary = report.select("ul.summary li").get(1).text();
        long changedCodes = new TreeSet<>(diff.get("changed").findValuesAsText("code")).size();
        // Thousands separated, as every count on the site.
        assertEquals(
                String.format(
                        java.util.Locale.US,
                        "454 codes added, 210 deleted, %,d changed (%,d rows)",
                        changedCodes,
                        diff.get("changed").size()),
                summary);
        assertTrue(changedCodes >= 1000, "the real pair changes thousands of codes: " + changedCodes);
    }

    @Test
    void a38900PageShowsTheChangeFromRvu25d() {
        Document d = Jsoup.parse(Sites.read(site.resolve(Sites.page("38900"))));
        List<String> lines = d.select("#history ul.changes li").eachText();
        assertTrue(lines.contains("Work RVU 2.50 \u2192 2.44 (\u22120.06, \u22122.4%)"), lines::toString);
        assertTrue(
                lines.contains("National payment, non-facility $132.94 \u2192 $144.96 (+$12.02, +9.0%)"),
                lines::toString);
    }

    @Test
    void deleted0042tKeepsAPageMarkedDeleted() {
        Document d = Jsoup.parse(Sites.read(site.resolve(Sites.page("0042T"))));
        assertNotNull(d.selectFirst("p.deleted"));
        assertTrue(d.selectFirst("p.deleted").text().startsWith("Deleted code: not in RVU26C; last in RVU25D."));
    }

    private static Set<String> codes(JsonNode list) {
        Set<String> codes = new TreeSet<>();
        list.forEach(n -> codes.add(n.get("code").asText()));
        return codes;
    }
}
