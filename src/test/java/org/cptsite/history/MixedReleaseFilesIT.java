package org.cptsite.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cptsite.CommandRun;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of different releases in one release folder are an error naming them; nothing is written. */
class MixedReleaseFilesIT {
    @TempDir
    Path tmp;

    private CommandRun build(Path data) {
        return CommandRun.of(
                "build",
                "--data",
                data.toString(),
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                Sites.TEMPLATES.toString(),
                "--out",
                tmp.resolve("site").toString());
    }

    private void assertError(CommandRun r, String... parts) {
        assertEquals(1, r.code(), r::toString);
        for (String p : parts) assertTrue(r.err().contains(p), () -> "missing '" + p + "' in " + r.err());
        assertTrue(r.err().contains("fix: keep one release per folder"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertFalse(Files.exists(tmp.resolve("site")), "nothing written");
    }

    @Test
    void a2025PprrvuBeside2026GpciAndLoccoFiles() throws IOException {
        Path data = Sites.copyTree(Sites.SAMPLE, tmp.resolve("mixed"));
        try (var s = Files.list(data)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("PPRRVU"))
                    .toList()) Files.delete(p);
        }
        Files.copy(Sites.SAMPLE_2025.resolve("PPRRVU2025_Oct_sample.csv"), data.resolve("PPRRVU2025_Oct_sample.csv"));
        assertError(
                build(data),
                "GPCI2026_sample.csv:1: error: a GPCI file of 2026 beside the 2025 PPRRVU file",
                "PPRRVU2025_Oct_sample.csv (RVU25D)",
                "26LOCCO_sample.csv:1: error: a LOCCO file of 2026");
    }

    @Test
    void aQppTwinWhoseBannerNamesAnotherRelease() throws IOException {
        Path data = Sites.copyTree(Sites.SAMPLE, tmp.resolve("twin"));
        Path qpp = data.resolve("PPRRVU2026_Jan_QPP_sample.csv");
        Files.writeString(
                qpp,
                Files.readString(qpp, QuarterlyLastmodIT.CMS).replace("January Release", "April Release"),
                QuarterlyLastmodIT.CMS);
        assertError(
                build(data),
                "PPRRVU files of different releases:",
                "PPRRVU2026_Jan_QPP_sample.csv (RVU26B)",
                "PPRRVU2026_Jan_nonQPP_sample.csv (RVU26A)");
    }

    /**
     * A PPRRVU file cut at a line's end reads without a fault, and its lost codes would be published as deleted
     * by CMS; its QPP twin still lists them.
     */
    @Test
    void aPprrvuFileCutShortBesideItsFullQppTwin() throws IOException {
        Path data = Sites.copyTree(Sites.SAMPLE, tmp.resolve("cut"));
        Path nonQpp = data.resolve("PPRRVU2026_Jan_nonQPP_sample.csv");
        java.util.List<String> lines = Files.readAllLines(nonQpp, QuarterlyLastmodIT.CMS);
        Files.write(nonQpp, lines.subList(0, lines.size() - 14), QuarterlyLastmodIT.CMS);
        java.util.List<String> qppLines =
                Files.readAllLines(data.resolve("PPRRVU2026_Jan_QPP_sample.csv"), QuarterlyLastmodIT.CMS);
        String firstLost = lines.get(lines.size() - 14);
        int line = qppLines.indexOf(firstLost.replace("33.4009", "33.5675")) + 1;
        assertTrue(line > 0, firstLost);
        String code = firstLost.substring(0, firstLost.indexOf(','));

        CommandRun r = build(data);

        assertEquals(1, r.code(), r::toString);
        assertTrue(
                r.err().contains("PPRRVU2026_Jan_QPP_sample.csv:" + line + ": error: row " + code + " is not in ")
                        && r.err()
                                .contains(
                                        "PPRRVU2026_Jan_nonQPP_sample.csv (nor are 13 more rows of this file as they are here)"),
                r::err);
        assertTrue(r.err().contains("fix: one of the two files is cut short or edited"), r::err);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertFalse(Files.exists(tmp.resolve("site")), "nothing written");
    }

