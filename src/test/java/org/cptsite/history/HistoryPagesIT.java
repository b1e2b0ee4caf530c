package org.cptsite.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cptsite.CommandRun;
import org.cptsite.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample built with its older release: history on code pages and twins, deleted codes, release reports. */
class HistoryPagesIT {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    @TempDir
    static Path tmp;

    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Sites.build(Sites.HISTORY, Sites.historyContent(tmp.resolve("content")), site, LocalDate.of(2026, 1, 15));
    }

    static Document page(String url) {
        String file = url.substring(1) + "index.html";
        return Jsoup.parse(Sites.read(site.resolve(file)), Sites.BASE_URL + "/");
    }

    static JsonNode json(String code) throws IOException {
        return JSON.readTree(Files.readString(site.resolve(Sites.json(code))));
    }

    /**
     * A category title long enough to fill a page title: each page of the report's changed rows keeps its number
     * in its title and description, which must differ from page to page (the build failed on the second page).
     */
    @Test
    void aLongCategoryTitleKeepsEachReportPagesNumber(@TempDir Path dir) throws IOException {
        Path content = Sites.historyContent(dir.resolve("content"));
        Path surgery = content.resolve("categories/surgery.md");
        Files.writeString(
                surgery,
                Files.readString(surgery)
                        .replace("title: Surgery", "title: Surgical procedures of all the systems of the body"));
        Path built = dir.resolve("site");
        Sites.build(Sites.HISTORY, content, built, LocalDate.of(2026, 1, 15));
        Document first = Jsoup.parse(Sites.read(built.resolve("releases/RVU26A/changed/surgery/index.html")));
        Document second = Jsoup.parse(Sites.read(built.resolve("releases/RVU26A/changed/surgery/2/index.html")));
        assertTrue(first.title().matches(".*, page 1 of \\d+"), first::title);
        assertTrue(second.title().matches(".*, page 2 of \\d+"), second::title);
        String description = second.selectFirst("meta[name=description]").attr("content");
        assertTrue(description.matches(".* Page 2 of \\d+\\."), description);
    }

    @Test
    void a38900PageShowsItsChangeSinceRvu25dAndBothReleases() {
        Element history = page("/cpt/38900/").getElementById("history");
        assertNotNull(history);
        List<String> lines = history.select("ul.changes li").eachText();
        assertTrue(lines.contains("Work RVU 2.50 \u2192 2.44 (\u22120.06, \u22122.4%)"), lines::toString);
        assertTrue(
                lines.contains("National payment, non-facility $132.94 \u2192 $144.96 (+$12.02, +9.0%)"),
                lines::toString);
        // Its PE RVUs, which the release report lists too: no figure above shows them.
        assertTrue(
                history.text()
                        .contains("Also: PE RVU, non-facility 1.02 \u2192 1.31; PE RVU, facility 1.02 \u2192 0.65"),
                history::text);
        assertEquals(
                "Since the previous release (RVU25D)", history.selectFirst("h3").text());
        List<String> rows = history.select("table.history-table tbody tr").eachText();
        assertEquals(
                List.of(
                        "RVU25D 32.3465 2.50 4.11 4.11 $132.94 $132.94",
                        "RVU26A 33.4009 2.44 4.34 3.68 $144.96 $122.92"),
                rows);
        Element chart = history.selectFirst("svg[role=img]");
        assertEquals("history-chart-title", chart.attr("aria-labelledby"), "named by its title");
        assertEquals(
                "National non-facility payment of 38900 by release",
                chart.selectFirst("title").text());
        // Its text equivalent is the figure's caption, once: a desc of the same words would be read twice.
        assertEquals(
                "National non-facility payment by release: RVU25D $132.94, RVU26A $144.96.",
                chart.parent().selectFirst("figcaption").text());
        assertNull(chart.selectFirst("desc"));
        assertEquals(2, chart.select("circle").size());
    }

    @Test
    void aSettingNotExpectedIsNaAndACodeWithoutAmountsSaysWhyAsItsPageDoes() {
        // 27130 has the non-facility NA indicator in both releases: it is paid, in a facility only.
        Element history = page("/cpt/27130/").getElementById("history");
        for (Element row : history.select("table.history-table tbody tr")) {
            assertEquals("NA", row.select("td").get(4).text(), row::text);
            assertTrue(row.select("td").get(5).text().startsWith("$"), row::text);
        }
        assertEquals(
                "NA: not expected in this setting (the file\u2019s NA indicator), so no amount.",
                history.selectFirst("p.note").text());
        // Its chart is of the facility payment, the one it has.
        Element chart = history.selectFirst("svg[role=img]");
        assertNotNull(chart, "27130 has a chart of its facility payment");
        assertEquals(
                "National facility payment of 27130 by release",
                chart.selectFirst("title").text());
        assertTrue(chart.parent()
                .selectFirst("figcaption")
                .text()
                .startsWith("National facility payment by release: RVU25D $"));
        // A code without national amounts says why, as its payment section and the list tables do: 0075T (status
        // C) is priced by the contractor, 00100 (J) paid by anesthesia units, 0001F (I) not paid. No note, no chart.
        Map<String, String> why = Map.of(
                "/cpt/0075T/", "Contractor priced",
                "/cpt/00100/", "By units",
                "/cpt/0001F/", "Not paid");
        why.forEach((url, words) -> {
            Element section = page(url).getElementById("history");
            Elements rows = section.select("table.history-table tbody tr");
            assertEquals(2, rows.size(), url);
            for (Element row : rows) {
                assertEquals(words, row.select("td").get(4).text(), url + " " + row.text());
                assertEquals(words, row.select("td").get(5).text(), url + " " + row.text());
            }
            assertNull(section.selectFirst("p.note"), url);
            assertNull(section.selectFirst("svg"), url);
        });
        assertTrue(page("/cpt/0075T/").getElementById("payment").text().contains("Priced by the Medicare contractor"));
    }

    @Test
    void theMetaDescriptionSaysWhatThePageSaysOfAmounts() {
        // What a search result shows of the page: a contractor-priced code is not "not paid", and a setting
        // that is not expected is NA, as in the page's tables.
        assertTrue(
                description("/cpt/0075T/")
                        .startsWith("0075T: work RVU 0.00; priced by the Medicare contractor, no national amount. "),
                description("/cpt/0075T/"));
        assertTrue(
                description("/cpt/0001F/")
                        .startsWith("0001F: work RVU 0.00; not paid under the Medicare fee schedule. "),
                description("/cpt/0001F/"));
        String facilityOnly = description("/cpt/27130/");
        assertTrue(
                facilityOnly.matches("27130: work RVU [0-9.]+; national Medicare payment \\$[0-9,.]+ facility "
                        + "\\(non-facility: NA\\)\\. .*"),
                facilityOnly);
        assertTrue(description("/cpt/38900/").contains("$144.96 non-facility, $122.92 facility."));
        // A status's meaning inside a sentence keeps its names' capitals.
        assertTrue(
                page("/cpt/0075T/")
                        .getElementById("description")
                        .text()
                        .contains("(carrier priced: the Medicare contractor sets the payment)"),
                () -> page("/cpt/0075T/").getElementById("description").text());
    }

    @Test
    void theFaqOfADeletedCodeIsInThePastAndAContractorPricedCodeIsPaid() {
        // 27445: paid in RVU25D, its last release; nothing now.
        Map<String, String> faq = faq("/cpt/27445/");
        assertTrue(faq.containsKey("What was the work RVU of 27445?"), faq::toString);
        assertTrue(
                faq.get("How much did Medicare pay for 27445?")
                        .startsWith("CMS deleted 27445 after RVU25D, its last release. Until then the national "
                                + "amount before locality adjustment was $1,232.08 in a facility (none in a "
                                + "non-facility setting, where the service is not expected), at the conversion "
                                + "factor 32.3465 of RVU25D"),
                faq::toString);
        // Its key facts are those of its last release, and its status says so.
        assertEquals(
                "Status in RVU25D",
                fact("/cpt/27445/", "Status").selectFirst("dt").text());
        assertFalse(faq.containsKey("How much does Medicare pay for 27445?"), faq::toString);
        // 0042T: contractor priced in its last release.
        Map<String, String> contractor = faq("/cpt/0042T/");
        assertTrue(
                contractor
                        .getOrDefault("How did Medicare pay for 0042T?", "")
                        .startsWith("CMS deleted 0042T after RVU25D, its last release. Until then its status was C "
                                + "(carrier priced: the Medicare contractor sets the payment)"),
                contractor::toString);
        // 0075T: contractor priced now, so paid: not a "No".
        Map<String, String> current = faq("/cpt/0075T/");
        assertTrue(
                current.get("How does Medicare pay for 0075T?").startsWith("Through its contractors: its status is C"),
                current::toString);
        assertFalse(current.containsKey("Does Medicare pay for 0075T under the fee schedule?"), current::toString);
        // The JSON-LD says the same as the page.
        String ld =
                page("/cpt/0075T/").select("script[type=application/ld+json]").html();
        assertTrue(ld.contains("\"How does Medicare pay for 0075T?\""), ld);
    }

    /** The questions of a page's FAQ with their answers' text. */
    private static Map<String, String> faq(String url) {
        Map<String, String> faq = new java.util.LinkedHashMap<>();
        for (Element h : page(url).select("#faq h3"))
            faq.put(h.text(), h.nextElementSibling().text());
        return faq;
    }

    private static String description(String url) {
        return page(url).selectFirst("meta[name=description]").attr("content");
    }

    @Test
    void everyFigureOfADeletedCodeIsOfItsLastRelease() {
        // 27445 is last in RVU25D (CF 32.3465): facility total 38.09 -> $1,232.08, bilateral 150% -> $1,848.12.
        // At RVU26A's CF 33.4009 the bilateral amount would be $1,908.36, a figure of no release.
        Document d = page("/cpt/27445/");
        assertEquals(
                "Relative value units by modifier, release RVU25D",
                d.selectFirst("table caption").text());
        String note = d.select("p.note").eachText().stream()
                .filter(t -> t.startsWith("Amount = total RVUs"))
                .findFirst()
                .orElseThrow();
        assertTrue(note.startsWith("Amount = total RVUs \u00d7 conversion factor 32.3465 (release RVU25D)"), note);
        Element bilateral = d.select("table.mod-table tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("50"))
                .findFirst()
                .orElseThrow();
        assertEquals("$1,848.12", bilateral.select("td").last().text(), bilateral::text);
        Element locality = d.getElementById("locality");
        assertTrue(locality.selectFirst("p.formula").text().endsWith("\u00d7 32.3465"), locality::text);
        // The picker's GPCIs and CF are RVU26A's: a deleted code gets none, and says why.
        assertNull(locality.getElementById("loc-select"));
        assertNull(d.getElementById("locality-data"));
        assertTrue(d.select("script[src*=locality]").isEmpty());
        assertTrue(
                locality.selectFirst("p.callout").text().startsWith("No locality amounts for this code"),
                locality::text);
        // A current code keeps its picker.
        assertNotNull(page("/cpt/38900/").getElementById("loc-select"));
    }

    @Test
    void theKeyFactsSayTheChangeSinceThePreviousRelease() {
        Element change = page("/cpt/38900/").selectFirst("#key-facts .fact.change");
        assertNotNull(change, "the change in the key facts, at the top of the page");
        assertEquals(
                "Since the previous release (RVU25D)", change.selectFirst("dt").text());
        // The payments first: what a reader came for.
        assertTrue(
                change.selectFirst("dd")
                        .text()
                        .startsWith("National payment, non-facility $132.94 \u2192 $144.96 (+$12.02, +9.0%); "
                                + "National payment, facility $132.94 \u2192 $122.92"),
                change.text());
        // A code that became payable says so first: A2001 was contractor priced (status C) in RVU25D.
        assertTrue(
                page("/hcpcs/A2001/")
                        .selectFirst("#key-facts .fact.change dd")
                        .text()
                        .startsWith(
                                "Status C \u2192 A; National payment, non-facility Contractor priced \u2192 $127.26;"),
                () -> page("/hcpcs/A2001/")
                        .selectFirst("#key-facts .fact.change")
                        .text());
        assertNotNull(change.selectFirst("a[href=#history]"));
    }

    @Test
    void anIndicatorThatChangedIsSaidInWords() {
        // A2001: status C and global period XXX in RVU25D, A and ZZZ in RVU26A.
        List<String> lines =
                page("/hcpcs/A2001/").select("#history ul.changes li").eachText();
        assertTrue(lines.contains("Status C \u2192 A"), lines::toString);
        assertTrue(lines.contains("Global period XXX \u2192 ZZZ"), lines::toString);
        // Its facility setting went from contractor priced to NA: no amount either side, but a change.
        assertTrue(lines.contains("National payment, facility Contractor priced \u2192 NA"), lines::toString);
        assertTrue(
                page("/cpt/38900/").select("#history ul.changes li").eachText().stream()
                        .noneMatch(l -> l.startsWith("Global period")),
                "38900 kept its global period ZZZ");
    }

    @Test
    void theJsonTwinCarriesTheSameHistoryAndChanges() throws IOException {
        JsonNode j = json("38900");
        JsonNode history = j.get("history");
        assertEquals(2, history.size());
        assertEquals("RVU25D", history.get(0).get("release").asText());
        assertEquals("2.50", history.get(0).get("work_rvu").decimalValue().toPlainString());
        assertEquals(
                "132.94",
                history.get(0).get("non_facility_payment").decimalValue().toPlainString());
        JsonNode since = j.get("changes").get("since_previous");
        assertEquals("RVU25D", since.get("from").asText());
        assertEquals("-0.06", since.get("work_rvu").get("change").decimalValue().toPlainString());
        assertEquals(
                "144.96",
                since.get("non_facility_payment").get("after").decimalValue().toPlainString());
        assertEquals(
                "9.0",
                since.get("non_facility_payment").get("percent").decimalValue().toPlainString());
        assertEquals(
                "[\"1.02\",\"1.31\"]",
                since.at("/other_fields/0/changes/non_facility_pe_rvu").toString());
        assertTrue(j.get("changes").get("since_year_before").isNull(), "RVU25A is not given");
        assertTrue(j.get("deleted").isNull());
        assertTrue(j.get("new_in").isNull());
    }

    @Test
    void aDeletedCodeKeepsItsPageMarkedDeletedWithItsLastFiguresAndSuccessor() throws IOException {
        Document d = page("/cpt/0042T/");
        Element notice = d.selectFirst("p.deleted");
        assertNotNull(notice, "deleted notice");
        assertTrue(notice.text().startsWith("Deleted code: not in RVU26A; last in RVU25D."), notice::text);
        // Before the key facts, whose figures are RVU25D's too: "the figures below" covers them.
        assertEquals(notice, d.selectFirst("h1").parent().nextElementSibling(), "the notice follows the heading");
        Element successor = notice.selectFirst("a");
        assertEquals("/cpt/70450/", successor.attr("href"));
        assertTrue(d.title().endsWith("| deleted code"), d::title);
        assertEquals(
                List.of("RVU25D"),
                d.select("#history table.history-table tbody th").eachText());
        assertEquals(
                "Medicare Physician Fee Schedule, release RVU25D; conversion factor 32.3465",
                d.selectFirst("#key-facts > p.kf-source").text());
        // The footer names the release and files the figures are of; a current code's, the current release's.
        String source = d.selectFirst("footer .notices p:last-child").text();
        assertTrue(source.startsWith("Data: CMS Medicare Physician Fee Schedule, release RVU25D"), source);
        assertTrue(source.contains("PPRRVU2025_Oct_sample.csv"), source);
        String current =
                page("/cpt/38900/").selectFirst("footer .notices p:last-child").text();
        assertTrue(current.startsWith("Data: CMS Medicare Physician Fee Schedule, release RVU26A"), current);
        JsonNode j = json("0042T");
        assertEquals("RVU25D", j.get("release").get("id").asText());
        assertEquals("RVU26A", j.get("deleted").get("not_in").asText());
        assertEquals("70450", j.get("deleted").get("replaced_by").get(0).asText());
        // Exactly one successor: a 301 in _redirects for the hosts that read it.
        assertEquals("/cpt/0042T/ /cpt/70450/ 301\n", Files.readString(site.resolve("_redirects")));
        // The sitemap lists its successor, not a URL that redirects; a deleted code without one is listed.
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertFalse(sitemap.contains("/cpt/0042T/<"), sitemap);
        assertTrue(sitemap.contains(Sites.BASE_URL + "/cpt/70450/<"), sitemap);
        assertTrue(sitemap.contains(Sites.BASE_URL + "/cpt/27445/<"), sitemap);
        // A deleted code without content keeps its page too, described in the past tense.
        Document noContent = page("/cpt/27445/");
        assertNotNull(noContent.selectFirst("p.deleted"));
        String described =
                noContent.getElementById("description").selectFirst("p").text();
        assertTrue(described.startsWith("CPT code 27445 (CMS short descriptor"), described);
        assertTrue(
                described.contains(") was a code in the Surgery category")
                        && described.endsWith(" until CMS deleted it after RVU25D. Its Medicare status then: A "
                                + "(active: paid under the fee schedule)."),
                described);
    }

    /** For Netlify (redirects: forced), which applies no unforced rule over the deleted code's page, that exists. */
    @Test
    void forcedRedirectsForNetlify() throws IOException {
        Path content = Sites.historyContent(tmp.resolve("content-forced"));
        Files.writeString(content.resolve("site.yml"), "redirects: forced\n", StandardOpenOption.APPEND);
        Path forced = tmp.resolve("site-forced");
        Sites.build(Sites.HISTORY, content, forced, LocalDate.of(2026, 1, 15));
        assertEquals("/cpt/0042T/ /cpt/70450/ 301!\n", Files.readString(forced.resolve("_redirects")));
        assertNotNull(
                Jsoup.parse(forced.resolve("cpt/0042T/index.html").toFile()).selectFirst("p.deleted"));
    }

    @Test
    void deletedCodesAreLeftOutOfListsAndSearchButInTheReport() throws IOException {
        assertTrue(page("/category/category-iii/").select("a[href=/cpt/0042T/]").isEmpty());
        assertTrue(page("/category/surgery/27000-27299/")
                .select("a[href=/cpt/27445/]")
                .isEmpty());
        try (var s = Files.list(site.resolve("assets"))) {
            Path index = s.filter(p -> p.getFileName().toString().startsWith("search-index"))
                    .findFirst()
                    .orElseThrow();
            String text = Files.readString(index);
            assertFalse(text.contains("0042T"), "deleted code in the search index");
            assertTrue(text.contains("38900"));
        }
        Document report = page("/releases/RVU26A/");
        Element deleted = report.getElementById("h-deleted").parent();
        // Grouped by category: Surgery, Radiology, Category III, HCPCS Level II.
        assertEquals(
                List.of("27445", "77014", "0042T", "G0511"),
                deleted.select("li > a").eachText());
    }

    @Test
    void aCodeTheOlderSampleLacksIsNewOnItsPageTwinAndReport() throws IOException {
        // The older sample leaves out 49505 (with editorial content) and 0591T (without).
        for (String code : List.of("49505", "0591T")) {
            Document d = page("/cpt/" + code + "/");
            Element callout = d.selectFirst("p.callout.new");
            assertNotNull(callout, code + ": no new-code callout");
            assertEquals("New in RVU26A: the previous release does not have this code.", callout.text());
            assertNull(d.selectFirst("#key-facts .fact.change"), code + ": no change since a release it is not in");
            assertEquals(
                    List.of("RVU26A"),
                    d.select("#history table.history-table tbody th").eachText());
            JsonNode j = json(code);
            assertEquals("RVU26A", j.get("new_in").asText());
            assertTrue(j.get("changes").get("since_previous").isNull());
        }
        assertNull(page("/cpt/38900/").selectFirst("p.callout.new"), "38900 is in both releases");
        Element added = page("/releases/RVU26A/").getElementById("h-added").parent();
        assertEquals(List.of("49505", "0591T"), added.select("li > a").eachText());
    }

    @Test
    void theReportGivesTheCfChangeAndMoversAndIsLinkedFromHome() {
        Document report = page("/releases/RVU26A/");
        assertEquals(
                "RVU26A: what changed since RVU25D", report.selectFirst("h1").text());
        assertEquals(
                "Conversion factor 32.3465 \u2192 33.4009 (+1.0544, +3.3%)",
                report.selectFirst("ul.summary li").text());
        Element up = report.getElementById("up-payment").parent();
        List<String> first = up.select("tbody tr").first().select("th, td").eachText();
        assertEquals(
                List.of(
                        "0446T",
                        "Inserting an implantable glucose sensor under the skin",
                        "$5,846.63",
                        "$6,320.12",
                        "+$473.49",
                        "+8.1%"),
                first);
        assertTrue(up.select("tbody tr").size() <= 25);
        assertFalse(page("/").select("a[href=/releases/]").isEmpty(), "home links the release index");
        assertFalse(page("/releases/").select("a[href=/releases/RVU26A/]").isEmpty());
        Document changed = page("/releases/RVU26A/changed/surgery/");
        Element row = changed.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("38900"))
                .findFirst()
                .orElse(null);
        if (row == null)
            row = page("/releases/RVU26A/changed/surgery/2/").select("tbody tr").stream()
                    .filter(r -> r.selectFirst("th").text().equals("38900"))
                    .findFirst()
                    .orElseThrow();
        // Each field in words, as on the code pages, in a column that reads from the left; diff's output keeps
        // the JSON names.
        assertTrue(row.select("td").last().hasClass("words"), row::outerHtml);
        assertTrue(row.text().contains("Work RVU 2.50 \u2192 2.44; "), row::text);
        assertTrue(row.text().contains("Total RVUs, facility "), row::text);
        assertFalse(row.text().contains("_"), row::text);
    }

    /** The key fact of {@code url} whose term starts with {@code term}. */
    private static Element fact(String url, String term) {
        return page(url).select("#key-facts .fact").stream()
                .filter(f -> f.selectFirst("dt").text().startsWith(term))
                .findFirst()
                .orElseThrow(() -> new AssertionError(url + ": no key fact " + term));
    }

    @Test
    void aCodeWhoseMainRowHasNoAmountLeadsWithTheRowThatHasOne() throws IOException {
        // 78815: contractor priced without a modifier (status C), its professional component (26) paid:
        // 3.28 x 33.4009 = 109.554952 -> $109.55; in RVU25D 3.37 x 32.3465 = 109.007705 -> $109.01.
        String url = "/cpt/78815/";
        Element pay = fact(url, "National payment, non-facility");
        assertEquals(
                "National payment, non-facility, modifier 26",
                pay.selectFirst("dt").text());
        assertEquals("$109.55", pay.selectFirst("dd").text());
        assertEquals("2.38", fact(url, "Work RVU").selectFirst("dd").text());
        assertEquals(
                "Work RVU, modifier 26", fact(url, "Work RVU").selectFirst("dt").text());
        String status = fact(url, "Status").selectFirst("dd").text();
        assertTrue(
                status.startsWith("C \u2013 ") && status.contains("; professional component (modifier 26): A \u2013 "),
                status);
        assertTrue(
                fact(url, "Since the previous release")
                        .selectFirst("dd")
                        .text()
                        .startsWith("National payment, non-facility $109.01 \u2192 $109.55 (+$0.54, +0.5%)"),
                () -> fact(url, "Since the previous release").text());
        String payment = page(url).getElementById("payment").text();
        assertTrue(
                payment.contains("Without a modifier, this code is priced by the Medicare contractor (status C)")
                        && payment.contains("Its professional component (modifier 26) has national RVUs"),
                payment);
        assertFalse(payment.contains("sets no national RVUs or amount for this code"), payment);
        assertTrue(
                page(url).selectFirst("#history caption").text().endsWith("(modifier 26 row)"),
                () -> page(url).selectFirst("#history caption").text());
        assertTrue(
                description(url)
                        .startsWith("78815: professional component (modifier 26), work RVU 2.38; "
                                + "national Medicare payment $109.55 non-facility"),
                description(url));
        JsonNode twin = json("78815");
        assertEquals("26", twin.at("/changes/since_previous/modifier").asText());
        assertEquals(
                new java.math.BigDecimal("109.55"),
                twin.at("/changes/since_previous/non_facility_payment/after").decimalValue());
        for (JsonNode point : twin.get("history"))
            assertEquals("26", point.get("modifier").asText(), point::toString);
        // 84165: not paid without a modifier (status X), its 26 row is: 0.53 x 33.4009 = 17.702477 -> $17.70.
        assertEquals(
                "$17.70",
                fact("/cpt/84165/", "National payment, non-facility")
                        .selectFirst("dd")
                        .text());
        assertTrue(
                page("/cpt/84165/")
                        .getElementById("payment")
                        .text()
                        .contains("Without a modifier, this code is not paid under the fee schedule (status X"),
                () -> page("/cpt/84165/").getElementById("payment").text());
        // The payment table's rows: the contractor pays 78815's global and TC rows, at no national amount; 84165's
        // row without modifier is not paid (status X). The locality script's table says the same.
        var unpaid = page(url).select("table.pay-table tbody tr:not(:has(th:containsOwn(26))) td");
        assertEquals(2 * 6, unpaid.size(), unpaid::outerHtml); // global and TC, 6 amounts each
        for (Element td : unpaid) assertEquals("Contractor priced", td.text(), td::outerHtml);
        assertEquals(
                "Not paid",
                page("/cpt/84165/").selectFirst("table.pay-table tbody tr td").text());
        String script = page(url).getElementById("locality-data").data();
        assertTrue(script.contains("\"mod\":\"global\",\"paid\":false,"), script);
        assertEquals(2, script.split("\"none\":\"Contractor priced\"", -1).length - 1, script);
        assertFalse(page("/cpt/84165/").getElementById("locality-data").data().contains("\"none\""));
    }

    @Test
    void aCodeListedWithItsModifier26RowAloneIsNamedByIt() throws IOException {
        // 86153: the file has its 26 row only. 0.99 x 33.4009 = 33.066891 -> $33.07.
        String url = "/cpt/86153/";
        Element pay = fact(url, "National payment, non-facility");
        assertEquals(
                "National payment, non-facility, modifier 26",
                pay.selectFirst("dt").text());
        assertEquals("$33.07", pay.selectFirst("dd").text());
        assertTrue(
                page(url).selectFirst("#history caption").text().endsWith("(modifier 26 row)"),
                () -> page(url).selectFirst("#history caption").text());
        assertTrue(
                description(url).startsWith("86153: professional component (modifier 26), work RVU"), description(url));
        assertTrue(page(url).getElementById("locality-data").data().contains("\"lead\":0,"));
    }

    @Test
    void aRestrictedCodeWithoutRvusIsPricedByTheContractorNotZeroDollars() throws IOException {
        // D0120: status R, every RVU 0.00. The CMS readme of R: "If covered, the service is contractor priced."
        Document d = page("/hcpcs/D0120/");
        assertFalse(
                d.text().contains("$0.00"), () -> d.getElementById("payment").text());
        assertEquals(
                "Priced by the Medicare contractor if covered (restricted coverage, status R).",
                fact("/hcpcs/D0120/", "National payment").selectFirst("dd").text());
        assertTrue(json("D0120").at("/rows/0/national_payment").isNull());
        // An R code with RVUs (33945, a heart transplant: in a facility) is paid at its national amount, as before.
        assertTrue(fact("/cpt/33945/", "National payment, facility")
                .selectFirst("dd")
                .text()
                .startsWith("$"));
    }

    @Test
    void aPageSaysNoChangeOnlyOfACodeWhoseRowsDiffListsNone() throws IOException {
        Path out = tmp.resolve("diff.json");
        CommandRun r = CommandRun.of(
                "diff",
                "--from",
                Sites.SAMPLE_2025.toString(),
                "--to",
                Sites.SAMPLE.toString(),
                "--format",
                "json",
                "--out",
                out.toString());
        assertEquals(0, r.code(), r::toString);
        java.util.Set<String> changed = new java.util.TreeSet<>();
        for (JsonNode c : JSON.readTree(Files.readString(out)).get("changed"))
            changed.add(c.get("code").asText());
        int unchanged = 0;
        for (String folder : List.of("cpt", "hcpcs")) {
            try (var files = Files.list(site.resolve(folder))) {
                for (Path twin :
                        files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    String code = twin.getFileName().toString().replace(".json", "");
                    JsonNode since = JSON.readTree(Files.readString(twin)).at("/changes/since_previous");
                    if (since.isMissingNode() || since.isNull()) continue;
                    String said = page("/" + folder + "/" + code + "/")
                            .selectFirst("#key-facts .fact.change dd")
                            .text();
                    if (said.startsWith("No change")) {
                        unchanged++;
                        assertFalse(changed.contains(code), code + " says no change, diff lists its rows");
                    }
                }
            }
        }
        assertTrue(unchanged > 0, "some code of the sample is unchanged");
        // A change in another row than the one the page leads with is said, in the report's words.
        List<String> lines =
                page("/cpt/70450/").select("#history ul.changes li").eachText();
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("Modifier 26 row: Work RVU 0.85 \u2192 0.83")),
                lines::toString);
    }
}
