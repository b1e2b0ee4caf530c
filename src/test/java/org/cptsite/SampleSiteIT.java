package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cptsite.model.Category;
import org.cptsite.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole sample site: its files, the 38900 page by CSS selector, the sitemap, and reproducible builds. */
class SampleSiteIT {
    private static final LocalDate D1 = LocalDate.of(2026, 1, 15);
    private static final LocalDate D2 = LocalDate.of(2026, 4, 1);
    private static final LocalDate D3 = LocalDate.of(2026, 7, 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Pattern> ALLOWED = List.of(
            Pattern.compile("(cpt|hcpcs)/[0-9A-Z]{5}/index\\.html"),
            Pattern.compile("(cpt|hcpcs)/[0-9A-Z]{5}\\.json"),
            Pattern.compile("category/[a-z-]+/index\\.html"),
            Pattern.compile("category/[a-z-]+/([0-9A-Z]{5}-[0-9A-Z]{5}|other)/index\\.html"),
            Pattern.compile(
                    "assets/(site\\.[0-9a-f]{10}\\.css|search\\.[0-9a-f]{10}\\.js|search-index\\.[0-9a-f]{10}\\.json"
                            + "|locality\\.[0-9a-f]{10}\\.js|table-sort\\.[0-9a-f]{10}\\.js|favicon\\.[0-9a-f]{10}\\.svg|localities\\.[0-9a-f]{10}\\.json)"),
            Pattern.compile("search/index\\.html|specialty/index\\.html|specialty/[a-z0-9-]+/index\\.html"),
            Pattern.compile("index\\.html|404\\.html|sitemap\\.xml|robots\\.txt|_headers|_redirects"));

    @TempDir
    static Path tmp;

    private static Path site;
    private static Pipeline.Result result;
    private static Set<String> codes;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void buildTheSample() {
        site = tmp.resolve("site");
        result = Sites.build(Sites.SAMPLE, Sites.CONTENT, site, D1);
        codes = Sites.codes(Sites.SAMPLE.resolve("PPRRVU2026_Jan_nonQPP_sample.csv"));
        files = Sites.files(site);
    }

    private static Document html(String path) {
        return Jsoup.parse(Sites.read(site.resolve(path)), Sites.BASE_URL + "/");
    }

    // ---- files ----

    @Test
    void eachFaqQuestionHasAnIdToLinkTo() {
        Document page = html(Sites.page("38900"));
        List<String> ids = page.select("#faq h3").eachAttr("id");
        assertEquals("faq-is-38900-an-add-on-code", ids.get(0));
        assertEquals("faq-does-38900-include-the-radioactive-tracer-injection", ids.get(1));
        // The questions the site adds to the editor's have theirs too, each once on the page.
        assertEquals(page.select("#faq h3").size(), ids.size());
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), ids.toString());
        assertTrue(ids.contains("faq-how-much-does-medicare-pay-for-38900"), ids.toString());
    }

    @Test
    void everyCodeHasAPageAndAJsonTwinAndNothingElse() {
        assertEquals(369, codes.size(), "the sample README says 369 codes");
        Set<String> expected = new TreeSet<>();
        for (String code : codes) {
            expected.add(Sites.page(code));
            expected.add(Sites.json(code));
        }
        Set<String> actual = files.keySet().stream()
                .filter(f -> f.startsWith("cpt/") || f.startsWith("hcpcs/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
        assertEquals(codes.size(), result.release().codes().size());
    }

    @Test
    void siteFiles() {
        for (String f : List.of("index.html", "404.html", "sitemap.xml", "robots.txt")) {
            assertTrue(files.containsKey(f), f);
        }
        Set<Category> categories = codes.stream().map(Category::of).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                Set.of(
                        Category.ANESTHESIA,
                        Category.SURGERY,
                        Category.RADIOLOGY,
                        Category.PATHOLOGY_LABORATORY,
                        Category.EVALUATION_MANAGEMENT,
                        Category.MEDICINE,
                        Category.CATEGORY_II,
                        Category.CATEGORY_III,
                        Category.HCPCS_LEVEL_II),
                categories,
                "the sample README: every category but PLA and Other");
        for (Category c : categories) {
            assertTrue(files.containsKey("category/" + c.slug() + "/index.html"), c.slug());
        }
        assertTrue(files.containsKey("category/surgery/38100-38999/index.html"));
        for (String f : files.keySet()) {
            assertTrue(ALLOWED.stream().anyMatch(p -> p.matcher(f).matches()), "unexpected file " + f);
        }
    }

    @Test
    void oneHashedStylesheetThatEveryPageLinks() throws IOException {
        List<String> css = files.keySet().stream()
                .filter(f -> f.startsWith("assets/") && f.endsWith(".css"))
                .toList();
        assertEquals(1, css.size(), css::toString);
        assertTrue(css.get(0).matches("assets/site\\.[0-9a-f]{10}\\.css"), css.get(0));
        assertArrayEquals(Files.readAllBytes(Sites.TEMPLATES.resolve("assets/site.css")), files.get(css.get(0)));
        for (String page : List.of("index.html", "404.html", "cpt/38900/index.html", "category/surgery/index.html")) {
            assertEquals(
                    "/" + css.get(0),
                    html(page).selectFirst("link[rel=stylesheet]").attr("href"),
                    page);
        }
    }

    // ---- the 38900 page ----

    @Test
    void page38900HeadingAndHead() {
        Document d = html("cpt/38900/index.html");
        assertEquals(1, d.select("h1").size());
        assertEquals(
                "CPT\u00ae 38900: Intraoperative sentinel lymph node mapping",
                d.selectFirst("h1").text());
        assertEquals("en", d.selectFirst("html").attr("lang"));
        assertEquals(
                Sites.BASE_URL + "/cpt/38900/",
                d.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(
                Sites.BASE_URL + "/cpt/38900/",
                d.selectFirst("meta[property=og:url]").attr("content"));
        String title = d.title();
        assertTrue(title.startsWith("38900 ") && title.length() <= 70, title);
        String description = d.selectFirst("meta[name=description]").attr("content");
        assertTrue(description.contains("$144.96") && description.contains("$122.92"), description);
        assertTrue(description.length() <= 160, description);
    }

    @Test
    void page38900PaymentTable() {
        Element table = html("cpt/38900/index.html").selectFirst("#payment table.pay-table");
        assertNotNull(table);
        String text = table.text();
        assertTrue(text.contains("$144.96") && text.contains("$122.92"), text);
        Element row = table.selectFirst("tbody tr");
        assertEquals("global", row.selectFirst("th").text());
        List<String> cells = row.select("td").eachText();
        // amounts, limiting charges (x 1.0925: 158.3688, 134.2901), qualifying APM amounts
        assertEquals(List.of("$144.96", "$122.92", "$158.37", "$134.29", "$145.68", "$123.53"), cells);
        assertTrue(html("cpt/38900/index.html").selectFirst("#payment").text().contains("33.4009"));
    }

    @Test
    void page38900RvusAndIndicators() {
        Document d = html("cpt/38900/index.html");
        assertEquals(
                List.of("2.44", "1.31", "0.65", "0.59", "4.34", "3.68"),
                d.selectFirst("#rvus table tbody tr").select("td").eachText());
        String indicators = d.selectFirst("#indicators").text();
        assertTrue(indicators.contains("ZZZ") && indicators.contains("Add-on"), indicators);
    }

    @Test
    void page38900Comparison() {
        Element p = html("cpt/38900/index.html").selectFirst("#comparison p");
        // the sample's own Surgery population (176 codes), checked by hand from the sample CSV:
        // 53 of 176 lower -> 30th; median (5.00 + 5.07) / 2 = 5.035; 5.035 / 2.44 = 2.06 -> 2.1x below;
        // the median shown at the file's two decimals: 5.04
        assertEquals(
                "With a work RVU of 2.44, 38900 is in the 30th percentile of Surgery codes: 2.1x below the "
                        + "median of 5.04. The highest work RVU in the category is 106.19 (39503).",
                p.text());
        assertEquals("/cpt/39503/", p.selectFirst("a").attr("href"));
    }

    @Test
    void page38900Breadcrumbs() {
        Element nav = html("cpt/38900/index.html").selectFirst("nav.breadcrumbs");
        assertEquals(
                List.of("/", "/category/surgery/", "/category/surgery/38100-38999/"),
                nav.select("a").eachAttr("href"));
        assertEquals("Home", nav.selectFirst("a").text());
        Element current = nav.selectFirst("li[aria-current=page]");
        assertEquals("38900", current.text());
    }

    @Test
    void page38900JsonLd() throws IOException {
        Element script = html("cpt/38900/index.html").selectFirst("script[type=application/ld+json]");
        JsonNode ld = JSON.readTree(script.data());
        assertEquals("https://schema.org", ld.get("@context").asText());
        Map<String, JsonNode> byType = new LinkedHashMap<>();
        for (JsonNode n : ld.get("@graph")) byType.put(n.get("@type").asText(), n);
        assertEquals(List.of("BreadcrumbList", "MedicalWebPage", "FAQPage"), new ArrayList<>(byType.keySet()));

        JsonNode crumbs = byType.get("BreadcrumbList").get("itemListElement");
        assertEquals(4, crumbs.size());
        for (int i = 0; i < crumbs.size(); i++) {
            assertEquals(i + 1, crumbs.get(i).get("position").asInt());
            assertTrue(crumbs.get(i).get("item").asText().startsWith(Sites.BASE_URL + "/"));
        }
        assertEquals(Sites.BASE_URL + "/cpt/38900/", crumbs.get(3).get("item").asText());

        JsonNode page = byType.get("MedicalWebPage");
        assertEquals(Sites.BASE_URL + "/cpt/38900/", page.get("url").asText());
        JsonNode about = page.get("about");
        assertEquals("MedicalCode", about.get("@type").asText());
        assertEquals("38900", about.get("codeValue").asText());
        assertEquals("CPT", about.get("codingSystem").asText());

        JsonNode faq = byType.get("FAQPage").get("mainEntity");
        assertTrue(faq.size() >= 3);
        assertEquals("Question", faq.get(0).get("@type").asText());
        assertEquals("Is 38900 an add-on code?", faq.get(0).get("name").asText());
        assertEquals("Answer", faq.get(0).get("acceptedAnswer").get("@type").asText());
        assertTrue(faq.get(0).get("acceptedAnswer").get("text").asText().startsWith("Yes."));
    }

    @Test
    void jsonTwin38900() throws IOException {
        JsonNode j = JSON.readTree(files.get("cpt/38900.json"));
        assertEquals("38900", j.get("code").asText());
        assertEquals(Sites.BASE_URL + "/cpt/38900/", j.get("url").asText());
        assertEquals("RVU26A", j.get("release").get("id").asText());
        assertEquals(
                new BigDecimal("33.4009"),
                j.get("release").get("conversion_factor").decimalValue());
        JsonNode pay = j.get("rows").get(0).get("national_payment");
        assertEquals(new BigDecimal("144.96"), pay.get("non_facility").decimalValue());
        assertEquals(new BigDecimal("122.92"), pay.get("facility").decimalValue());
        assertEquals(
                new BigDecimal("145.68"), pay.get("non_facility_qualifying_apm").decimalValue());
        assertEquals(
                new BigDecimal("123.53"), pay.get("facility_qualifying_apm").decimalValue());
        assertTrue(j.get("add_on").asBoolean());
    }

    // ---- sitemap and robots ----

    private static Map<String, String> sitemap(Path siteDir) {
        Document xml = Jsoup.parse(Sites.read(siteDir.resolve("sitemap.xml")), "", Parser.xmlParser());
        Map<String, String> lastmods = new LinkedHashMap<>();
        for (Element url : xml.select("url")) {
            String loc = url.selectFirst("loc").text();
            assertNull(lastmods.put(loc, url.selectFirst("lastmod").text()), "twice in the sitemap: " + loc);
        }
        return lastmods;
    }

    @Test
    void sitemapUrlsAreAbsoluteSortedAndCoverEveryPage() {
        Map<String, String> map = sitemap(site);
        List<String> locs = new ArrayList<>(map.keySet());
        for (String loc : locs) assertTrue(loc.startsWith(Sites.BASE_URL + "/"), loc);
        List<String> sorted = new ArrayList<>(locs);
        sorted.sort(null);
        assertEquals(sorted, locs, "sitemap URLs sorted");
        Set<String> pages = new TreeSet<>();
        for (String f : files.keySet()) {
            if (f.endsWith(".html") && !f.equals("404.html")) {
                pages.add(Sites.BASE_URL + "/" + f.substring(0, f.length() - "index.html".length()));
            }
        }
        assertEquals(pages, new TreeSet<>(locs));
        assertTrue(map.values().stream().allMatch(D1.toString()::equals), map::toString);
        assertEquals(result.pages(), locs.size() + 1, "every rendered page but the 404 page");
        assertTrue(Sites.read(site.resolve("robots.txt")).contains("Sitemap: " + Sites.BASE_URL + "/sitemap.xml"));
    }

    // ---- reproducible builds and lastmod ----

    @Test
    void aSecondBuildIsByteIdentical() {
        Path again = tmp.resolve("again");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, again, D1);
        Map<String, byte[]> second = Sites.files(again);
        assertEquals(files.keySet(), second.keySet());
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            assertArrayEquals(e.getValue(), second.get(e.getKey()), e.getKey());
        }
    }

    @Test
    void lastmodChangesOnlyWithAPagesContent() throws IOException {
        Path out = Sites.copyTree(site, tmp.resolve("rebuilt"));
        Sites.copyTree(tmp.resolve(".cptsite/site"), tmp.resolve(".cptsite/rebuilt")); // with its working folder
        Map<String, String> first = sitemap(out);

        // same inputs, a later day: every lastmod stays
        Sites.build(Sites.SAMPLE, Sites.CONTENT, out, D2);
        assertEquals(first, sitemap(out));

        // one summary edited, a later day again: only that page's lastmod moves
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Path md = content.resolve("codes/38900.md");
        String text = Files.readString(md);
        String edited = text.replace("Add-on service for locating", "Add-on service, edited, for locating");
        assertNotEquals(text, edited);
        Files.writeString(md, edited);
        Sites.build(Sites.SAMPLE, content, out, D3);
        Map<String, String> third = sitemap(out);
        assertEquals(first.keySet(), third.keySet());
        String changed = Sites.BASE_URL + "/cpt/38900/";
        for (Map.Entry<String, String> e : third.entrySet()) {
            assertEquals(e.getKey().equals(changed) ? D3.toString() : D1.toString(), e.getValue(), e.getKey());
        }
        assertTrue(Sites.read(out.resolve("cpt/38900/index.html")).contains("Add-on service, edited, for locating"));
    }
}
