package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words on the reader's page: one casing for "Not paid", readable place names, code numbers linked, the add-on
 * rule said once.
 */
class WordsOnPagesIT {
    @TempDir
    static Path tmp;

    private static Path site;
    private static List<Path> pages;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        Sites.build(Sites.HISTORY, Sites.historyContent(tmp.resolve("content")), site, LocalDate.of(2026, 1, 15));
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Document page(Path file) {
        return Jsoup.parse(Sites.read(file), Sites.BASE_URL + "/");
    }

    @Test
    void everyCellWithoutAnAmountSaysNotPaidInOneCasing() {
        TreeSet<String> cells = new TreeSet<>();
        int notPaid = 0;
        for (Path file : pages) {
            for (Element cell : page(file).select("td, dd")) {
                String text = cell.ownText().trim();
                if (!text.toLowerCase().startsWith("not paid")) continue;
                cells.add(text);
                notPaid++;
            }
        }
        assertTrue(notPaid > 100, "the sample has unpaid rows and modifiers: " + notPaid);
        // A cell with no amount says "Not paid"; a rule or key fact that says why starts the same way.
        assertTrue(
                cells.stream()
                        .allMatch(t -> t.equals("Not paid")
                                || t.startsWith("Not paid: ")
                                || t.matches("Not paid under the fee schedule \\(status [A-Z]\\)\\.")),
                cells.toString());
        // The locality script writes the same words into its tables.
        String script = Sites.read(Sites.TEMPLATES.resolve("assets/locality.js"));
        assertTrue(script.contains("NOT_PAID = \"Not paid\""), "locality.js says Not paid");
    }

    @Test
    void historyAndModifierTablesSayNotPaidCapitalised() {
        Document d = page(site.resolve(Sites.page("0042T")));
        List<String> texts = new ArrayList<>();
        d.select("table td").forEach(td -> texts.add(td.text()));
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("not paid")), texts.toString());
    }

    @Test
    void localityAndCountyNamesAreInReadableCase() throws IOException {
        Path shared;
        try (Stream<Path> files = Files.list(site.resolve("assets"))) {
            shared = files.filter(p -> p.getFileName().toString().startsWith("localities.")
                            && p.toString().endsWith(".json"))
                    .findFirst()
                    .orElseThrow();
        }
        JsonNode data = new ObjectMapper().readTree(shared.toFile());
        List<String> names = new ArrayList<>();
        data.get("localities").forEach(l -> names.add(l.get("name").asText()));
        data.get("counties")
                .forEach(c -> names.add(
                        c.get("area").asText() + " | " + c.get("counties").asText()));
        assertTrue(names.contains("Alaska"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.matches(".*\\b[A-Z]{4,}\\b.*")), "no word in capitals: " + names);
    }

    @Test
    void codeNumbersInEditorialTextLinkToTheirPages() {
        Element billing = page(site.resolve(Sites.page("19083"))).getElementById("billing");
        Element add = billing.selectFirst("a[href=/cpt/19084/]");
        assertNotNull(add, billing.html());
        assertEquals("19084", add.text());
        assertNotNull(billing.selectFirst("a[href=/cpt/76942/]"), "(76942) in parentheses");
        assertNull(billing.selectFirst("a[href=/cpt/19083/]"), "not the page's own code");
        assertTrue(billing.text().contains("Report 19083 once"), billing.text());
    }

    @Test
    void theBillingSectionSaysTheAddOnRuleOnce() {
        // 38900 is an add-on (ZZZ) whose editorial billing text explains it: the generated rule is left out.
        Element billing = page(site.resolve(Sites.page("38900"))).getElementById("billing");
        long addOn = billing.select("li").stream()
                .filter(li -> li.text().startsWith("Add-on code"))
                .count();
        assertEquals(1, addOn, billing.text());
        // An add-on whose billing text does not speak of add-ons still gets the rule.
        Element other = page(site.resolve(Sites.page("11045"))).getElementById("billing");
        assertTrue(other.text().contains("Add-on code: report it together with the primary procedure"), other.text());
    }
}
