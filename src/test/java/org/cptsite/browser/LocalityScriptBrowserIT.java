package org.cptsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.RealData;
import org.cptsite.Sites;
import org.cptsite.compute.AnesthesiaPayment;
import org.cptsite.compute.LocalityGpcis;
import org.cptsite.compute.LocalityPayment;
import org.cptsite.compute.LocalityPricing;
import org.cptsite.compute.SiteFacts;
import org.cptsite.model.AnesthesiaFactor;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Locality;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.output.Output;
import org.cptsite.pipeline.Pipeline;
import org.cptsite.render.SiteRenderer;
import org.cptsite.render.Templates;
import org.cptsite.render.Urls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One formula, two places: the page script (templates/assets/locality.js, run in headless Chromium on the
 * built pages of the real 2026 release) and the Java build (compute.LocalityPricing) must give the same cents
 * for every row, modifier rule and anesthesia figure, in every locality and nationally. The codes cover every
 * kind: the worked example 38900, imaging codes whose OPPS cap binds, 26/TC splits, NA settings, each bilateral
 * indicator, endoscopy families, co-surgery and team surgery, therapy, statuses R and T and unpaid ones, a 53
 * row, HCPCS G codes, anesthesia codes.
 */
class LocalityScriptBrowserIT {
    static final List<String> CODES = List.of(
            "38900", // the worked example: add-on, bilateral 1, assistant 2, co-surgeon 1
            "70473", "70496", "71275", // imaging, OPPS cap binds (global and TC), facility NA
            "71046", "88305", "93000", // 26/TC splits and a global-only test
            "11004", "19301", // non-facility NA
            "27447", "11010", "70030", // bilateral 1, 2, 3
            "0583T", "43239", "45380", // endoscopy families (base 31231, 43235, 45378)
            "45378", // a base code with a 53 row
            "15756", "22818", "33945", // co-surgeons 2, team surgery 2
            "92507", "97110", // therapy (multiple procedure 5)
            "11055", "36591", "D0140", // status R, T, a dental code
            "G0105", "G0121", "G0130", "G2211", // HCPCS G codes (53 row, TC row)
            "99213", "99285", "0446T", // E/M, Category III
            "0001F", "J0120", // not paid under the fee schedule (I, E): no locality script on their pages
            "00142", "01402"); // anesthesia (status J)
    /** Anesthesia examples: base units and minutes. */
    static final int[][] ANESTHESIA = {{4, 52}, {5, 60}, {3, 0}, {7, 187}, {10, 1}};

    @TempDir
    static Path out;

    private static LocalityPricing pricing;
    private static ChromeDriver browser;
    private static StaticServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void buildTheRealRelease() throws IOException {
        Path data = RealData.dir("rvu26");
        Problems problems = new Problems();
        SiteFacts facts = new Pipeline(
                        new Pipeline.Options(
                                data, Sites.CONTENT, Sites.TEMPLATES, null, Sites.BASE_URL, LocalDate.of(2026, 1, 1)),
                        m -> {})
                .facts(problems);
        assertNotNull(facts, () -> problems.all().toString());
        // The pages and assets as the build renders them, written straight to the folder: the page checks and
        // the atomic swap of a real build are other tests' business (RealSiteIT), and take most of its time.
        new SiteRenderer(facts, new Templates(Sites.TEMPLATES, problems), Sites.TEMPLATES, problems)
                .render(new Files(out), n -> {});
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        pricing = facts.pricing();
        browser = Browser.start(1280, 900);
        server = new StaticServer(out);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (browser != null) browser.quit();
    }

