package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cptsite.CommandRun;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cptsite new CODE} starts a content file; {@code cptsite coverage} says where to write next. */
class NewAndCoverageCommandTest {
    private static CommandRun run(Path content, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--data", Sites.SAMPLE.toString(), "--content", content.toString()));
        return CommandRun.of(all);
    }

    /** The command with both sample releases. */
    private static CommandRun history(Path content, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(Sites.historyOptions(content));
        return CommandRun.of(all);
    }

    @Test
    void theFileNewWritesChecksOnceItsTitleAndSummaryAreFilledIn(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        assertEquals(0, run(content, "new", "38300").code());
        Path file = content.resolve("codes/38300.md");
        // As an editor's tool saves it: the title and summary filled in, trailing spaces stripped ("### ").
        String md = Files.readString(file)
                .replace("title: \n", "title: Removal of a lymph node\n")
                .replace("summary: >-\n  \n", "summary: >-\n  Taking out one lymph node through a cut.\n")
                .replaceAll("(?m)[ \t]+$", "");
        Files.writeString(file, md);
        CommandRun check = run(content, "check");
        assertEquals(0, check.code(), check.err());
        // An answer under a question not written is still an error, at the question's line.
        Files.writeString(file, md + "An answer.\n");
        CommandRun answered = run(content, "check");
        assertEquals(1, answered.code());
        assertTrue(answered.err().contains("38300.md:"), answered.err());
        assertTrue(answered.err().contains("error: an FAQ answer without its question"), answered.err());
    }

    @Test
    void newWritesEveryKeyAndHeadingWithTheFiguresAndRefusesToOverwrite(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        CommandRun r = run(content, "new", "38300");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(content.resolve("codes/38300.md"));
        for (String key :
                List.of("title", "synonyms", "summary", "plain_language", "specialties", "reviewed", "reviewer")) {
            assertTrue(md.contains("\n" + key + ":"), key + " in\n" + md);
        }
        for (String heading : List.of("## Clinical context", "## Billing and documentation", "## FAQ")) {
            assertTrue(md.contains("\n" + heading + "\n"), heading);
        }
        assertTrue(md.contains("# 38300 in RVU26A: "), md);
        assertTrue(md.contains("# national payment: $"), md);

        CommandRun again = run(content, "new", "38300");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("38300.md: error: already exists"), again.err());

        Files.createDirectories(content.resolve("codes/lymph"));
        Files.move(content.resolve("codes/38900.md"), content.resolve("codes/lymph/38900.md"));
        CommandRun inFolder = run(content, "new", "38900");
        assertEquals(1, inFolder.code());
        assertTrue(inFolder.err().contains("lymph/38900.md: error: already exists"), inFolder.err());

