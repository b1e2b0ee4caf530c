package org.cptsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.cptsite.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;

/** A reader landing on a code page sees its national payment without scrolling, on a phone and a desktop. */
class KeyFactsBrowserIT {
    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, out, LocalDate.of(2026, 1, 1));
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"38900, 390, 844", "38900, 1280, 800", "27447, 390, 844", "71046, 390, 844", "99213, 1280, 800"})
    void nationalPaymentIsInTheFirstViewport(String code, int width, int height) throws IOException {
        ChromeDriver browser = Browser.start(width, height);
        try (StaticServer server = new StaticServer(out)) {
            // A real phone viewport: a headless window is never narrower than 500 px.
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of(
                            "width",
                            width,
                            "height",
                            height,
                            "deviceScaleFactor",
                            width < 500 ? 3 : 1,
                            "mobile",
                            width < 500));
            browser.get(server.url("/cpt/" + code + "/"));
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) browser.executeScript("""
                    var dds = document.querySelectorAll('#key-facts .fact.pay dd'), dd = dds[1];
                    var r = dd.getBoundingClientRect();
                    return {bottom: r.bottom, right: r.right, height: window.innerHeight, width: window.innerWidth,
                            text: dds[0].textContent + ' | ' + dds[1].textContent, description: document.getElementById('description')
                                .getBoundingClientRect().top,
                            source: document.querySelector('#key-facts .kf-source').getBoundingClientRect().bottom,
                            release: document.querySelector('#key-facts .kf-source').textContent};""");
            double bottom = ((Number) box.get("bottom")).doubleValue();
            double viewport = ((Number) box.get("height")).doubleValue();
            assertTrue(((String) box.get("text")).contains("$"), "an amount in dollars: " + box);
            assertTrue(bottom > 0 && bottom <= viewport, "facility payment at " + bottom + " of " + viewport);
            // and of which release, at which CF
            assertTrue(((String) box.get("release")).contains("release RVU26A"), box::toString);
            assertTrue(((Number) box.get("source")).doubleValue() <= viewport, "the release line: " + box);
            assertTrue(
                    ((Number) box.get("right")).doubleValue() <= ((Number) box.get("width")).doubleValue(),
                    "inside the width: " + box);
            assertTrue(((Number) box.get("description")).doubleValue() > bottom, "before the prose: " + box);
            // Words where an amount would be ("Not expected in this setting") wrap inside their box.
            Object spilling = browser.executeScript("""
                    return Array.from(document.querySelectorAll('#key-facts .fact:not([hidden]) dd'))
                        .filter(dd => dd.scrollWidth > dd.clientWidth + 1).map(dd => dd.textContent).join(' | ');""");
            assertEquals("", spilling, "key facts wider than their box");
        } finally {
            browser.quit();
        }
    }
}
