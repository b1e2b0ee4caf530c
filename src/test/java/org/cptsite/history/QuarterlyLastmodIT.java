package org.cptsite.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cptsite.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quarterly release that changes a few codes only: RVU26B, made from the sample's RVU26A with 38900's work
 * RVU raised, 38300 deleted and a made-up code 38901 added. Pages whose figures and content it leaves alone
 * keep their lastmod, though their release labels and history change.
 */
class QuarterlyLastmodIT {
    static final LocalDate JANUARY = LocalDate.of(2026, 1, 15);
    static final LocalDate APRIL = LocalDate.of(2026, 4, 15);
    static final Charset CMS = Charset.forName("windows-1252");

    @TempDir
    static Path tmp;

    static Path site;

    static Map<String, String> before;
    static Map<String, String> after;

    @BeforeAll
    static void buildJanuaryThenApril() {
        Path april = aprilRelease(tmp.resolve("rvu26b"));
        Path content = Sites.historyContent(tmp.resolve("content"));
        Path site = tmp.resolve("site");
        Sites.build(Sites.HISTORY, content, site, JANUARY);
        before = lastmods(site);
        Sites.build(List.of(Sites.SAMPLE_2025, Sites.SAMPLE, april), content, site, APRIL);
        after = lastmods(site);
        QuarterlyLastmodIT.site = site;
        Document page = Jsoup.parse(Sites.read(site.resolve("cpt/38901/index.html")));
        newIn = page.selectFirst("p.new") == null
                ? null
                : page.selectFirst("p.new").text();
        unchangedLines = Jsoup.parse(Sites.read(site.resolve("cpt/38100/index.html")))
                .select("#history h3 + p")
                .eachText();
        Document deleted = Jsoup.parse(Sites.read(site.resolve("cpt/38300/index.html")));
        deletedHeadings = deleted.select("#history h3").eachText();
        deletedNote = paymentNote(deleted);
        currentNote = paymentNote(Jsoup.parse(Sites.read(site.resolve("cpt/38100/index.html"))));
    }

    /** The change headings of 38300, deleted in RVU26B: its last release is RVU26A. */
    static List<String> deletedHeadings;

    /** The notes under the national payment tables of 38300 (deleted) and 38100 (current). */
    static String deletedNote;

    static String currentNote;

