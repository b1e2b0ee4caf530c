package org.cptsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cptsite.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The rough edges a review of the reader's page saw, measured in headless Chromium: the header in one row at
 * 1280 px with its placeholder in full, the breadcrumbs on the content column, figures that do not wrap, the
 * chart across the column with labelled ticks, form fields that look alike and keep their labels, and the
 * home page's lists laid out for reading.
 */
class RoughEdgesBrowserIT {
    @TempDir
    static Path out;

    private static ChromeDriver browser;
    private static StaticServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, out, LocalDate.of(2026, 1, 15));
        browser = Browser.start(1280, 800);
        server = new StaticServer(out);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (browser != null) browser.quit();
    }

    /** A viewport of exactly this size (a headless window is never narrower than 500 px). */
    private static void open(String path, int width, int height) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 500));
        browser.get(server.url(path));
    }

    private static double num(String script) {
        return ((Number) browser.executeScript(script)).doubleValue();
    }

    @Test
    void headerIsOneRowAt1280WithItsPlaceholderInFull() {
        open("/cpt/38900/", 1280, 800);
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) browser.executeScript("""
                return Array.from(document.querySelector('.site-header').children)
                    .map(function (c) { var r = c.getBoundingClientRect(); return r.top + r.height / 2; });""");
        double min = tops.stream().mapToDouble(Number::doubleValue).min().orElseThrow();
        double max = tops.stream().mapToDouble(Number::doubleValue).max().orElseThrow();
        assertTrue(max - min < 4, "brand, navigation and search on one row: centres at " + tops);
        double header = num("return document.querySelector('.site-header').getBoundingClientRect().height");
        double form = num("return document.querySelector('.site-search form').getBoundingClientRect().height");
        assertTrue(header < form * 2, "the header is one row high: " + header + " px for a " + form + " px form");
        assertPlaceholderFits("site-search-q");
    }

    /** The placeholder's text, in the input's own font, is no wider than the room inside the input. */
    private static void assertPlaceholderFits(String id) {
        @SuppressWarnings("unchecked")
        Map<String, Number> m = (Map<String, Number>) browser.executeScript("""
                var i = document.getElementById(arguments[0]), s = getComputedStyle(i);
                var c = document.createElement('canvas').getContext('2d');
                c.font = s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
                return {text: c.measureText(i.placeholder).width,
                        room: i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)};""", id);
        assertTrue(m.get("text").doubleValue() <= m.get("room").doubleValue(), id + ": placeholder cut off: " + m);
    }

    @Test
    void breadcrumbsLineUpWithTheContentColumn() {
        for (int width : new int[] {1280, 390}) {
            open("/cpt/38900/", width, 800);
            double crumbs = num("return document.querySelector('.breadcrumbs ol').getBoundingClientRect().left");
            double content = num("return document.querySelector('main h1').getBoundingClientRect().left");
            assertEquals(content, crumbs, 0.5, "breadcrumbs and content at " + width + " px");
            double footer = num("return document.querySelector('.notices p').getBoundingClientRect().left");
            assertEquals(content, footer, 0.5, "footer and content at " + width + " px");
        }
    }

    @Test
    void searchPageInputLooksLikeTheHeaderOne() {
        open("/search/", 1280, 800);
        @SuppressWarnings("unchecked")
        List<String> looks = (List<String>) browser.executeScript("""
                return ['site-search-q', 'search-page-q'].map(function (id) {
                    var s = getComputedStyle(document.getElementById(id));
                    return [s.borderTopColor, s.borderTopWidth, s.borderRadius, s.height, s.fontSize].join(' ');
                });""");
        assertEquals(looks.get(0), looks.get(1));
        assertPlaceholderFits("search-page-q");
    }

    /** The cells (with this text, or all for "") whose text runs over more than one line. */
    private static List<String> wrappedCells(String selector, String text) {
        @SuppressWarnings("unchecked")
        List<String> wrapped = (List<String>) browser.executeScript("""
                var out = [], only = arguments[1];
                document.querySelectorAll(arguments[0]).forEach(function (td) {
                    if (only && td.textContent.trim() !== only) return;
                    var r = document.createRange(); r.selectNodeContents(td);
                    var bottoms = Array.from(r.getClientRects()).map(function (b) { return Math.round(b.bottom); });
                    if (Math.max.apply(null, bottoms) - Math.min.apply(null, bottoms) > 8) out.push(td.textContent);
                });
                return out;""", selector, text);
        return wrapped;
    }

    @Test
    void notPaidNaAndTheOppsCapStayOnOneLine() {
        open("/cpt/38900/", 1280, 800);
        assertTrue(((Number) browser.executeScript("return document.querySelectorAll('table td').length")).intValue()
                > 10);
        assertEquals(List.of(), wrappedCells("table td", "Not paid"), "38900's team surgery row");
        // Codes with settings not expected (NA) in their seven-column payment table: no cell wraps, no table
        // is wider than the column.
        for (String code : List.of("69930", "71046")) {
            open("/cpt/" + code + "/", 1280, 800);
            assertEquals(List.of(), wrappedCells("table.pay-table td, table.split-table td", ""), code);
            assertEquals(
                    0,
                    num("return Array.from(document.querySelectorAll('.table-wrap')).filter(function (w) {"
                            + " return w.scrollWidth > w.clientWidth; }).length"),
                    code + ": a table scrolls sideways");
        }
        // The OPPS cap mark after an amount of the seven-column payment table, the narrowest cells.
        browser.executeScript("document.querySelectorAll('table.pay-table tbody td').forEach(function (td) {"
                + " td.innerHTML = '$1,234.56&nbsp;<sup class=\"cap\">OPPS cap</sup>'; })");
        assertEquals(List.of(), wrappedCells("table.pay-table tbody td", ""));
    }

    @Test
    void distributionChartFillsTheColumnWithLabelledTicks() {
        open("/cpt/38900/", 1280, 800);
        double chart = num("return document.querySelector('#comparison .chart svg').getBoundingClientRect().width");
        double column = num("return document.querySelector('main h1').getBoundingClientRect().width");
        assertTrue(chart / column > 0.95, "chart " + chart + " of " + column + " px");
        @SuppressWarnings("unchecked")
        List<String> ticks = (List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'#comparison .chart text.tick')).map(function (t) { return t.textContent; })");
        assertTrue(ticks.size() >= 5, "the ends and at least three ticks between: " + ticks);
        assertTrue(ticks.containsAll(List.of("0.1", "1", "10")), ticks.toString());
    }

    @Test
    void onAPhoneLabelsStayBesideTheirFieldsAndSelectsLookLikeInputs() {
        open("/cpt/99213/", 390, 844);
        new FluentWait<>(browser)
                .withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(50))
                .until(b -> "true".equals(b.findElement(By.id("locality")).getDomAttribute("data-ready")));
        for (String id : List.of("loc-county", "loc-state")) {
            double label = num("var r = document.querySelector('label[for=" + id + "]').getBoundingClientRect();"
                    + " return r.top + r.height / 2");
            double field = num("var r = document.getElementById('" + id + "').getBoundingClientRect();"
                    + " return r.top + r.height / 2");
            assertEquals(field, label, 4, id + ": the label on its field's line");
        }
        @SuppressWarnings("unchecked")
        List<String> looks = (List<String>) browser.executeScript("""
                return ['loc-select', 'loc-state', 'loc-county', 'site-search-q'].map(function (id) {
                    var s = getComputedStyle(document.getElementById(id));
                    return [s.borderTopColor, s.borderRadius, s.backgroundColor, s.height].join(' ');
                });""");
        assertEquals(1, looks.stream().distinct().count(), "selects and inputs alike: " + looks);
    }

    @Test
    void homePageSpecialtiesInColumnsAndCategoryNamesAboveTheirDescriptions() {
        open("/", 1280, 800);
        double columns = num("""
                var lefts = new Set();
                document.querySelectorAll('.entries.columns li').forEach(function (li) {
                    lefts.add(Math.round(li.getBoundingClientRect().left)); });
                return lefts.size;""");
        assertTrue(columns >= 3, "specialties side by side in " + columns + " columns");
        double overlap = num("""
                var bad = 0;
                document.querySelectorAll('.entries.described li').forEach(function (li) {
                    var a = li.querySelector('a').getBoundingClientRect(), t = li.querySelector('.entry-text');
                    if (!t || t.getBoundingClientRect().top < a.bottom - 1) bad++; });
                return bad;""");
        assertEquals(0, overlap, "each category's description starts below its name");
    }
}
