package org.cptsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cptsite.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

/**
 * The locality picker of code pages in headless Chromium, over the sample site: choosing a locality shows its
 * amounts, the choice is remembered on the next page, the county finder leads to a locality, and anesthesia
 * pages compute (base + time units) x the locality's anesthesia CF.
 */
class LocalityBrowserIT {
    @TempDir
    static Path out;

    private static ChromeDriver browser;
    private static StaticServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, out, LocalDate.of(2026, 1, 1));
        browser = Browser.start(1280, 900);
        server = new StaticServer(out);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (browser != null) browser.quit();
    }

    /** The worked example of the CMS readme: 38900 in Alabama (GPCIs 1.000 / 0.875 / 0.566). */
    @Test
    void choosingAlabamaShowsTheWorkedExampleAndIsRememberedOnTheNextPage() {
        open("/cpt/38900/");
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        ready();
        assertTrue(browser.findElement(By.cssSelector("#locality .loc-picker")).isDisplayed(), "the picker shows");
        assertTrue(browser.findElements(By.cssSelector("#loc-result table")).isEmpty(), "nothing chosen yet");
        new Select(browser.findElement(By.id("loc-select"))).selectByValue("10112-00");
        List<String> row = cells("#loc-result table.loc-pay tbody tr:nth-child(1) td");
        // [(2.44 x 1.000) + (1.31 x 0.875) + (0.59 x 0.566)] x 33.4009 = 3.92019 x 33.4009 = 130.9379... -> $130.94
        // [(2.44 x 1.000) + (0.65 x 0.875) + (0.59 x 0.566)] x 33.4009 = 3.34269 x 33.4009 = 111.6488... -> $111.65
        assertEquals("$130.94", row.get(0));
        assertEquals("$111.65", row.get(1));
        // limiting charges: 130.94 x 1.0925 = 143.05195 -> $143.05; 111.65 x 1.0925 = 121.977625 -> $121.98
        assertEquals("$143.05", row.get(2));
        assertEquals("$121.98", row.get(3));
        // qualifying APM: 3.92019 x 33.5675 = 131.5910... -> $131.59; 3.34269 x 33.5675 = 112.2052... -> $112.21
        assertEquals("$131.59", row.get(4));
        assertEquals("$112.21", row.get(5));
        // The key facts at the top show the chosen locality's amounts beside the national ones.
        WebElement keyFact = browser.findElement(By.id("kf-locality"));
        assertTrue(keyFact.isDisplayed(), "the key facts show the locality");
        assertEquals(
                "$130.94 non-facility, $111.65 facility",
                keyFact.findElement(By.tagName("dd")).getText());
        assertTrue(keyFact.findElement(By.tagName("dt")).getText().contains("10112-00"));
        String heading = browser.findElement(By.cssSelector("#loc-result h3")).getText();
        assertTrue(heading.contains("Alabama") && heading.contains("10112-00"), heading);
        assertTrue(
                browser.findElement(By.cssSelector("#loc-result")).getText().contains("with the 1.0 floor"),
                "the page names the work GPCI used");
        // Modifier 50 (bilateral indicator 1): 150% of $130.94 = $196.41, of $111.65 = $167.475 -> $167.48
        List<String> bilateral = cells("#loc-result table.loc-mod tbody tr:nth-child(1) td");
        assertEquals("150%", bilateral.get(1));
        assertEquals("$196.41", bilateral.get(2));
        assertEquals("$167.48", bilateral.get(3));

        open("/cpt/71046/");
        ready();
        assertEquals(
                "10112-00",
                new Select(browser.findElement(By.id("loc-select")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"),
                "the choice is remembered");
        // 71046 global: [(0.21 x 1.000) + (0.76 x 0.875) + (0.02 x 0.566)] x 33.4009 = 0.88632 x 33.4009 = 29.6039 ->
        // $29.60
        List<String> global = cells("#loc-result table.loc-pay tbody tr:nth-child(1) td");
        assertEquals("$29.60", global.get(0));
        assertEquals("NA", global.get(1), "not expected in this setting");
    }

    @Test
    void theCountyFinderLeadsToTheLocality() {
        open("/cpt/99213/");
        ready();
        new Select(browser.findElement(By.id("loc-state"))).selectByVisibleText("Texas");
        WebElement county = browser.findElement(By.id("loc-county"));
        county.sendKeys("travis");
        List<WebElement> found = browser.findElements(By.cssSelector("#loc-matches button"));
        assertEquals(1, found.size(), "Travis county is in one fee schedule area");
        assertEquals("04412-31", found.get(0).getDomAttribute("data-id"));
        found.get(0).click();
        assertEquals(
                "04412-31",
                new Select(browser.findElement(By.id("loc-select")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"));
        assertTrue(
                browser.findElement(By.cssSelector("#loc-result h3")).getText().contains("Austin"));
        // A county the file does not name falls in the rest of the state.
        county.clear();
        county.sendKeys("Lubbock");
        List<WebElement> rest = browser.findElements(By.cssSelector("#loc-matches button"));
        assertEquals(1, rest.size());
        assertEquals("04412-99", rest.get(0).getDomAttribute("data-id"));
    }

    @Test
    void anesthesiaPagesUseTheLocalityAnesthesiaConversionFactor() {
        open("/cpt/00142/");
        ready();
        new Select(browser.findElement(By.id("loc-select"))).selectByValue("10112-00");
        browser.findElement(By.id("anes-base")).sendKeys("4");
        browser.findElement(By.id("anes-minutes")).sendKeys("52");
        String text = waitFor(".loc-anes-amount").getText();
        // 52 / 15 = 3.4666... -> 3.5 time units; (4 + 3.5) x 19.53 = 146.475 -> $146.48; x 19.63 = 147.225 -> $147.23
        assertTrue(text.contains("3.5 time units"), text);
        assertTrue(text.contains("$146.48"), text);
        assertTrue(text.contains("$147.23"), text);
        assertTrue(browser.findElement(By.id("loc-result")).getText().contains("19.53"));
        assertTrue(
                browser.findElements(By.cssSelector("#loc-result table.loc-pay"))
                        .isEmpty(),
                "no RVU amounts");
    }

    @Test
    void withoutAChoiceThePageKeepsItsNationalFigures() {
        open("/cpt/38900/");
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        ready();
        assertTrue(browser.findElement(By.id("loc-result")).getText().isEmpty());
        assertFalse(
                browser.findElement(By.cssSelector("table.pay-table")).getText().isEmpty());
    }

    /** 78815 is contractor priced without a modifier: the locality key fact follows its 26 row, as the others do. */
    @Test
    void theLocalityKeyFactOfACodeLedByItsProfessionalComponentIsThatRows() {
        open("/cpt/78815/");
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        ready();
        new Select(browser.findElement(By.id("loc-select"))).selectByValue("10112-00");
        cells("#loc-result table.loc-pay tbody tr td");
        WebElement keyFact = browser.findElement(By.id("kf-locality"));
        assertTrue(keyFact.isDisplayed(), "the key facts show the locality");
        assertTrue(keyFact.findElement(By.tagName("dt")).getText().endsWith(", modifier 26"), () -> keyFact.getText());
        // [(2.38 x 1.000) + (0.78 x 0.875) + (0.12 x 0.566)] x 33.4009 = 3.13042 x 33.4009 = 104.5588... -> $104.56
        assertEquals(
                "$104.56 non-facility, $104.56 facility",
                keyFact.findElement(By.tagName("dd")).getText());
    }

    private static void open(String path) {
        browser.get(server.url(path));
    }

    /** Waits until the script has loaded the shared file and set the picker up. */
    private static void ready() {
        new FluentWait<>(browser)
                .withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(50))
                .until(b -> "true".equals(b.findElement(By.id("locality")).getDomAttribute("data-ready")));
    }

    private static WebElement waitFor(String selector) {
        return new FluentWait<>(browser)
                .withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(50))
                .until(b -> b.findElements(By.cssSelector(selector)).stream()
                        .findFirst()
                        .orElse(null));
    }

    private static List<String> cells(String selector) {
        return new FluentWait<>(browser)
                .withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(50))
                .until(b -> {
                    List<String> texts = b.findElements(By.cssSelector(selector)).stream()
                            .map(WebElement::getText)
                            .toList();
                    return texts.isEmpty() ? null : texts;
                });
    }
}
