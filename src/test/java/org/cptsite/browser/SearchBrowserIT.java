package org.cptsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.cptsite.RealData;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;

/** The search box in headless Chromium: results as the reader types, by words and by code prefix. */
class SearchBrowserIT {

    @Test
    void typingFindsCodesByWordsAndByCodePrefix(@TempDir Path out) throws IOException {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, out, LocalDate.of(2026, 1, 1));
        ChromeDriver browser = Browser.start(1280, 900);
        try (StaticServer server = new StaticServer(out)) {
            browser.get(server.url("/cpt/99213/"));
            WebElement box = browser.findElement(By.id("site-search-q"));
            box.sendKeys("sentinel");
            assertTrue(results(browser, "#site-search-results a").contains("/cpt/38900/"));
            box.clear();
            box.sendKeys("3890");
            List<String> byCode = results(browser, "#site-search-results a");
            assertEquals("/cpt/38900/", byCode.get(0), byCode::toString);

            browser.get(server.url("/search/?q=sentinel"));
            assertTrue(results(browser, "#search-page-results a").contains("/cpt/38900/"));
        } finally {
            browser.quit();
        }
    }

    /** A full code and Enter opens its page, from the header box and from a /search/?q= link. */
    @Test
    void aFullCodeOpensItsPage(@TempDir Path out) throws IOException {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, out, LocalDate.of(2026, 1, 1));
        ChromeDriver browser = Browser.start(1280, 900);
        try (StaticServer server = new StaticServer(out)) {
            browser.get(server.url("/"));
            WebElement box = browser.findElement(By.id("site-search-q"));
            box.sendKeys("38900");
            results(browser, "#site-search-results a"); // the index has loaded
            box.sendKeys(Keys.ENTER);
            waitForPath(browser, "/cpt/38900/");
            browser.get(server.url("/search/?q=g0105"));
            waitForPath(browser, "/hcpcs/G0105/");
        } finally {
            browser.quit();
        }
    }

    /** Ranking, synonyms, accents and "show more" over the sample index. */
    @Test
    void rankingSynonymsAccentsAndShowMore(@TempDir Path out) throws IOException {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, out, LocalDate.of(2026, 1, 1));
        ChromeDriver browser = Browser.start(1280, 900);
        try (StaticServer server = new StaticServer(out)) {
            browser.get(server.url("/search/?q=knee"));
            results(browser, "#search-page-results a");
            // The editorial title first; anesthesia for knee surgery after the procedures.
            assertEquals("27447", top(browser, "knee").get(0));
            // "replacement" widened to "arthroplasty" by content/search-synonyms.yml; accents and case ignored.
            assertEquals(top(browser, "knee replacement"), top(browser, "KNÉE Réplacement"));
            List<String> ekg = top(browser, "ekg");
            assertTrue(ekg.contains("93000"), "ekg finds the electrocardiogram: " + ekg);
            // Every word must match: no code has both.
            assertTrue(top(browser, "knee colonoscopy").isEmpty());
            // More than 50 results: the first 50 and a button for the rest.
            WebElement box = browser.findElement(By.id("search-page-q"));
            box.clear();
            box.sendKeys("a");
            new FluentWait<>(browser)
                    .withTimeout(Duration.ofSeconds(10))
                    .until(b -> b.findElements(By.cssSelector("#search-page-results a"))
                                    .size()
                            == 50);
            String status = browser.findElement(By.cssSelector(".search-page [role=status]"))
                    .getText();
            assertTrue(status.matches("\\d+ results") && Integer.parseInt(status.split(" ")[0]) > 50, status);
            browser.findElement(By.cssSelector("#search-page-results button.more"))
                    .click();
            new FluentWait<>(browser)
                    .withTimeout(Duration.ofSeconds(10))
                    .until(b -> b.findElements(By.cssSelector("#search-page-results a"))
                                    .size()
                            > 50);
        } finally {
            browser.quit();
        }
    }

    /** The full 2026 release: a compact index and a fast search, measured in the browser. */
    @Test
    void fullReleaseIndexIsCompactAndSearchIsFast(@TempDir Path out) throws IOException {
        Path data = RealData.dir("rvu26");
        Sites.build(data, Sites.CONTENT, out, LocalDate.of(2026, 1, 1));
        Path index;
        try (var files = Files.list(out.resolve("assets"))) {
            index = files.filter(p -> p.getFileName().toString().startsWith("search-index."))
                    .findFirst()
                    .orElseThrow();
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(gz)) {
            zip.write(Files.readAllBytes(index));
        }
        assertTrue(gz.size() < 1_000_000, "compressed index " + gz.size() + " bytes");

        ChromeDriver browser = Browser.start(1280, 900);
        try (StaticServer server = new StaticServer(out)) {
            browser.get(server.url("/search/?q=3890"));
            assertTrue(results(browser, "#search-page-results a").contains("/cpt/38900/"));
            // Median time of one search over the whole index, for queries a reader types key by key.
            Object median = browser.executeScript("""
                    var qs = ['s','se','sen','sent','senti','sentin','sentine','sentinel','3','38','389','3890',
                              'knee','knee arth','colonoscopy','x-ray chest','office visit','G01','99213'];
                    var times = [];
                    for (var r = 0; r < 3; r++) for (var i = 0; i < qs.length; i++) {
                      var t = performance.now(); window.cptsiteSearch(qs[i]); times.push(performance.now() - t);
                    }
                    times.sort(function (a, b) { return a - b; });
                    return times[Math.floor(times.length / 2)];""");
            double ms = ((Number) median).doubleValue();
            assertTrue(ms < 50, "median search " + ms + " ms");
            // What a reader types, and the codes that must come first (at most this many places down).
            Object[][] expected = {
                {"38900", "38900", 1},
                {"knee replacement", "27447", 1},
                {"knee", "27447", 3},
                {"hip replacement", "27130", 3},
                {"total hip arthroplasty", "27130", 2},
                {"colonoscopy", "45378", 5},
                {"ekg", "93000", 5},
                {"chest x-ray", "71046", 5},
                {"office visit", "99213", 10},
                {"G0105", "G0105", 1},
                {"g010", "G0105", 10}
            };
            for (Object[] row : expected) {
                List<String> top = top(browser, (String) row[0]);
                int at = top.indexOf((String) row[1]);
                assertTrue(at >= 0 && at < (Integer) row[2], row[0] + ": " + row[1] + " at " + at + " in " + top);
            }
        } finally {
            browser.quit();
        }
    }

    /** The codes of the first results of a query, from the page's own search. */
    @SuppressWarnings("unchecked")
    private static List<String> top(ChromeDriver browser, String query) {
        return (List<String>) browser.executeScript(
                "return window.cptsiteSearch(arguments[0]).map(function (e) { return e[0]; });", query);
    }

    private static void waitForPath(ChromeDriver browser, String path) {
        new FluentWait<>(browser)
                .withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(50))
                .until(b -> b.getCurrentUrl().endsWith(path));
    }

    /** The hrefs of the results, once the script has filled the list. */
    private static List<String> results(ChromeDriver browser, String selector) {
        return new FluentWait<>(browser)
                .withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(50))
                .until(b -> {
                    List<String> hrefs = b.findElements(By.cssSelector(selector)).stream()
                            .map(a -> a.getDomAttribute("href"))
                            .toList();
                    return hrefs.isEmpty() ? null : hrefs;
                });
    }
}
