package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cptsite.CommandRun;
import org.cptsite.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cptsite show CODE} prints the figures the build's page and JSON twin show. */
class ShowCommandIT {
    @TempDir
    static Path tmp;

    private static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 1, 1));
    }

    /** The same twin: on one line in the site, for programs; indented by show, for people. */
    @Test
    void jsonIsTheJsonTwinOfTheBuild() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        for (String code : new String[] {"38900", "71046", "G0105"}) {
            String folder = code.startsWith("G") ? "hcpcs" : "cpt";
            String twin = Files.readString(site.resolve(folder + "/" + code + ".json"));
            String shown = show(code, "--json");
            assertEquals(json.readTree(twin), json.readTree(shown), code);
            assertEquals(1, twin.lines().count(), code + ": the site's twin is one line");
            assertTrue(twin.endsWith("}\n"), code);
            assertTrue(shown.contains("\n  \"code\" : \"" + code + "\",\n"), shown);
        }
    }

    /**
     * Show computes its comparisons as the build does (SiteFacts): with the code's range, which 38900's page
     * compares it with (38100-38999) besides its category and global period; and prints their medians as the page
     * does (the surgery median 5.035, between two codes, is 5.04 on both).
     */
    @Test
    void comparisonsAreThoseOfThePage() throws IOException {
        Pattern line = Pattern.compile(
                "comparison: percentile (\\d+) of (\\d+) (.+) codes, .* the median (\\S+); top (\\S+) \\((\\w+)\\)");
        List<String> shown = new ArrayList<>();
        for (String l : show("38900").lines().toList()) {
            Matcher m = line.matcher(l);
            if (m.matches())
                shown.add(String.join(" | ", m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6)));
        }
        List<String> onPage = new ArrayList<>();
        for (Element row :
                Jsoup.parse(site.resolve("cpt/38900/index.html").toFile()).select("table.compare-table tbody tr")) {
            String highest = row.selectFirst("td[data-label=Highest]").text();
            onPage.add(String.join(
                    " | ",
                    row.selectFirst("th").text(),
                    row.selectFirst("td[data-label=Codes]").text(),
                    row.selectFirst("td[data-label=Percentile]").text().replaceAll("\\D", ""),
                    row.selectFirst("td[data-label=Median]").text(),
                    highest.replaceAll(" \\(.*", ""),
                    row.selectFirst("td[data-label=Highest] a").text()));
        }
        assertTrue(onPage.stream().anyMatch(r -> r.startsWith("38100–38999 | ")), () -> "no range row: " + onPage);
        assertEquals(onPage, shown);
    }

    /**
     * A code's history lines name its amounts as its rows line does: "NA" where the NA indicator is set (27445,
     * surgery, last in the older release), and why a code has no amount (0075T, status C: "Contractor priced"), as
     * the page's history table does.
     */
    @Test
    void historyLinesSayNaAndNotPaidAsTheRowsLineDoes() {
        List<String> data = new ArrayList<>();
        for (Path p : Sites.HISTORY) data.addAll(List.of("--data", p.toString()));
        String deleted = show("27445", data);
        assertTrue(deleted.contains("deleted:   not in RVU26A; last in RVU25D"), deleted);
        assertTrue(deleted.contains("pay-nf NA  pay-f $1,232.08"), deleted); // as the page prints it
        String notPaid = show("0075T", data);
        assertTrue(notPaid.contains("pay-nf Contractor priced  pay-f Contractor priced"), notPaid);
        assertTrue(notPaid.lines().filter(l -> l.startsWith("history:")).count() == 2, notPaid);
    }

    /** An amount the OPPS cap lowered is marked, as the page marks it (70473 in 2026: its global and TC rows). */
    @Test
    void amountsTheOppsCapLoweredAreMarked() {
        String shown = show(
                "70473", List.of("--data", org.cptsite.RealData.dir("rvu26").toString()));
        assertTrue(shown.contains(" $226.79 (OPPS cap)  NA\n"), shown);
        assertTrue(shown.contains(" $47.43  $47.43\n"), shown); // the 26 row: not capped
    }

    /** The merged record: what the content file gives the page (synonyms, specialties, review, successors). */
    @Test
    void theContentFilesFieldsAreShown(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Files.writeString(
                content.resolve("codes/27445.md"),
                "---\ntitle: Knee replacement, hinged\nsummary: Deleted in 2026.\nreplaced_by: [\"27447\"]\n"
                        + "reviewed: 2026-01-10\nreviewer: Dr. A. Editor\n---\n");
        List<String> args = new ArrayList<>(List.of("show", "27445", "--content", content.toString()));
        for (Path p : Sites.HISTORY) args.addAll(List.of("--data", p.toString()));
        args.addAll(List.of("--templates", Sites.TEMPLATES.toString(), "--base-url", Sites.BASE_URL));
        CommandRun r = CommandRun.of(args);
        assertEquals(0, r.code(), r::err);
        assertTrue(r.out().contains("\nreviewed:  2026-01-10 by Dr. A. Editor\n"), r::out);
        assertTrue(r.out().contains("\nreplaced by: 27447\n"), r::out);
        String sln = show("38900");
        assertTrue(
                sln.contains("\nsynonyms:  sentinel node mapping, SLN mapping, intraoperative lymphatic mapping, "
                        + "blue dye node localization\n"),
                sln);
        assertTrue(sln.contains("\nspecialties: Surgical Oncology, General Surgery, Breast Surgery\n"), sln);
    }

    @Test
    void theSitesWarningsAreCountedNotListed() {
        // The fixture's content has titles too long for a page's <title>: check lists those warnings, show only
        // counts them, so that they do not bury the code's record.
        List<String> args = new ArrayList<>(List.of("show", "38900"));
        args.addAll(Sites.sampleOptions());
        CommandRun r = CommandRun.of(args);
        assertEquals(0, r.code(), r::err);
        assertFalse(r.err().contains("warning: the title"), r::err);
        assertTrue(r.err().matches("(?s).*\\d+ warning\\(s\\) about the site; cptsite check lists them\n"), r::err);
        assertTrue(r.out().startsWith("38900 "), r::out);
    }

    /**
     * An error in another code's file does not stop show (that file is left out, as nothing shown depends on it):
     * the error is listed, with a line that says the code is shown without it. An error in the code's own file,
     * or outside the codes folder, still stops it.
     */
    @Test
    void anErrorInAnotherCodesFileDoesNotStopShow(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Files.writeString(content.resolve("codes/27447.md"), "---\ntitle: [unclosed\n---\nText.\n");
        List<String> options = new ArrayList<>(Sites.sampleOptions(content));
        options.addAll(List.of("--base-url", Sites.BASE_URL));
        List<String> args = new ArrayList<>(List.of("show", "38900"));
        args.addAll(options);
        CommandRun r = CommandRun.of(args);
        assertEquals(0, r.code(), r::err);
        assertTrue(r.err().contains("27447.md:2: error:"), r::err);
        assertTrue(
                r.err().contains("these errors are in other codes' files, left out; 38900 is shown without them"),
                r::err);
        assertEquals(
                show("38900").replace(Sites.CONTENT.toString(), content.toString()),
                r.out(),
                "the same record as without the broken file");

        args = new ArrayList<>(List.of("show", "27447"));
        args.addAll(options);
        r = CommandRun.of(args);
        assertEquals(1, r.code(), r::err);
        assertTrue(r.err().contains("27447.md:2: error:"), r::err);
        assertEquals("", r.out());

        Files.writeString(content.resolve("ranges.yml"), "ranges: [\n", java.nio.file.StandardOpenOption.APPEND);
        args = new ArrayList<>(List.of("show", "38900"));
        args.addAll(options);
        r = CommandRun.of(args);
        assertEquals(1, r.code(), r::err);
        assertTrue(r.err().contains("ranges.yml"), r::err);
    }

    private static String show(String code, List<String> data) {
        List<String> args = new ArrayList<>(List.of("show", code));
        args.addAll(data);
        args.addAll(List.of("--content", Sites.CONTENT.toString(), "--templates", Sites.TEMPLATES.toString()));
        args.addAll(List.of("--base-url", Sites.BASE_URL));
        CommandRun r = CommandRun.of(args);
        assertEquals(0, r.code(), r::err);
        return r.out();
    }

    private static String show(String code, String... options) {
        List<String> args = new ArrayList<>(List.of("show", code));
        args.addAll(Sites.sampleOptions());
        args.addAll(List.of("--base-url", Sites.BASE_URL));
        args.addAll(List.of(options));
        CommandRun r = CommandRun.of(args);
        assertEquals(0, r.code(), r::err);
        return r.out();
    }
}