    @Test
    void theScriptAndJavaGiveTheSameCentsForEveryLocality() throws IOException {
        Release release = pricing.release();
        List<Locality> localities = pricing.localities();
        assertEquals(109, localities.size());
        List<String> differences = new ArrayList<>();
        int compared = 0;
        int amounts = 0;
        int cappedSomewhere = 0;
        for (String code : CODES) {
            CodeRows rows = release.codes().get(code);
            assertNotNull(rows, code + " is in the release");
            if (!priced(rows)) {
                assertFalse(hasLocalityData(code), code + ": no row is paid, so the page has no locality script");
                continue;
            }
            browser.get(server.url(Urls.code(code)));
            @SuppressWarnings("unchecked")
            Map<String, Object> fromScript = (Map<String, Object>) browser.executeAsyncScript(
                    """
                    var done = arguments[arguments.length - 1], pairs = arguments[0];
                    var api = window.cptsiteLocality;
                    api.ready().then(function () {
                      var result = {};
                      api.localities().concat(["national"]).forEach(function (id) {
                        var r = api.price(api.data, id === "national" ? null : id);
                        if (r.anes) r.examples = pairs.map(function (p) { return api.anesthesia(p[0], p[1], r.anes.cf); });
                        result[id] = JSON.stringify(r);
                      });
                      done(result);
                    }, function (e) { done({error: String(e)}); });""",
                    List.of(ANESTHESIA[0], ANESTHESIA[1], ANESTHESIA[2], ANESTHESIA[3], ANESTHESIA[4]).stream()
                            .map(p -> List.of(p[0], p[1]))
                            .toList());
            assertFalse(fromScript.containsKey("error"), () -> code + ": " + fromScript);
            assertEquals(localities.size() + 1, fromScript.size(), code);
            boolean capped = false;
            for (Locality l : localities) {
                LocalityPricing.CodePrice p = pricing.price(rows, pricing.gpcis(l));
                capped |= p.rows().stream().anyMatch(x -> x != null && x.capped());
                AnesthesiaFactor anes = pricing.anesthesia(l);
                String expected = expected(
                        rows, p, anes == null ? null : anes.cf(), anes == null ? null : anes.qualifyingApmCf());
                compared++;
                amounts += count(p);
                if (!expected.equals(fromScript.get(l.id()))) {
                    differences.add(code + " in " + l.id() + ":\n  java   " + expected + "\n  script "
                            + fromScript.get(l.id()));
                }
            }
            String national = expected(
                    rows,
                    pricing.price(rows, LocalityGpcis.NATIONAL),
                    release.anesthesiaCf(),
                    release.anesthesiaQualifyingApmCf());
            compared++;
            if (!national.equals(fromScript.get("national"))) {
                differences.add(
                        code + " nationally:\n  java   " + national + "\n  script " + fromScript.get("national"));
            }
            if (capped) cappedSomewhere++;
        }
        System.out.printf(
                "locality script vs Java: %d codes x %d localities (+ national) = %d comparisons, "
                        + "%d amounts; OPPS cap binding for %d codes%n",
                CODES.size(), localities.size(), compared, amounts, cappedSomewhere);
        assertTrue(
                differences.isEmpty(),
                differences.size() + " differences, first: " + differences.subList(0, Math.min(3, differences.size())));
        assertTrue(cappedSomewhere >= 3, "the sample has codes whose OPPS cap binds");
    }

