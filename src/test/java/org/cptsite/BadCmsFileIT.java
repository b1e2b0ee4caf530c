package org.cptsite;

import static org.cptsite.BadInputIT.editLine;
import static org.cptsite.BadInputIT.indexOf;
import static org.cptsite.BadInputIT.lines;
import static org.cptsite.BadInputIT.replaceOnce;
import static org.cptsite.BadInputIT.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cptsite.BadInputIT.Run;
import org.cptsite.BadInputIT.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hostile CMS files, run through the command as a user would: each must end in exit 1 with
 * the message naming the file and line and a fix, and the previous site byte-for-byte untouched (the
 * pattern of {@link BadInputIT}).
 */
class BadCmsFileIT {
    private static final String NON_QPP = "PPRRVU2026_Jan_nonQPP_sample.csv";
    private static final String REPAIR = "repair the row from the original CMS file";

    @TempDir
    static Path shared;

    private static Path goodSite;

    @TempDir
    Path tmp;

    private Path data;
    private Path content;
    private Path out;

    @BeforeAll
    static void buildTheSampleOnce() {
        goodSite = shared.resolve("site");
        Run r = Run.of(
                "build",
                "--data",
                Sites.SAMPLE.toString(),
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                Sites.TEMPLATES.toString(),
                "--out",
                goodSite.toString(),
                "--base-url",
                "https://example.org");
        assertEquals(0, r.code, r::toString);
    }

    @BeforeEach
    void copyInputsAndPreviousSite() throws IOException {
        data = BadInputIT.copyTree(Sites.SAMPLE, tmp.resolve("in/data"));
        content = BadInputIT.copyTree(Sites.CONTENT, tmp.resolve("in/content"));
        out = BadInputIT.copyBuiltSite(goodSite, tmp.resolve("site"));
    }

    // ---- 3. CSV quoting ----

    @Test
    void downloadCutInsideAQuotedDescriptor() throws IOException {
        Path file = data.resolve(NON_QPP);
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("38900,,\"Sentinel node") + "38900,,\"Sentinel node".length();
        Files.writeString(file, text.substring(0, cut), StandardCharsets.ISO_8859_1);
        Run r = buildExpectingProblems(data);
        r.assertError(
                file,
                148,
                "a quoted cell starts on this line and is never closed (the file ends inside it)",
                "download it again if it was cut short");
    }

    @Test
    void strayQuoteAfterAQuotedDescriptor() throws IOException {
        Path file = data.resolve(NON_QPP);
        int line = editLine(file, "38900,", row -> replaceOnce(row, "add-on\",A,", "add-on\" x,A,"));
        Run r = buildExpectingProblems(data);
        r.assertError(
                file,
                line,
                "a quoted cell starting on this line is not closed where its cell ends (a stray " + "quote?)",
                "a quote inside a quoted cell is written twice");
    }

    @Test
    void unterminatedQuoteInTheGpciFile() throws IOException {
        Path file = data.resolve("GPCI2026_sample.csv");
        int line = editLine(file, "02102,AK,", row -> replaceOnce(row, "ALASKA*", "\"ALASKA*"));
        Run r = buildExpectingProblems(data);
        // The footnotes hold quotes, so the cell ends at one of them, followed by other text.
        r.assertError(
                file,
                line,
                "a quoted cell starting on this line is not closed where its cell ends (a stray " + "quote?)",
                "use the file exactly");
    }

    // ---- 4. figures that cannot be right ----

    @Test
    void rvuInExponentNotation() throws IOException {
        Path file = data.resolve(NON_QPP);
        int line = editLine(file, "38900,", row -> replaceOnce(row, ",A,,2.44,", ",A,,1E+30,"));
        Run r = buildExpectingProblems(data);
        r.assertError(
                file,
                line,
                "WORK RVU '1E+30' of code 38900 is not a plain decimal of at most two places " + "from 0 to 9999.99",
                REPAIR);
    }

    @Test
    void negativeRvu() throws IOException {
        Path file = data.resolve(NON_QPP);
        int line = editLine(file, "38900,", row -> replaceOnce(row, ",0.59,4.34,", ",-0.59,3.16,"));
        Run r = buildExpectingProblems(data);
        r.assertError(file, line, "MP RVU '-0.59' of code 38900 is negative; RVUs are 0 or more", REPAIR);
    }

    @Test
    void totalWithThreePlacesAndRvuPastTheLimit() throws IOException {
        Path file = data.resolve(NON_QPP);
        int line = editLine(file, "38900,", row -> replaceOnce(row, ",4.34,3.68,", ",4.340,3.68,"));
        int other = editLine(file, "00100,", row -> replaceOnce(row, ",J,,0.00,", ",J,,10000.00,"));
        Run r = buildExpectingProblems(data);
        r.assertError(file, line, "NON-FACILITY TOTAL '4.340' of code 38900 is not a plain decimal", REPAIR);
        r.assertError(file, other, "WORK RVU '10000.00' of code 00100 is not a plain decimal", REPAIR);
    }

