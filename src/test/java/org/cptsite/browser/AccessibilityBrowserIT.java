package org.cptsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cptsite.PageKinds;
import org.cptsite.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

/**
 * axe-core (pinned in src/test/js/package-lock.json, installed by {@code npm ci --prefix src/test/js}) finds no
 * violation of WCAG 2.0/2.1 A and AA or of its best practices on one page of every kind of the sample build
 * with its older release (history sections, release reports, deleted codes),
 * in headless Chromium at desktop and phone widths, and in the states the scripts create (a chosen locality,
 * search results). Keyboard focus is visible on every focusable element of a code page. Skipped where axe-core
 * is not installed, except on CI (CI=true), where that fails.
 */
class AccessibilityBrowserIT {
    private static final Path AXE = Sites.ROOT.resolve("src/test/js/node_modules/axe-core/axe.min.js");
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
              resultTypes: ['violations']
            }).then(function (r) {
              done(JSON.stringify(r.violations.map(function (v) {
                return { id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) {
                  return n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                }), count: v.nodes.length };
              })));
            }).catch(function (e) { done('axe failed: ' + e); });
            """;

    @TempDir
    static Path out;

    @TempDir
    static Path content;

    private static String axe;
    private static ChromeDriver browser;
    private static StaticServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        boolean installed = Files.isRegularFile(AXE);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    AXE + " is missing; on CI, .ci/run installs it with npm ci --prefix src/test/js");
        }
        assumeTrue(installed, "axe-core not installed; run npm ci --prefix src/test/js");
        axe = Files.readString(AXE);
        // The sample with its older release: every page kind, those of history too (reports, deleted codes).
        Sites.build(Sites.HISTORY, Sites.historyContent(content.resolve("content")), out, LocalDate.of(2026, 1, 15));
        browser = Browser.start(1280, 900);
        server = new StaticServer(out);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (browser != null) browser.quit();
    }

    static Stream<Arguments> kinds() {
        java.util.Map<String, String> kinds = new java.util.LinkedHashMap<>(PageKinds.SAMPLE);
        kinds.putAll(PageKinds.HISTORY);
        return kinds.entrySet().stream()
                .flatMap(e -> Stream.of(
                        Arguments.of(e.getKey(), e.getValue(), 1280), Arguments.of(e.getKey(), e.getValue(), 390)));
    }

    @ParameterizedTest(name = "{0}: {1} at {2} px")
    @MethodSource("kinds")
    void noViolations(String kind, String url, int width) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        open(url);
        assertEquals("", violations(), url + " (" + kind + ") at " + width + " px");
    }

    @ParameterizedTest(name = "at {0} px")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1280, 390})
    void noViolationsWithALocalityChosen(int width) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        open("/cpt/38900/");
        new Select(browser.findElement(By.id("loc-select"))).selectByValue("10112-00");
        waitFor("#loc-result table");
        assertEquals("", violations());
        browser.executeScript("localStorage.clear()");
    }

    @Test
    void noViolationsWithSearchResults() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        open("/search/?q=node");
        waitFor("#search-page-results a");
        browser.findElement(By.id("site-search-q")).sendKeys("389");
        waitFor("#site-search-results a");
        assertEquals("", violations());
    }

    /** Tabbing through a code page, every element that takes the focus shows it with an outline. */
    @Test
    void keyboardFocusIsVisible() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        open("/cpt/71046/");
        List<String> invisible = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < 200; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            Object focus = browser.executeScript("""
                    var e = document.activeElement;
                    if (!e || e === document.body) return null;
                    var s = getComputedStyle(e);
                    var shown = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                    return (shown ? 'ok ' : 'no ') + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + ' ' + (e.getAttribute('href') || e.getAttribute('name') || '');
                    """);
            if (focus == null) break;
            seen++;
            if (focus.toString().startsWith("no "))
                invisible.add(focus.toString().substring(3));
        }
        assertTrue(seen > 20, "tabbed through " + seen + " elements");
        assertEquals(List.of(), invisible, "elements without a visible focus outline");
    }

    private static void open(String path) {
        browser.get(server.url(path));
        new FluentWait<>(browser)
                .withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(50))
                .until(b -> "complete".equals(((ChromeDriver) b).executeScript("return document.readyState"))
                        && (b.findElements(By.id("locality")).isEmpty()
                                || b.findElements(By.cssSelector("#locality .loc-picker"))
                                        .isEmpty()
                                || "true"
                                        .equals(b.findElement(By.id("locality")).getDomAttribute("data-ready"))));
    }

    private static void waitFor(String selector) {
        new FluentWait<>(browser)
                .withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(50))
                .until(b -> !b.findElements(By.cssSelector(selector)).isEmpty());
    }

    /** axe's violations on the current page, one per line; empty when there are none. */
    private static String violations() {
        browser.executeScript(axe);
        Object result = browser.executeAsyncScript(RUN_AXE);
        String json = String.valueOf(result);
        if (json.startsWith("axe failed")) throw new IllegalStateException(json);
        StringBuilder sb = new StringBuilder();
        try {
            for (JsonNode v : new ObjectMapper().readTree(json)) {
                sb.append(v.path("id").asText())
                        .append(" (")
                        .append(v.path("impact").asText())
                        .append(", ")
                        .append(v.path("count").asInt())
                        .append(" nodes): ")
                        .append(v.path("help").asText())
                        .append('\n');
                for (JsonNode n : v.path("nodes"))
                    sb.append("    ").append(n.asText()).append('\n');
            }
        } catch (IOException e) {
            throw new IllegalStateException(json, e);
        }
        return sb.toString();
    }
}