        CommandRun unknown = run(content, "new", "38901");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("code 38901 is not in release RVU26A"), unknown.err());
        assertTrue(unknown.err().contains("did you mean 38900?"), unknown.err());
        assertTrue(!Files.exists(content.resolve("codes/38901.md")));
    }

    @Test
    void newForADeletedCodeStartsItsFileWithItsLastFiguresAndReplacedBy(@TempDir Path dir) throws IOException {
        // Content for a deleted code is allowed (it names its successors): new writes it, from its last release.
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        CommandRun r = history(content, "new", "27445");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(content.resolve("codes/27445.md"));
        assertTrue(md.contains("# 27445 in RVU25D: "), md);
        assertTrue(md.contains("\n# deleted: not in RVU26A; name the codes that replace it"), md);
        assertTrue(md.contains("\nreplaced_by: []\ntitle: \n"), md);
        // Its errors are the blanks to fill in (as for any new file), none about the deleted code or replaced_by.
        CommandRun check = history(content, "check");
        assertTrue(check.err().contains("27445.md:"), check::err);
        assertTrue(!check.err().contains("replaced_by") && !check.err().contains("none of the releases"), check::err);
        // A contractor-priced code is not "not paid".
        CommandRun priced = run(content, "new", "0075T");
        assertEquals(0, priced.code(), priced.err());
        assertTrue(
                Files.readString(content.resolve("codes/0075T.md"))
                        .contains("# national payment: priced by the Medicare contractor (status C)"),
                () -> priced.toString());
    }

    @Test
    void coverageListsADeletedCodesContentApartFromContentOfNoRelease(@TempDir Path dir) throws IOException {
        // With RVU25D given, 0042T's content is for a deleted code (its page is kept), 99999's for no release.
        Path content = Sites.historyContent(dir.resolve("content"));
        Files.writeString(content.resolve("codes/99999.md"), "---\ntitle: Gone\nsummary: No such code.\n---\n");
        CommandRun r = history(content, "coverage");
        assertEquals(0, r.code(), r.err());
        String report = r.out();
        String deleted = report.substring(
                report.indexOf("## Content for codes CMS deleted (1)"), report.indexOf("## Content for codes in no"));
        assertTrue(deleted.contains("0042T.md | 0042T | RVU25D | 70450 |"), report);
        assertTrue(
                report.substring(report.indexOf("## Content for codes in no given release (1)"))
                        .contains("99999.md | 99999 |"),
                report);
        String lines = history(content, "coverage", "--format", "csv").out();
        assertTrue(lines.contains("\ndeleted_code,,0042T,,,"), lines);
        // Its last release and successors, as the Markdown gives them.
        assertTrue(
                lines.lines().anyMatch(l -> l.startsWith("deleted_code,,0042T,") && l.endsWith(",,,RVU25D,70450")),
                lines);
        assertTrue(lines.contains("\nnot_in_release,,99999,,,"), lines);
    }

    @Test
    void coverageListsCodesWithoutContentBestPaidFirstStaleContentAndOrphans(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path md = content.resolve("codes/38900.md");
        Files.writeString(md, Files.readString(md).replaceFirst("\ntitle:", "\nreviewed: 2026-01-02\ntitle:"));
        Files.writeString(content.resolve("codes/99999.md"), "---\ntitle: Gone\nsummary: A code CMS deleted.\n---\n");

        CommandRun r = run(content, "coverage");
        assertEquals(0, r.code(), r.err());
        String report = r.out();
        assertTrue(report.contains("### Surgery ("), report);
        assertTrue(!report.contains("| 38900 |"), "38900 has content");
        // Amounts as the list pages write them; a code with no national amount says why, not "not paid"
        // (anesthesia codes are paid, by units).
        assertTrue(report.lines().anyMatch(l -> l.matches("\\| 00100 \\| .* \\| By units \\|")), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("\\| 39503 \\| .* \\| \\$\\d,\\d{3}\\.\\d{2} \\|")), report);
        // The release is dated December 29, 2025: 38900, reviewed in 2026, is not stale; 38525 was never reviewed.
        String stale =
                report.substring(report.indexOf("## Content not reviewed"), report.indexOf("## Content for codes"));
        assertTrue(stale.contains("38525.md | never"), stale);
        assertTrue(!stale.contains("38900.md"), stale);
        assertTrue(report.substring(report.indexOf("## Content for codes")).contains("99999.md | 99999"), report);

        CommandRun csv = run(content, "coverage", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals(
                "list,category,code,descriptor,national_payment,file,reviewed,no_amount,last_release,replaced_by",
                lines.get(0));
        // Why a code has no national amount, as the list pages and the Markdown say it.
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("no_content,anesthesia,00100,") && l.endsWith(",,,By units,,")),
                csv.out());
        List<String[]> surgery = lines.stream()
                .filter(l -> l.startsWith("no_content,surgery,"))
                .map(l -> l.split(",", -1))
                .toList();
        java.math.BigDecimal previous = null;
        for (String[] row : surgery) {
            String amount = row[row.length - 6];
            if (amount.isEmpty()) continue;
            java.math.BigDecimal a = new java.math.BigDecimal(amount);
            if (previous != null)
                assertTrue(a.compareTo(previous) <= 0, "best paid first: " + a + " after " + previous);
            previous = a;
        }
        assertTrue(surgery.size() > 10);
        assertTrue(lines.contains("not_in_release,,99999,,," + content.resolve("codes/99999.md") + ",,,,"), csv.out());
    }
}