    @Test
    void conversionFactorThatIsZeroOrNotANumber() throws IOException {
        Path file = data.resolve(NON_QPP);
        int zero = editLine(file, "38900,", row -> replaceOnce(row, ",33.4009,", ",0,"));
        int text = editLine(file, "00100,", row -> replaceOnce(row, ",33.4009,", ",n/a,"));
        Run r = buildExpectingProblems(data);
        r.assertError(
                file,
                zero,
                "CONV FACTOR '0' of code 38900 is not a conversion factor (a plain decimal above 0 "
                        + "and at most 100)",
                REPAIR);
        r.assertError(file, text, "CONV FACTOR 'n/a' of code 00100 is not a number", REPAIR);
    }

    @Test
    void gpciOutsideItsRange() throws IOException {
        Path file = data.resolve("GPCI2026_sample.csv");
        int line = editLine(file, "10112,AL,00,", row -> replaceOnce(row, ",0.875,", ",9.875,"));
        Run r = buildExpectingProblems(data);
        r.assertError(file, line, "2026 PE GPCI 9.875 is outside 0.100-5.000, the range a GPCI can take", REPAIR);
    }

    /** The row in error is left out, and its locality's LOCCO and ANES rows are not warned of as well. */
    @Test
    void aGpciCellThatIsNotANumberIsOneProblem() throws IOException {
        Path file = data.resolve("GPCI2026_sample.csv");
        int line = editLine(file, "10112,AL,00,", row -> replaceOnce(row, ",0.875,", ",abc,"));
        Run r = buildExpectingProblems(data);
        r.assertError(file, line, "abc", "");
        assertEquals(1, r.errorCount(), r::toString);
        assertFalse(r.err.contains("is not in the GPCI file"), r::toString);
    }

    @Test
    void anesthesiaCfThatCannotBeRight() throws IOException {
        Path file = data.resolve("ANES2026_sample.csv");
        int line = editLine(file, "10112 ,00 ,", row -> replaceOnce(row, ",19.53", ",1953.00"));
        Run r = buildExpectingProblems(data);
        r.assertError(
                file,
                line,
                "anesthesia CF '1953.00' of locality 00 is not a conversion factor (a plain decimal "
                        + "above 0 and at most 100)",
                REPAIR);
    }

    @Test
    void codeWithPathCharacters() throws IOException {
        Path file = data.resolve(NON_QPP);
        int line = editLine(file, "38900,", row -> "../x1" + row.substring(5));
        Run r = buildExpectingProblems(data);
        r.assertError(
                file, line, "code '../x1' is not a five-character HCPCS code", "codes are five letters or digits");
    }

    @Test
    void nulByteInARow() throws IOException {
        Path file = data.resolve(NON_QPP);
        int line = editLine(file, "38900,", row -> replaceOnce(row, "add-on", "add\0on"));
        Run r = buildExpectingProblems(data);
        r.assertError(
                file,
                line,
                "a control character (such as a NUL byte) on this line: the file is damaged",
                "download the release again from CMS");
    }

    /** The only PPRRVU file damaged: one problem, at its line (not also "no PPRRVU file"). */
    @Test
    void nulByteInTheOnlyPprrvuIsOneProblem() throws IOException {
        Files.delete(data.resolve("PPRRVU2026_Jan_QPP_sample.csv"));
        Path file = data.resolve(NON_QPP);
        int line = editLine(file, "38900,", row -> replaceOnce(row, "add-on", "add\0on"));
        Run r = buildExpectingProblems(data);
        r.assertError(
                file, line, "a control character (such as a NUL byte) on this line", "download the release again");
        assertEquals(1, r.errorCount(), r::toString);
    }

    // ---- 5. localities ----

    @Test
    void gpciWithOneLocalityTwice() throws IOException {
        Path file = data.resolve("GPCI2026_sample.csv");
        List<String> lines = lines(file);
        int index = indexOf(lines, "02102,AK,");
        lines.add(index + 1, lines.get(index).replace("1.065", "1.100"));
        write(file, lines);
        Run r = buildExpectingProblems(data);
        r.assertError(
                file,
                index + 2,
                "locality 02102-01 is also on line " + (index + 1),
                "keep one row per MAC and locality number");
    }

    @Test
    void anesWithOneLocalityTwice() throws IOException {
        Path file = data.resolve("ANES2026_sample.csv");
        List<String> lines = lines(file);
        int index = indexOf(lines, "02102 ,01 ,");
        lines.add(index + 1, lines.get(index));
        write(file, lines);
        Run r = buildExpectingProblems(data);
        r.assertError(
                file,
                index + 2,
                "locality 02102-01 is also on line " + (index + 1),
                "keep one row per MAC and locality number");
    }

