package org.cptsite.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.cptsite.Rows;
import org.cptsite.model.RvuRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decoded indicator meanings against the CMS readme's definitions (cms-pfs-files.md). Each row names words
 * the meaning must contain (case-insensitive, '|' separates several), so wording may change but not sense.
 */
class IndicatorsTest {

    private static Indicators.Decoded find(RvuRow row, String key) {
        return Indicators.decode(row).stream()
                .filter(d -> d.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + key + " in " + Indicators.decode(row)));
    }

    private static void assertMeans(Indicators.Decoded d, String words) {
        String meaning = d.meaning().toLowerCase(Locale.ROOT);
        for (String w : words.split("\\|")) {
            assertTrue(
                    meaning.contains(w.toLowerCase(Locale.ROOT)),
                    () -> d.key() + " " + d.value() + ": \"" + d.meaning() + "\" should say \"" + w + "\"");
        }
    }

    @ParameterizedTest(name = "status {0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "A; active",
                "B; bundled",
                "C; carrier priced",
                "D; deleted",
                "E; excluded|regulation",
                "F; deleted|no grace",
                "G; not valid for medicare|grace",
                "H; deleted modifier",
                "I; not valid for medicare",
                "J; anesthesia",
                "M; measurement",
                "N; non-covered",
                "P; bundled or excluded",
                "R; restricted coverage",
                "T; no other",
                "X; statutory exclusion",
            })
    void status(String status, String words) {
        Indicators.Decoded d = find(Rows.row38900().status(status).build(), "status");
        assertEquals("Status", d.name());
        assertEquals(status, d.value());
        assertMeans(d, words);
        assertEquals(d.meaning(), Indicators.status(status));
    }

    @Test
    void grace() {
        // G has a grace period, I and F do not
        assertFalse(Indicators.status("I").toLowerCase(Locale.ROOT).contains("grace"));
    }

    @ParameterizedTest(name = "global {0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "000; 0-day",
                "010; 10-day",
                "090; 90-day",
                "MMM; maternity",
                "XXX; does not apply",
                "YYY; contractor",
                "ZZZ; add-on",
            })
    void globalDays(String days, String words) {
        RvuRow row = Rows.row38900().global(days).build();
        Indicators.Decoded d = find(row, "global");
        assertEquals("Global period", d.name());
        assertMeans(d, words);
        assertEquals(days.equals("ZZZ"), Indicators.addOn(row), "only ZZZ is an add-on code");
    }

    @ParameterizedTest(name = "bilateral {0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "0; does not apply",
                "1; 150%",
                "2; already|bilateral",
                "3; each side|100%",
                "9; does not apply",
            })
    void bilateral(String value, String words) {
        Indicators.Decoded d = find(Rows.row38900().bilateral(value).build(), "bilateral");
        assertTrue(d.name().contains("modifier 50"), d.name());
        assertMeans(d, words);
    }

    @ParameterizedTest(name = "PC/TC {0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "0; physician service",
                "1; professional (26)|technical (tc)",
                "2; professional component only",
                "3; technical component only",
                "4; global test only",
                "5; incident",
                "6; laboratory physician interpretation",
                "7; physical therapy",
                "8; physician interpretation",
                "9; does not apply",
            })
    void pctc(String value, String words) {
        assertMeans(find(Rows.row38900().pctc(value).build(), "pctc"), words);
    }

    @ParameterizedTest(name = "assistant {0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "0; documentation",
                "1; never paid",
                "2; may be paid",
                "9; does not apply",
            })
    void assistant(String value, String words) {
        assertMeans(find(Rows.row38900().assistant(value).build(), "assistant"), words);
    }

    @ParameterizedTest(name = "co-surgeon {0} / team {0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "0; not permitted",
                "1; documentation",
                "2; permitted",
                "9; does not apply",
            })
    void coSurgeonAndTeam(String value, String words) {
        assertMeans(find(Rows.row38900().coSurgeon(value).build(), "co_surgeon"), words);
        assertMeans(find(Rows.row38900().team(value).build(), "team"), words);
    }

    @Test
    void unknownValuesSaySo() {
        assertEquals(
                "Value not described in the CMS readme",
                find(Rows.row38900().bilateral("7").build(), "bilateral").meaning());
        assertEquals("Status Z", Indicators.status("Z"));
        assertMeans(find(Rows.row38900().supervision("4A").build(), "supervision"), "special|4A");
    }

    @Test
    void orderAndEmptyValues() {
        List<String> keys = Indicators.decode(Rows.row38900().build()).stream()
                .map(Indicators.Decoded::key)
                .toList();
        assertEquals(
                List.of(
                        "status",
                        "global",
                        "pctc",
                        "multiple_procedure",
                        "bilateral",
                        "assistant",
                        "co_surgeon",
                        "team",
                        "supervision",
                        "imaging_family"),
                keys);
        // an empty cell is left out, not decoded as "not described"
        assertFalse(Indicators.decode(Rows.row38900().supervision("").build()).stream()
                .anyMatch(d -> d.key().equals("supervision")));
    }
}
