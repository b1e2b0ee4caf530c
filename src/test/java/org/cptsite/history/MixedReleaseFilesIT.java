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
