package org.cptsite.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * Debian's headless chromium, driven through Debian's chromedriver (both installed by .ci/run). Tests that
 * need it are skipped where it is missing, and fail on CI (CI=true), where it must be present.
 */
public final class Browser {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Also the longest any later command may take; the longest scripts (axe-core) have 30 s. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private static final int ATTEMPTS = 3;

    private Browser() {}

    public static ChromeDriver start(int width, int height) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("chromium and chromedriver are required on CI; .ci/run installs them");
        }
        assumeTrue(present, "chromium or chromedriver not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags that keep chromium quiet on a machine without internet (see the env notes).
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height);
        // The console, for tests that read what the page logged (Content-Security-Policy violations).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriver driver = startWithRetries(options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * On a loaded machine chromium now and then hangs at start, and Selenium would wait three minutes for the
     * session and fail the whole test class (seen once on CI). A start gets a minute; a hung one is given up
     * (Selenium stops its chromedriver) and tried again, twice.
     */
    private static ChromeDriver startWithRetries(ChromeOptions options) {
        ClientConfig client = ClientConfig.defaultConfig().readTimeout(START_TIMEOUT);
        SessionNotCreatedException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            try {
                return new ChromeDriver(service, options, client);
            } catch (SessionNotCreatedException e) {
                last = e;
                service.stop();
                System.err.println("chromium did not start (attempt " + attempt + " of " + ATTEMPTS + "): "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        throw last;
    }
}