    static String paymentNote(Document page) {
        return page.select("p.note").eachText().stream()
                .filter(t -> t.startsWith("Amount = total RVUs"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDeletedCodeLastInA2026ReleaseKeepsItsQualifyingApmAmounts() {
        // RVU26A and RVU26B have the same two CFs: the deleted code's page gives both, as a current one does.
        String apm = currentNote.substring(currentNote.indexOf("; qualifying APM participants: "));
        apm = apm.substring(0, apm.indexOf(','));
        assertTrue(deletedNote.contains("(release RVU26A)" + apm + ","), deletedNote + " / " + currentNote);
    }

    @Test
    void aDeletedCodesChangeIsIntoItsLastReleaseNotTheCurrentOne() {
        assertEquals(List.of("In its last release (RVU26A), since the one before (RVU25D)"), deletedHeadings);
    }

    static String newIn;
    static List<String> unchangedLines;

    /**
     * The sample's RVU26A as an April release (RVU26B) that differs in three codes, and in a locality's counties
     * (which changes the hashed name of the localities file every paid code page refers to).
     */
    static Path aprilRelease(Path dir) {
        Sites.copyTree(Sites.SAMPLE, dir);
        try (Stream<Path> s = Files.list(dir)) {
            Path locco = dir.resolve("26LOCCO_sample.csv");
            Files.writeString(
                    locco,
                    Files.readString(locco, CMS)
                            .replace("ALABAMA ,STATEWIDE ,ALL COUNTIES ", "ALABAMA ,STATEWIDE ,ALL 67 COUNTIES "),
                    CMS);
            for (Path f : s.filter(p -> p.getFileName().toString().startsWith("PPRRVU"))
                    .toList()) {
                List<String> lines = new ArrayList<>();
                for (String line : Files.readAllLines(f, CMS)) {
                    line = line.replace("January Release", "April Release")
                            .replace("RELEASED 12/29/2025", "RELEASED 03/27/2026");
                    if (line.startsWith("38300,")) continue;
                    if (line.startsWith("38900,,")) {
                        line = line.replace(",2.44,1.31,,0.65,,0.59,4.34,3.68,", ",2.54,1.31,,0.65,,0.59,4.44,3.78,");
                        lines.add(line);
                        line = "38901,,Sample: a made-up code for tests" + line.substring(line.indexOf("\",") + 1);
                    }
                    lines.add(line);
                }
                Files.write(f, lines, CMS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** RVU26B raises 38900 only: the report's tables of codes down have no rows, and say so instead of a table. */
    @Test
    void aReportWithoutMoversOneWaySaysSoInsteadOfAnEmptyTable() {
        Document report = Jsoup.parse(Sites.read(site.resolve("releases/RVU26B/index.html")));
        int empty = 0;
        for (var section : report.select("section:has(> h2)")) {
            var table = section.selectFirst("table");
            if (table != null) {
                assertFalse(table.select("tbody tr").isEmpty(), section::outerHtml);
            } else if (section.text().contains("No code moved this way in this release.")) {
                empty++;
            }
        }
        assertTrue(empty >= 2, report::outerHtml); // down by payment and by work RVU
    }

    static Map<String, String> lastmods(Path site) {
        Document xml = Jsoup.parse(Sites.read(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        Map<String, String> m = new LinkedHashMap<>();
        xml.select("url")
                .forEach(u -> m.put(
                        u.selectFirst("loc").text().substring(Sites.BASE_URL.length()),
                        u.selectFirst("lastmod").text()));
        return m;
    }

    @Test
    void unchangedCodePagesKeepTheirLastmod() {
        int kept = 0;
        for (var e : before.entrySet()) {
            String url = e.getKey();
            if (!url.startsWith("/cpt/") && !url.startsWith("/hcpcs/")) continue;
            if (url.equals("/cpt/38900/") || url.equals("/cpt/38300/")) continue;
            assertEquals(e.getValue(), after.get(url), url + " changed its lastmod though RVU26B left it alone");
            kept++;
        }
        assertTrue(kept > 360, "code pages compared: " + kept);
    }

    /**
     * The search page names the release and refers to the search index, which the new code changes: neither is a
     * change of the page. Its count of codes is the same (one deleted, one added).
     */
    @Test
    void theSearchPageKeepsItsLastmod() {
        assertEquals(JANUARY.toString(), after.get("/search/"));
    }

    @Test
    void listPagesWithoutAChangedCodeKeepTheirLastmod() {
        int kept = 0;
        for (var e : before.entrySet()) {
            String url = e.getKey();
            if (!url.startsWith("/category/") && !url.startsWith("/specialty/")) continue;
            String html = Sites.read(site.resolve(url.substring(1) + "index.html"));
            // Pages that list a code RVU26B changed, deleted or added change with it.
            if (Stream.of("/cpt/38900/", "/cpt/38300/", "/cpt/38901/").anyMatch(html::contains)) continue;
            assertEquals(e.getValue(), after.get(url), url + " changed its lastmod though only its release label did");
            kept++;
        }
        assertTrue(kept > 50, "list pages compared: " + kept);
    }

    @Test
    void changedDeletedAndNewCodesGetTheBuildDate() {
        assertEquals(JANUARY.toString(), before.get("/cpt/38900/"));
        assertEquals(APRIL.toString(), after.get("/cpt/38900/"), "38900's work RVU changed");
        assertEquals(APRIL.toString(), after.get("/cpt/38300/"), "38300 is now marked deleted");
        assertEquals(APRIL.toString(), after.get("/cpt/38901/"), "a new page");
        assertEquals(APRIL.toString(), after.get("/releases/RVU26B/"));
    }

    @Test
    void aCodeThePreviousReleaseLacksIsNewAndAnUnchangedOneSaysSo() {
        assertNotNull(newIn);
        assertTrue(newIn.startsWith("New in RVU26B"), newIn);
        assertFalse(unchangedLines.isEmpty());
        assertEquals(
                "No change in the work RVU, the totals, the national payments or the indicators.",
                unchangedLines.get(0));
    }
}