    @Test
    void loccoAndAnesRowsOfALocalityTheGpciFileLacksAreWarnings() throws IOException {
        Path locco = data.resolve("26LOCCO_sample.csv");
        Path anes = data.resolve("ANES2026_sample.csv");
        int loccoLine = editLine(locco, "02102,01,", row -> replaceOnce(row, "02102,01,", "02102,07,"));
        int anesLine = editLine(anes, "02102 ,01 ,", row -> replaceOnce(row, "02102 ,01 ,", "02102 ,07 ,"));
        Run r = Run.of(
                "check",
                "--data",
                data.toString(),
                "--content",
                content.toString(),
                "--templates",
                Sites.TEMPLATES.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(
                r.err.contains(
                        locco + ":" + loccoLine + ": warning: locality 02102-07 (STATEWIDE) is not in the "
                                + "GPCI file; its counties are left out\n  fix: use the LOCCO and GPCI files of the same CMS release"),
                r::toString);
        assertTrue(
                r.err.contains(anes + ":" + anesLine + ": warning: locality 02102-07 (ALASKA*) is not in the GPCI "
                        + "file; its anesthesia CF is left out"),
                r::toString);
    }

    // ---- 7. zips and folders ----

    /** The real limit: an entry of 257 MiB of zeros deflates to a quarter of a MiB, and is refused unpacking. */
    @Test
    void zipEntryPastTheRealLimit() throws IOException {
        Path zip = tmp.resolve("in/rvu26a.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("PPRRVU2026_Jan_nonQPP.csv"));
            z.write(Files.readAllBytes(data.resolve(NON_QPP)));
            z.putNextEntry(new ZipEntry("zeros.csv"));
            byte[] zeros = new byte[1 << 20];
            Arrays.fill(zeros, (byte) '0');
            for (int i = 0; i < 257; i++) z.write(zeros);
        }
        assertTrue(Files.size(zip) < 2 << 20, "the zip itself is small");
        Run r = buildExpectingProblems(zip);
        r.assertError(
                Path.of(zip + "!/zeros.csv"),
                0,
                "unpacks to more than 256 MiB; a CMS file is a few MB",
                "use the release zip exactly as CMS publishes it");
    }

    @Test
    void symbolicLinkOutOfTheDataFolder() throws IOException {
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "not a CMS file");
        Path link = Files.createSymbolicLink(data.resolve("GPCI2026_link.csv"), outside);
        Run r = buildExpectingProblems(data);
        r.assertError(link, 0, "is a symbolic link to a file outside the folder", "copy the file into the folder");
    }

    @Test
    void ignoredFilesAreListed() {
        Run r = Run.of(
                "build",
                "--data",
                data.toString(),
                "--content",
                content.toString(),
                "--templates",
                Sites.TEMPLATES.toString(),
                "--out",
                tmp.resolve("new-site").toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.err.contains("cptsite: ignored README.md (not a file the site uses) in RVU26A"), r::toString);
    }

    // ---- found by FuzzTest ----

    @Test
    void markdownThatIsNotUtf8NamesTheLineOfTheFirstBadByte() throws IOException {
        Path md = content.resolve("codes/38900.md");
        int line = editLine(md, "synonyms:", l -> l + "\u00e9"); // ISO-8859-1 é: one byte, not UTF-8
        Run r = buildExpectingProblems(data);
        r.assertError(md, line, "not UTF-8 text", "save the file as UTF-8");
    }

    @Test
    void rangesThatAreNotUtf8AreAProblemNotACrash() throws IOException {
        Path ranges = content.resolve("ranges.yml");
        int line = editLine(ranges, "anesthesia:", l -> l + " \u00ff");
        Run r = buildExpectingProblems(data);
        r.assertError(ranges, line, "not UTF-8 text", "save the file as UTF-8");
    }

    // ---- helpers ----

    private Run buildExpectingProblems(Path dataPath) throws IOException {
        Snapshot before = Snapshot.of(out);
        List<String> beside = listing();
        Run r = Run.of(
                "build",
                "--data",
                dataPath.toString(),
                "--content",
                content.toString(),
                "--templates",
                Sites.TEMPLATES.toString(),
                "--out",
                out.toString(),
                "--base-url",
                "https://example.org");
        r.siteBefore = before;
        r.siteAfter = Snapshot.of(out);
        r.besideBefore = beside;
        r.besideAfter = listing();
        r.assertFailedAndUntouched();
        return r;
    }

    private List<String> listing() throws IOException {
        try (var s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
