package org.cptsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
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
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages history adds (a code page's history table and chart, deleted codes, the release reports' tables) fit
 * a phone and a desktop in headless Chromium: nothing makes the page scroll sideways, and the history chart
 * stays inside its column.
 */
class HistoryPagesBrowserIT {
    @TempDir
    static Path out;

    @TempDir
    static Path content;

    private static ChromeDriver browser;
    private static StaticServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Sites.build(Sites.HISTORY, Sites.historyContent(content.resolve("content")), out, LocalDate.of(2026, 1, 15));
        browser = Browser.start(1280, 800);
        server = new StaticServer(out);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (browser != null) browser.quit();
    }

    /** A viewport of exactly this size (a headless window is never narrower than 500 px). */
    private static void open(String path, int width) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 500));
        browser.get(server.url(path));
    }

    static Stream<Arguments> kinds() {
        return PageKinds.HISTORY.entrySet().stream()
                .flatMap(e -> Stream.of(
                        Arguments.of(e.getKey(), e.getValue(), 390), Arguments.of(e.getKey(), e.getValue(), 1280)));
    }

    @ParameterizedTest(name = "{0}: {1} at {2} px")
    @MethodSource("kinds")
    void nothingScrollsSideways(String kind, String url, int width) {
        open(url, width);
        Object wide = browser.executeScript("""
                var w = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('main *'))
                    .filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-wrap'))
                    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class') : '')).join(' ');""");
        assertEquals("", wide, url + " at " + width + " px: wider than the window");
        assertEquals(
                ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue(),
                ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue(),
                url + " scrolls sideways at " + width + " px");
    }

    @Test
    void theHistoryChartStaysInItsColumnOnAPhone() {
        open("/cpt/38900/", 390);
        double chart = ((Number) browser.executeScript(
                        "return document.querySelector('#history svg').getBoundingClientRect().width"))
                .doubleValue();
        double column = ((Number) browser.executeScript(
                        "return document.querySelector('#history').getBoundingClientRect().width"))
                .doubleValue();
        assertTrue(chart > 0 && chart <= column, "chart " + chart + " px in a column of " + column);
    }
}
