package org.cptsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The code table of a range page sorts by a column at a click, then the other way at a second. */
class TableSortBrowserIT {
    @Test
    void clickingWorkRvuSortsAscendingThenDescending(@TempDir Path out) throws IOException {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, out, LocalDate.of(2026, 1, 1));
        ChromeDriver browser = Browser.start(1280, 900);
        try (StaticServer server = new StaticServer(out)) {
            browser.get(server.url("/category/surgery/38100-38999/"));
            WebElement work = browser.findElement(By.cssSelector("table.code-table thead th:nth-child(3) button"));
            work.click();
            List<BigDecimal> up = workColumn(browser);
            List<BigDecimal> sorted = new ArrayList<>(up);
            sorted.sort(Comparator.naturalOrder());
            assertEquals(sorted, up);
            assertEquals(
                    "ascending",
                    browser.findElement(By.cssSelector("table.code-table thead th:nth-child(3)"))
                            .getDomAttribute("aria-sort"));
            work.click();
            List<BigDecimal> down = workColumn(browser);
            sorted.sort(Comparator.reverseOrder());
            assertEquals(sorted, down);
        } finally {
            browser.quit();
        }
    }

    private static List<BigDecimal> workColumn(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("table.code-table tbody td:nth-child(3)")).stream()
                .map(td -> td.getText())
                .filter(v -> !v.isEmpty())
                .map(BigDecimal::new)
                .toList();
    }
}