    /**
     * Beyond the sample: every code page of the release. Each page's own data (its #locality-data element, read
     * from the built HTML) goes through the script for all localities and nationally; the script returns a hash
     * of each code's results (FNV-1a over the JSON texts), and Java hashes its own results the same way.
     */
    @Test
    void everyCodePageAgreesInEveryLocality() throws IOException {
        Release release = pricing.release();
        List<String> ids = new ArrayList<>();
        pricing.localities().forEach(l -> ids.add(l.id()));
        List<String> codes = new ArrayList<>();
        int unpriced = 0;
        for (var e : release.codes().entrySet()) {
            if (priced(e.getValue())) {
                codes.add(e.getKey());
            } else {
                assertFalse(hasLocalityData(e.getKey()), e.getKey() + ": no row is paid, so no locality script");
                unpriced++;
            }
        }
        assertTrue(unpriced > 1000, "codes without a paid row: " + unpriced);
        browser.get(server.url(Urls.code("38900")));
        List<String> differences = new ArrayList<>();
        int batch = 400;
        long amounts = 0;
        for (int from = 0; from < codes.size(); from += batch) {
            List<String> slice = codes.subList(from, Math.min(codes.size(), from + batch));
            List<String> pageData = new ArrayList<>();
            for (String code : slice) pageData.add(pageData(code));
            @SuppressWarnings("unchecked")
            List<String> hashes = (List<String>) browser.executeAsyncScript(
                    """
                    var done = arguments[arguments.length - 1], pages = arguments[0], pairs = arguments[1];
                    var api = window.cptsiteLocality;
                    function fnv(s) {
                      var h = 0x811c9dc5;
                      for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
                      return String(h);
                    }
                    api.ready().then(function () {
                      var ids = api.localities().concat(["national"]);
                      done(pages.map(function (text) {
                        var data = JSON.parse(text), all = [];
                        ids.forEach(function (id) {
                          var r = api.price(data, id === "national" ? null : id);
                          if (r.anes) r.examples = pairs.map(function (p) { return api.anesthesia(p[0], p[1], r.anes.cf); });
                          all.push(JSON.stringify(r));
                        });
                        return fnv(all.join("|"));
                      }));
                    }, function (e) { done([String(e)]); });""",
                    pageData,
                    java.util.Arrays.stream(ANESTHESIA)
                            .map(p -> List.of(p[0], p[1]))
                            .toList());
            assertEquals(slice.size(), hashes.size(), () -> String.valueOf(hashes));
            for (int i = 0; i < slice.size(); i++) {
                CodeRows rows = release.codes().get(slice.get(i));
                List<String> all = new ArrayList<>();
                for (Locality l : pricing.localities()) {
                    LocalityPricing.CodePrice p = pricing.price(rows, pricing.gpcis(l));
                    amounts += count(p);
                    AnesthesiaFactor anes = pricing.anesthesia(l);
                    all.add(expected(
                            rows, p, anes == null ? null : anes.cf(), anes == null ? null : anes.qualifyingApmCf()));
                }
                all.add(expected(
                        rows,
                        pricing.price(rows, LocalityGpcis.NATIONAL),
                        release.anesthesiaCf(),
                        release.anesthesiaQualifyingApmCf()));
                if (!fnv(String.join("|", all)).equals(hashes.get(i))) differences.add(slice.get(i));
            }
        }
        System.out.printf(
                "locality script vs Java, every code: %d codes x %d localities (+ national) = %d code-locality "
                        + "pairs, %d amounts%n",
                codes.size(), ids.size(), (long) codes.size() * (ids.size() + 1), amounts);
        assertTrue(
                differences.isEmpty(),
                differences.size() + " codes differ, e.g. " + differences.subList(0, Math.min(10, differences.size())));
    }

    /** The county finder over the real 26LOCCO file, including areas that cross a state line. */
    /**
     * The cap compares RVU sums, so it lowers the qualifying APM amount where it lowers the other: the national
     * table marks both (70473's global and TC rows, facility NA; its 26 row is not capped), as the script marks
     * its locality table.
     */
    @Test
    void theNationalTableMarksTheCappedQualifyingApmAmountsToo() throws IOException {
        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(out.resolve("cpt/70473/index.html").toFile());
        List<String> rows = new ArrayList<>();
        for (org.jsoup.nodes.Element tr : page.select("table.pay-table tbody tr"))
            rows.add(tr.child(0).text() + ": " // text() reads the mark's &nbsp; as a space
                    + String.join(
                            " | ",
                            tr.selectFirst("td[data-label=Non-facility]").text(),
                            tr.selectFirst("td[data-label=Non-facility, qualifying APM]")
                                    .text(),
                            tr.selectFirst("td[data-label=Facility, qualifying APM]")
                                    .text()));
        assertEquals(
                List.of(
                        "global: $226.79 OPPS cap | $227.92 OPPS cap | NA",
                        "26: $47.43 | $47.67 | $47.67",
                        "TC: $179.36 OPPS cap | $180.26 OPPS cap | NA"),
                rows);
    }

