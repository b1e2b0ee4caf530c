package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.cptsite.Sites;
import org.cptsite.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * An editor's session in headless Chromium: the open page follows an edit of its Markdown by itself, at
 * the same scroll position; broken YAML shows the overlay with file:line; fixing it clears the overlay.
 */
class ServeBrowserIT {

    @Test
    void theOpenPageFollowsEditsAndShowsProblems(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir)) {
            ChromeDriver browser = Browser.start(1280, 700);
            try {
                browser.get(served.url("/cpt/38900/"));
                browser.executeScript("window.scrollTo(0, 1200)");
                long scrolled = ((Number) browser.executeScript("return window.scrollY")).longValue();
                assertTrue(scrolled > 1000, "scrolled to " + scrolled);
                // The tab's event stream must be open before the edit, as an editor's would be.
                await(browser, "return window.cptsiteServeConnected === true");

                String md = Sites.read(served.content.resolve("codes/38900.md"));
                served.write(
                        "codes/38900.md",
                        md.replace(
                                "## Billing and documentation",
                                "Edited while the page was open.\n\n## Billing and documentation"));
                await(browser, "return document.body.innerText.includes('Edited while the page was open.')");
                await(browser, "return window.scrollY > 1000");
                assertEquals(0L, browser.executeScript("return document.querySelectorAll('#cptsite-problems').length"));
                // The fixture's title for 38900 is longer than a <title> shows: a warning, in the smaller box.
                await(
                        browser,
                        "var w = document.getElementById('cptsite-warnings');"
                                + "return w !== null && w.getAttribute('role') === 'status'"
                                + " && /38900\\.md:2: warning: the title has/.test(w.textContent)");

                served.write("codes/38900.md", md.replace("synonyms: [", "synonyms: [[unclosed, "));
                await(
                        browser,
                        "var o = document.getElementById('cptsite-problems');"
                                + "return o !== null && /38900\\.md:\\d+: error: /.test(o.textContent)");
                String overlay = browser.findElement(By.id("cptsite-problems")).getText();
                assertTrue(overlay.contains("fix:"), overlay);

                served.write("codes/38900.md", md);
                await(
                        browser,
                        "return document.readyState === 'complete' && !document.getElementById('cptsite-problems')"
                                + " && !document.body.innerText.includes('Edited while the page was open.')");
            } finally {
                browser.quit();
            }
        }
    }

    private static void await(ChromeDriver browser, String script) {
        new FluentWait<>(browser)
                .withTimeout(Duration.ofSeconds(15))
                .pollingEvery(Duration.ofMillis(50))
                .until(b -> Boolean.TRUE.equals(b.executeScript(script)));
    }
}
