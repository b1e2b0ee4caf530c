package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cptsite.CommandRun;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;

/** {@code cptsite diff} over the fixture's two releases: its Markdown, and the mistakes a user can make. */
class DiffCommandTest {
    private static CommandRun diff(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("diff"));
        args.addAll(List.of(more));
        return CommandRun.of(args);
    }

    @Test
    void markdownHasWhatTheReportPageHas() {
        CommandRun r = diff("--from", Sites.SAMPLE_2025.toString(), "--to", Sites.SAMPLE.toString());
        assertEquals(0, r.code(), r::toString);
        String md = r.out();
        assertTrue(md.startsWith("# RVU25D -> RVU26A\n"), md);
        assertTrue(md.contains("- conversion factor: 32.3465 -> 33.4009 (+1.0544, +3.3%)\n"), md);
        assertTrue(md.contains("\n## Biggest movers\n"), md);
        for (String table : List.of(
                "Biggest rises of the national non-facility payment",
                "Biggest falls of the national non-facility payment",
                "Biggest rises of the work RVU",
                "Biggest falls of the work RVU")) {
            assertTrue(md.contains("\n### " + table + "\n"), table);
        }
        // 0446T rose most; each row gives before, after, the change and its percent.
        String rises = md.substring(md.indexOf("### Biggest rises of the national non-facility payment"));
        rises = rises.substring(0, rises.indexOf("\n### ", 1));
        assertTrue(
                rises.contains("|---|---|---|---|---|\n| 0446T | $5,846.63 | $6,320.12 | +$473.49 | +8.1% |\n"), rises);
        // Added and deleted codes by category, with their figures; changed rows by category.
        assertTrue(md.contains("\n## Added ("), md);
        assertTrue(md.contains("\n## Deleted ("), md);
        assertTrue(md.contains("| code | status | work RVU | national non-facility | national facility |"), md);
        assertTrue(md.contains("\n### Surgery ("), md);
        String changed = md.substring(md.indexOf("\n## Changed ("));
        assertTrue(changed.contains("| 38900 |  | work_rvu | 2.50 | 2.44 |"), changed);
    }

    /** Counts read as words: "1 code, 1 row", not "1 codes, 1 rows" (an April release that changes 38900 only). */
    @Test
    void oneChangedCodeIsCountedInTheSingular(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path april = tmp.resolve("april");
        Sites.copyTree(Sites.SAMPLE, april);
        java.nio.charset.Charset cms = java.nio.charset.Charset.forName("windows-1252");
        try (var files = java.nio.file.Files.list(april)) {
            for (java.nio.file.Path f : files.filter(
                            p -> p.getFileName().toString().startsWith("PPRRVU"))
                    .toList()) {
                java.nio.file.Files.writeString(
                        f,
                        java.nio.file.Files.readString(f, cms)
                                .replace("January Release", "April Release")
                                .replace("RELEASED 12/29/2025", "RELEASED 03/27/2026")
                                .replace(",2.44,1.31,,0.65,,0.59,4.34,3.68,", ",2.54,1.31,,0.65,,0.59,4.44,3.78,"),
                        cms);
            }
        }
        CommandRun r = diff("--from", Sites.SAMPLE.toString(), "--to", april.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("- codes added: 0, deleted: 0, changed: 1 (1 row)\n"), r::out);
        assertTrue(r.out().contains("\n## Changed (1 code)\n\n### Surgery (1 code, 1 row)\n"), r::out);
    }

    /** The CSV has what the JSON has: the figures of added and deleted codes, and each changed field. */
    @Test
    void csvHasTheFiguresOfAddedAndDeletedCodesAndEachChangedField() {
        CommandRun r = diff("--from", Sites.SAMPLE_2025.toString(), "--to", Sites.SAMPLE.toString(), "--format", "csv");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("kind,code,modifier,field,before,after", lines.get(0));
        // 49505 is new in RVU26A (figures after); 27445 was deleted (figures before, at RVU25D's CF).
        for (String field : List.of(
                "status",
                "work_rvu",
                "non_facility_total",
                "facility_total",
                "non_facility_payment",
                "facility_payment")) {
            assertEquals(
                    1,
                    lines.stream()
                            .filter(l -> l.startsWith("added,49505,," + field + ",,"))
                            .count(),
                    field);
            assertEquals(
                    1,
                    lines.stream()
                            .filter(l -> l.startsWith("deleted,27445,," + field + ","))
                            .count(),
                    field);
        }
        assertTrue(lines.contains("deleted,27445,,work_rvu,18.66,"), r.out());
        assertTrue(lines.contains("deleted,27445,,facility_payment,1232.08,"), r.out());
        assertTrue(lines.contains("deleted,27445,,non_facility_payment,,"), "NA: empty; " + r.out());
        assertTrue(lines.contains("changed,38900,,work_rvu,2.50,2.44"), r.out());
    }

    @Test
    void releasesGivenTheWrongWayRoundAreAnError() {
        CommandRun r = diff("--from", Sites.SAMPLE.toString(), "--to", Sites.SAMPLE_2025.toString());
        assertEquals(ExitCode.PROBLEMS, r.code(), r::toString);
        assertTrue(r.err().contains(Sites.SAMPLE_2025 + ": error: --to is RVU25D (released 2025-"), r.err());
        assertTrue(r.err().contains("older than --from's RVU26A"), r.err());
        assertTrue(r.err().contains("swap --from and --to"), r.err());
        assertTrue(r.err().contains("nothing was compared"), r.err());
        assertFalse(r.err().contains("previous site"), "diff has no site to speak of: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingReleaseNamesItsPathWithoutAnotherCommandsOption() {
        CommandRun r = diff("--from", Sites.SAMPLE_2025.toString(), "--to", "no/such/release");
        assertEquals(ExitCode.PROBLEMS, r.code(), r::toString);
        assertTrue(r.err().contains("no/such/release: error: no such file or folder"), r.err());
        assertFalse(r.err().contains("--data"), r.err());
    }

    @Test
    void theSameReleaseTwiceOrAFolderOfSeveralIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        CommandRun same = diff("--from", Sites.SAMPLE.toString(), "--to", Sites.SAMPLE.toString());
        assertEquals(1, same.code(), same::toString);
        assertTrue(same.err().contains("error: --from and --to are the same release, RVU26A"), same.err());
        java.nio.file.Path several = tmp.resolve("releases");
        Sites.copyTree(Sites.SAMPLE, several.resolve("a"));
        Sites.copyTree(Sites.SAMPLE_2025, several.resolve("b"));
        CommandRun folder = diff("--from", several.toString(), "--to", Sites.SAMPLE.toString());
        assertEquals(1, folder.code(), folder::toString);
        assertTrue(
                folder.err().contains("error: --from holds 2 releases (RVU25D, RVU26A); diff compares one release"),
                folder.err());
        assertEquals("", folder.out());
    }

    @Test
    void anOutInsideAReleaseIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path newer = Sites.copyTree(Sites.SAMPLE, tmp.resolve("sample"));
        java.nio.file.Path pprrvu = newer.resolve("PPRRVU2026_Jan_QPP_sample.csv");
        String before = java.nio.file.Files.readString(pprrvu, java.nio.charset.StandardCharsets.ISO_8859_1);
        CommandRun r =
                diff("--from", Sites.SAMPLE_2025.toString(), "--to", newer.toString(), "--out", pprrvu.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("an input of this command, which the output would replace"), r.err());
        assertEquals(before, java.nio.file.Files.readString(pprrvu, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