    /**
     * The real 2026 release comes with one PPRRVU file, so a copy cut short has no twin to tell: cut at a line's
     * end (its first 60%), it lacks thousands of RVU25D's codes, which would be published as deleted. An error
     * names it; the real pair (210 deleted, 454 added) is far from the bound.
     */
    @Test
    void aReleaseThatLacksThousandsOfThePreviousOnesCodesIsCutShort() throws IOException {
        Path rvu26 = org.cptsite.RealData.dir("rvu26");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(rvu26), "real CMS data");
        Path cut = Files.createDirectories(tmp.resolve("releases/rvu26-cut"));
        try (var files = Files.list(rvu26)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith("PPRRVU")) {
                    java.util.List<String> lines = Files.readAllLines(f, QuarterlyLastmodIT.CMS);
                    Files.write(
                            cut.resolve(f.getFileName()),
                            lines.subList(0, lines.size() * 6 / 10),
                            QuarterlyLastmodIT.CMS);
                } else {
                    Files.copy(f, cut.resolve(f.getFileName()));
                }
            }
        }
        Files.createSymbolicLink(
                tmp.resolve("releases/rvu25d"),
                org.cptsite.RealData.dir("rvu25d").toAbsolutePath());

        CommandRun r = build(tmp.resolve("releases"));

        assertEquals(1, r.code(), r::toString);
        assertTrue(
                r.err()
                        .matches("(?s).*" + java.util.regex.Pattern.quote(cut + ": error: release RVU26C lacks ")
                                + "[0-9,]+ of the 16,852 codes of RVU25D, where one release deletes or adds a few hundred at"
                                + " most: is its PPRRVU file cut short\\?\n.*"),
                r::err);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertFalse(Files.exists(tmp.resolve("site")), "nothing written");
    }

    @Test
    void aQppTwinWhoseRvusDiffer() throws IOException {
        Path data = Sites.copyTree(Sites.SAMPLE, tmp.resolve("edited"));
        Path qpp = data.resolve("PPRRVU2026_Jan_QPP_sample.csv");
        String text = Files.readString(qpp, QuarterlyLastmodIT.CMS);
        String row =
                text.lines().filter(l -> l.startsWith("38900,")).findFirst().orElseThrow();
        Files.writeString(
                qpp,
                text.replace(row, row.replace(",1.31,,0.65,,0.59,4.34,3.68,", ",1.32,,0.66,,0.59,4.35,3.69,")),
                QuarterlyLastmodIT.CMS);

        CommandRun r = build(data);

        assertEquals(1, r.code(), r::toString);
        assertTrue(
                r.err().contains("PPRRVU2026_Jan_nonQPP_sample.csv:148: error: row 38900 has other RVU totals in ")
                        && r.err().contains("PPRRVU2026_Jan_QPP_sample.csv: the two PPRRVU files of a release"),
                r::err);
        assertEquals(1, r.err().split(": error: ", -1).length - 1, r::err); // said once, not from each file
        assertFalse(Files.exists(tmp.resolve("site")), "nothing written");
    }

    @Test
    void twoPprrvuFilesOfDifferentYears() throws IOException {
        Path data = Sites.copyTree(Sites.SAMPLE, tmp.resolve("years"));
        Files.delete(data.resolve("PPRRVU2026_Jan_QPP_sample.csv"));
        Files.copy(Sites.SAMPLE_2025.resolve("PPRRVU2025_Oct_sample.csv"), data.resolve("PPRRVU2025_Oct_sample.csv"));
        assertError(
                build(data),
                "PPRRVU files of different releases:",
                "PPRRVU2025_Oct_sample.csv (RVU25D)",
                "PPRRVU2026_Jan_nonQPP_sample.csv (RVU26A)");
    }
}
