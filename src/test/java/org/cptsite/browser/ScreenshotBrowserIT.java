package org.cptsite.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cptsite.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * What a reader sees: full-page screenshots of a code page (38900 of the sample build) in headless Chromium at
 * phone (390 px) and desktop (1280 px) widths. With {@code -Dscreenshots.update=true} they are written to
 * src/docs/screenshots/ (shown in the README); otherwise to target/screenshots/. Either way the test checks
 * that each is a PNG of the right width and that nothing on the page is wider than the window (no sideways
 * scrolling on a phone).
 */
class ScreenshotBrowserIT {
    private static final boolean UPDATE = Boolean.getBoolean("screenshots.update");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    static Path out;

    private static ChromeDriver browser;
    private static StaticServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, out, LocalDate.of(2026, 1, 15));
        browser = Browser.start(1280, 900);
        server = new StaticServer(out);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (browser != null) browser.quit();
    }

    @ParameterizedTest(name = "{0}: {1} px")
    @CsvSource({"code-page-phone, 390", "code-page-desktop, 1280"})
    void codePage(String name, int width) throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        browser.get(server.url("/cpt/38900/"));
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        new FluentWait<>(browser)
                .withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(50))
                .until(b -> "true".equals(b.findElement(By.id("locality")).getDomAttribute("data-ready")));

        long viewport = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
        long scroll = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertEquals(viewport, scroll, "the page is wider than the window: it scrolls sideways");

        byte[] png = fullPage(width);
        assertArrayEquals(PNG, Arrays.copyOf(png, PNG.length), "a PNG");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertTrue(image.getHeight() > 900, "the full page, not the window: " + image.getHeight() + " px high");
        Path dir = UPDATE ? Sites.ROOT.resolve("src/docs/screenshots") : Sites.ROOT.resolve("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), png);
    }

    /** The whole page at {@code width} CSS pixels (device scale 1), through the DevTools protocol. */
    private static byte[] fullPage(int width) {
        long height = ((Number) browser.executeScript(
                        "return Math.ceil(document.documentElement.getBoundingClientRect().height)"))
                .longValue();
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            Map<String, Object> shot = browser.executeCdpCommand(
                    "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