    @Test
    void theCountyFinderFindsTheLocalityOfACounty() {
        browser.get(server.url(Urls.code("99213")));
        String[][] cases = {
            {"Texas", "travis", "04412-31"},
            {"Texas", "Lubbock", "04412-99"}, // not named: the rest of the state
            {"California", "Marin", "01112-52"},
            {"New York", "queens", "13292-04"},
            {"Virginia", "Arlington", "12202-01"}, // in the DC area, not in "all counties, except Arlington ..."
            {"Virginia", "Roanoke", "11302-00"},
            {"Maryland", "Montgomery", "12202-01"}, // named "in Maryland" by the DC area
            {"Maryland", "Howard", "12302-01"},
            {"Maryland", "Garrett", "12302-99"},
            {"Missouri", "Boone", "05302-99"}, // one area, though LOCCO lists it twice
            {"Alabama", "Jefferson", "10112-00"}, // statewide
        };
        for (String[] c : cases) {
            Object ids = browser.executeAsyncScript("""
                    var done = arguments[arguments.length - 1], state = arguments[0], county = arguments[1];
                    window.cptsiteLocality.ready().then(function () {
                      done(window.cptsiteLocality.findAreas(state, county));
                    });""", c[0], c[1]);
            assertEquals(List.of(c[2]), ids, c[0] + " / " + c[1]);
        }
    }

    /** Writes rendered pages and files under a folder, as the site writer would (without staging). */
    private record Files(Path root) implements Output {
        @Override
        public void page(String url, byte[] html) {
            file(Output.fileOf(url), html);
        }

        @Override
        public void file(String path, byte[] bytes) {
            try {
                Path target = root.resolve(path);
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.write(target, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether a code's page has locality amounts: an anesthesia code, or one with a row paid under the schedule. */
    static boolean priced(CodeRows rows) {
        return rows.main().anesthesia() || rows.rows().stream().anyMatch(org.cptsite.model.RvuRow::payable);
    }

    private static final String DATA_OPEN = "<script type=\"application/json\" id=\"locality-data\">";

    private static boolean hasLocalityData(String code) throws IOException {
        return java.nio.file.Files.readString(out.resolve(Output.fileOf(Urls.code(code))))
                .contains(DATA_OPEN);
    }

    /** The #locality-data element of a built code page. */
    private static String pageData(String code) throws IOException {
        String html = java.nio.file.Files.readString(out.resolve(Output.fileOf(Urls.code(code))));
        String open = DATA_OPEN;
        int start = html.indexOf(open);
        assertTrue(start >= 0, code + " has no locality data");
        return html.substring(start + open.length(), html.indexOf("</script>", start));
    }

    /** FNV-1a over UTF-16 code units, as the test's script computes it. */
    static String fnv(String s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return Long.toString(Integer.toUnsignedLong(h));
    }

    /** The figures of one code at one set of GPCIs, in the shape and key order of the script's price(). */
    static String expected(CodeRows code, LocalityPricing.CodePrice p, BigDecimal anesCf, BigDecimal anesApmCf)
            throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> rows = new ArrayList<>();
        for (LocalityPayment r : p.rows()) {
            if (r == null) {
                rows.add(null);
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nf", plain(r.nonFacility()));
            row.put("f", plain(r.facility()));
            row.put("nfApm", plain(r.nonFacilityApm()));
            row.put("fApm", plain(r.facilityApm()));
            row.put("nfCap", r.nonFacilityCapped());
            row.put("fCap", r.facilityCapped());
            row.put("nfLim", plain(r.nonFacilityLimiting()));
            row.put("fLim", plain(r.facilityLimiting()));
            rows.add(row);
        }
        m.put("rows", rows);
        List<Object> rules = new ArrayList<>();
        for (LocalityPricing.RuleAmount r : p.rules()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("nf", plain(r.nonFacility()));
            rule.put("f", plain(r.facility()));
            rules.add(rule);
        }
        m.put("rules", rules);
        boolean anesthesia = code.main().status().equals("J");
        if (anesthesia && anesCf != null) {
            Map<String, Object> anes = new LinkedHashMap<>();
            anes.put("cf", anesCf.toPlainString());
            anes.put("apmCf", plain(anesApmCf));
            m.put("anes", anes);
            List<String> examples = new ArrayList<>();
            for (int[] e : ANESTHESIA)
                examples.add(AnesthesiaPayment.amount(e[0], e[1], anesCf).toPlainString());
            m.put("examples", examples);
        } else {
            m.put("anes", null);
        }
        return JSON.writeValueAsString(m);
    }

    private static int count(LocalityPricing.CodePrice p) {
        int n = 0;
        for (LocalityPayment r : p.rows()) {
            if (r != null) n += 8;
        }
        return n + 2 * p.rules().size();
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
