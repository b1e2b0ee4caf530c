package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cptsite.CommandRun;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cptsite prices} over the sample release: the CSV and JSON, the choice of codes and localities, errors. */
class PricesCommandTest {
    private static final String HEADER = "code,modifier,status,locality_id,state,locality_name,non_facility,facility,"
            + "non_facility_opps_capped,facility_opps_capped,non_facility_limiting_charge,facility_limiting_charge,"
            + "non_facility_qualifying_apm,facility_qualifying_apm";

    private static CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(Sites.sampleOptions());
        return CommandRun.of(all);
    }

    /** 38900 in Alabama: the CMS readme's worked example, $130.94 / $111.65 (see LocalityPaymentTest). */
    @Test
    void csvHeaderAndTheWorkedExampleRow() {
        CommandRun r = run("prices", "--codes", "38900", "--locality", "10112-00");
        assertEquals(0, r.code(), r::toString);
        assertEquals(
                HEADER + "\n" + "38900,,A,10112-00,AL,ALABAMA,130.94,111.65,false,false,143.05,121.98,131.59,112.21\n",
                r.out());
    }

    @Test
    void everyLocalityByDefaultInTheGpciFileOrder() {
        CommandRun r = run("prices", "--codes", "38900");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(1 + 27, lines.size(), "the header and the sample's 27 localities");
        assertTrue(lines.get(1).startsWith("38900,,A,10112-00,AL,ALABAMA,130.94,111.65,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("38900,,A,02102-01,AK,ALASKA,"), lines.get(2));
        // a name with a comma is quoted
        assertTrue(r.out().contains(",HI,\"HAWAII, GUAM\","), r.out());
    }

    /**
     * 71046 has global, 26 and TC rows; the global and TC rows are NA in a facility, so those amounts are empty.
     * Global in Alabama: (0.21 x 1.000 + 0.76 x 0.875 + 0.02 x 0.566) = 0.88632 x 33.4009 = 29.60389 -> 29.60.
     */
    @Test
    void rowsOfASplitCodeAndNaSettings() {
        CommandRun r = run("prices", "--codes", "71046,38900", "--locality", "10112-00");
        List<String> lines = r.out().lines().toList();
        assertEquals(
                List.of("38900,,", "71046,,", "71046,26,", "71046,TC,"),
                lines.subList(1, lines.size()).stream()
                        .map(l -> l.substring(0, l.indexOf(',', 6) + 1))
                        .toList(),
                "codes in release order, rows in file order");
        assertTrue(lines.get(2).startsWith("71046,,A,10112-00,AL,ALABAMA,29.60,,false,false,32.34,,"), lines.get(2));
    }

    @Test
    void jsonHasTheSameFigures(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("prices.json");
        CommandRun r = run(
                "prices",
                "--codes",
                "38900",
                "--locality",
                "10112-00,01112-05",
                "--format",
                "json",
                "--out",
                file.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.out());
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals("RVU26A", json.get("release").asText());
        assertEquals("floor", json.get("work_gpci").asText());
        assertEquals(2, json.get("prices").size());
        JsonNode al = json.get("prices").get(0);
        assertEquals("10112-00", al.get("locality_id").asText());
        assertEquals("130.94", al.get("non_facility").decimalValue().toPlainString());
        assertEquals("111.65", al.get("facility").decimalValue().toPlainString());
        assertEquals(
                "143.05", al.get("non_facility_limiting_charge").decimalValue().toPlainString());
        assertEquals("01112-05", json.get("prices").get(1).get("locality_id").asText());
    }

    @Test
    void anUnknownCodeIsAnError() {
        CommandRun r = run("prices", "--codes", "38900,3890X");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: code 3890X is not in release RVU26A"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aDeletedCodeIsAnErrorThatSaysWhereItsFiguresAre() {
        // 27445 is in the older sample release only: it has a page, but no amounts in RVU26A's localities.
        List<String> args = new ArrayList<>(List.of("prices", "--codes", "27445,38900"));
        args.addAll(Sites.historyOptions(Sites.CONTENT));
        CommandRun r = CommandRun.of(args);
        assertEquals(1, r.code(), r::toString);
        assertTrue(
                r.err()
                        .contains("error: code 27445 is not in release RVU26A: CMS deleted it after RVU25D\n"
                                + "  fix: prices gives the current release's amounts, at its GPCIs; for RVU25D's, run prices "
                                + "with --data naming that release alone"),
                r.err());
        assertEquals("", r.out());
        // As the fix says: with that release alone, its amounts.
        CommandRun alone = CommandRun.of(
                "prices",
                "--codes",
                "27445",
                "--locality",
                "10112-00",
                "--data",
                Sites.SAMPLE_2025.toString(),
                "--content",
                Sites.CONTENT.toString());
        assertEquals(0, alone.code(), alone::toString);
        assertTrue(alone.out().contains("\n27445,,A,10112-00,AL,ALABAMA,"), alone::toString);
    }

    @Test
    void anUnknownLocalityIsAnErrorWithASuggestion() {
        CommandRun r = run("prices", "--locality", "1011-00");
        assertEquals(1, r.code());
        assertTrue(
                r.err()
                        .contains("error: locality 1011-00 is not in the GPCI file of release RVU26A; did you mean "
                                + "10112-00?"),
                r.err());
        assertTrue(r.err().contains("fix: give the locality as MAC-locality"), r.err());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CommandRun r = run("prices", "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format xml is not csv or json"), r.err());
    }

    @Test
    void aCodeWithoutPaidRowsIsNamedOnStandardError() {
        CommandRun r = run("prices", "--codes", "00142");
        assertEquals(0, r.code());
        assertEquals(HEADER + "\n", r.out());
        assertTrue(r.err().contains("00142 has no row paid under the fee schedule (status J)"), r.err());
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        assertEquals(
                run("prices", "--codes", "71046,38900").out(),
                run("prices", "--codes", "38900,71046").out());
    }

    /** --out naming a folder: exit 1, the path and a fix, and the folder as it was. */
    @Test
    void outNamingAFolderIsRefused(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("prices"));
        Files.writeString(folder.resolve("mine.txt"), "keep");
        CommandRun r = run("prices", "--codes", "38900", "--out", folder.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(
                r.err()
                        .contains("error: cannot write " + folder + ": it is a folder; --out names the file to write\n"
                                + "  fix: name a file, e.g. --out " + folder.resolve("prices.csv")),
                r::toString);
        try (var s = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("mine.txt")), s.toList());
        }
        assertEquals("keep", Files.readString(folder.resolve("mine.txt")));
    }

    /** Written beside and renamed: the file is complete, and no partial file is left. */
    @Test
    void outFileIsReplacedWhole(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("prices.csv"), "previous");
        CommandRun r = run("prices", "--codes", "38900", "--locality", "10112-00", "--out", file.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.readString(file).startsWith(HEADER + "\n38900,,A,10112-00,"));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(file), s.toList());
        }
    }

    @Test
    void anOutInsideTheContentOrAReleaseIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        java.nio.file.Path settings = content.resolve("site.yml");
        String before = java.nio.file.Files.readString(settings);
        for (java.nio.file.Path out : List.of(settings, Sites.SAMPLE.resolve("prices.csv"))) {
            CommandRun r = CommandRun.of(
                    "prices",
                    "--codes",
                    "38900",
                    "--data",
                    Sites.SAMPLE.toString(),
                    "--content",
                    content.toString(),
                    "--out",
                    out.toString());
            assertEquals(1, r.code(), r::toString);
            assertTrue(r.err().contains("an input of this command, which the output would replace"), r.err());
        }
        assertEquals(before, java.nio.file.Files.readString(settings));
        assertTrue(!java.nio.file.Files.exists(Sites.SAMPLE.resolve("prices.csv")));
    }
}
