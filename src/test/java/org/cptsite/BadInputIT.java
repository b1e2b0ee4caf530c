package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Negative fixtures: each test copies the sample release, content or templates into a temporary folder,
 * damages one thing, and runs {@code build} into an output folder that holds a previously built site.
 * It asserts exit status 1, the message with its file and line, and that the previous site is
 * byte-for-byte untouched (same files, bytes and modification times, no staging folder left beside it).
 */
class BadInputIT {
    private static final Path ROOT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
    private static final String NOTHING_WRITTEN = "nothing was written, the previous site is unchanged";
    private static final String NON_QPP = "PPRRVU2026_Jan_nonQPP_sample.csv";
    private static final String QPP = "PPRRVU2026_Jan_QPP_sample.csv";

    /** One good build of the sample, copied into each test's output folder as "the previous site". */
    @TempDir
    static Path shared;

    private static Path goodSite;

    @TempDir
    Path tmp;

    private Path data;
    private Path content;
    private Path templates;
    private Path out;

    @BeforeAll
    static void buildTheSampleOnce() throws IOException {
        goodSite = shared.resolve("site");
        Run r = Run.of(
                "build",
                "--data",
                Sites.SAMPLE.toString(),
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                ROOT.resolve("templates").toString(),
                "--out",
                goodSite.toString(),
                "--base-url",
                "https://example.org");
        assertEquals(0, r.code, r::toString);
        assertTrue(Files.isRegularFile(goodSite.resolve("index.html")), r::toString);
    }

    @BeforeEach
    void copyInputsAndPreviousSite() throws IOException {
        data = copyTree(Sites.SAMPLE, tmp.resolve("in/data"));
        content = copyTree(Sites.CONTENT, tmp.resolve("in/content"));
        templates = copyTree(ROOT.resolve("templates"), tmp.resolve("in/templates"));
        out = copyBuiltSite(goodSite, tmp.resolve("site"));
    }

    // ---- 1. a file that is not what it claims ----

    @Test
    void gpciContentUnderAPprrvuNameIsReported() throws IOException {
        Files.delete(data.resolve(NON_QPP));
        Path fake = data.resolve("PPRRVU2026_x.csv");
        Files.copy(data.resolve("GPCI2026_sample.csv"), fake);
        Run r = buildExpectingProblems();
        r.assertError(
                fake, 0, "named like a PPRRVU file but its content is not one", "check that this is the file CMS");
        assertTrue(r.err.contains("(it looks like a GPCI file)"), r::toString);
        assertTrue(r.err.contains("\n1 error(s)"), () -> "the misnamed file is the only error\n" + r);
    }

    @Test
    void folderWithoutAnyPprrvuIsReported() throws IOException {
        Files.delete(data.resolve(NON_QPP));
        Files.delete(data.resolve(QPP));
        Run r = buildExpectingProblems();
        r.assertError(
                data,
                0,
                "no PPRRVU file (the RVU CSV with a header row starting HCPCS,MOD)",
                "point --data at the CMS release zip");
    }

    // ---- 2. damaged rows in the PPRRVU file ----

    @Test
    void pprrvuRowWithWrongColumnCount() throws IOException {
        int line = editLine(data.resolve(NON_QPP), "38900,", row -> row.substring(0, row.lastIndexOf(',')));
        Run r = buildExpectingProblems();
        r.assertError(
                data.resolve(NON_QPP),
                line,
                "row has 31 columns, the header has 32",
                "a comma inside a descriptor must be quoted");
    }

    @Test
    void pprrvuNonNumericRvu() throws IOException {
        int line = editLine(data.resolve(NON_QPP), "38900,", row -> replaceOnce(row, ",A,,2.44,", ",A,,abc,"));
        Run r = buildExpectingProblems();
        r.assertError(
                data.resolve(NON_QPP),
                line,
                "WORK RVU 'abc' of code 38900 is not a number",
                "repair the row from the original CMS file");
    }

    @Test
    void pprrvuDuplicateCodeAndModifier() throws IOException {
        Path file = data.resolve(NON_QPP);
        List<String> lines = lines(file);
        int index = indexOf(lines, "38900,");
        lines.add(index + 1, lines.get(index));
        write(file, lines);
        Run r = buildExpectingProblems();
        r.assertError(
                file, index + 2, "duplicate row for code 38900 modifier global", "keep one row per code and modifier");
    }

    @Test
    void pprrvuTotalThatIsNotTheSum() throws IOException {
        int line = editLine(data.resolve(NON_QPP), "38900,", row -> replaceOnce(row, ",4.34,3.68,", ",4.35,3.68,"));
        Run r = buildExpectingProblems();
        r.assertError(
                data.resolve(NON_QPP),
                line,
                "NON-FACILITY TOTAL 4.35 of code 38900 is not work + PE + MP = 4.34",
                "repair the row from the original CMS file");
    }

    @Test
    void pprrvuCodeThatLostItsLeadingZeros() throws IOException {
        int line = editLine(data.resolve(NON_QPP), "00100,", row -> row.substring(2));
        Run r = buildExpectingProblems();
        r.assertError(
                data.resolve(NON_QPP),
                line,
                "code '100' is not a five-character HCPCS code",
                "a spreadsheet dropped its leading zeros");
    }

    // ---- 3. locality files damaged by a spreadsheet ----

    @Test
    void gpciThatLostTrailingZeros() throws IOException {
        Path gpci = data.resolve("GPCI2026_sample.csv");
        int line = editLine(gpci, "10112,AL,00,", row -> replaceOnce(row, ",0.988,1.000,", ",0.988,1,"));
        Run r = buildExpectingProblems();
        r.assertError(
                gpci,
                line,
                "2026 PW GPCI (with 1.0 Floor) '1' is not a number with three decimals " + "(trailing zeros lost?)",
                "a spreadsheet re-saved this file");
    }

    @Test
    void gpciMacThatLostItsLeadingZero() throws IOException {
        Path gpci = data.resolve("GPCI2026_sample.csv");
        int line = editLine(gpci, "02102,AK,", row -> row.substring(1));
        Run r = buildExpectingProblems();
        r.assertError(
                gpci, line, "MAC '2102' is not five digits (leading zeros lost?)", "a spreadsheet re-saved this file");
    }

    @Test
    void loccoLocalityThatLostItsLeadingZero() throws IOException {
        Path locco = data.resolve("26LOCCO_sample.csv");
        int line = editLine(locco, "02102,01,", row -> replaceOnce(row, "02102,01,", "02102,1,"));
        Run r = buildExpectingProblems();
        r.assertError(
                locco,
                line,
                "locality number '1' is not two digits (leading zeros lost?)",
                "a spreadsheet re-saved this file");
    }

    /** The real spreadsheet-damaged 2025 CSVs, without the .txt twins the loader would fall back to. */
    @Test
    void realDamagedLocalityCsvsWithoutTheirTextTwins() throws IOException {
        Path real = RealData.dir("rvu25d");
        Path alone = Files.createDirectories(tmp.resolve("in/real"));
        // A PPRRVU file of the same year: GPCI and LOCCO files of another year would be another error.
        Files.copy(Sites.SAMPLE_2025.resolve("PPRRVU2025_Oct_sample.csv"), alone.resolve("PPRRVU2025_Oct_sample.csv"));
        Path gpci = Files.copy(real.resolve("GPCI2025.csv"), alone.resolve("GPCI2025.csv"));
        Path locco = Files.copy(real.resolve("25LOCCO.csv"), alone.resolve("25LOCCO.csv"));
        Run r = build(alone, content, templates);
        r.assertFailedAndUntouched();
        r.assertError(
                gpci,
                4,
                "2025 PW GPCI (with 1.0 Floor) '1' is not a number with three decimals " + "(trailing zeros lost?)",
                "a spreadsheet re-saved this file");
        r.assertError(
                locco,
                5,
                "locality number '0' is not two digits (leading zeros lost?)",
                "a spreadsheet re-saved this file");
    }

    /** A release without an ANES file is a warning, not a crash (the real-data test above has none either). */
    @Test
    void releaseWithoutAnesIsAWarning() throws IOException {
        Files.delete(data.resolve("ANES2026_sample.csv"));
        Run r = Run.of(
                "check",
                "--data",
                data.toString(),
                "--content",
                content.toString(),
                "--templates",
                templates.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.err.contains(data + ": warning: no ANES file in the release"), r::toString);
    }

    // ---- 4. content ----

    @Test
    void frontMatterYamlThatDoesNotParse() throws IOException {
        Path md = content.resolve("codes/38900.md");
        int line = editLine(md, "synonyms:", l -> "synonyms: sentinel: node mapping");
        Run r = buildExpectingProblems();
        r.assertError(md, line, "YAML does not parse", "quote values that contain a colon");
    }

    @Test
    void unknownFrontMatterKey() throws IOException {
        Path md = content.resolve("codes/38900.md");
        int line = editLine(md, "summary:", l -> l.replace("summary:", "sumary:"));
        Run r = buildExpectingProblems();
        r.assertError(md, line, "unknown key 'sumary'", "did you mean 'summary'?");
    }

    @Test
    void frontMatterWithoutItsClosingLine() throws IOException {
        Path md = content.resolve("codes/38900.md");
        List<String> lines = lines(md);
        lines.remove(lines.subList(1, lines.size()).indexOf("---") + 1);
        write(md, lines);
        Run r = buildExpectingProblems();
        r.assertError(md, 1, "front matter is not closed", "add a line '---' after the last key");
    }

    @Test
    void unknownSectionHeading() throws IOException {
        Path md = content.resolve("codes/38900.md");
        int line = editLine(md, "## Clinical context", l -> "## Clinical contxt");
        Run r = buildExpectingProblems();
        r.assertError(md, line, "unknown section 'Clinical contxt'", "did you mean '## Clinical context'?");
    }

    @Test
    void contentForACodeNotInTheRelease() throws IOException {
        Path md = Files.copy(content.resolve("codes/38900.md"), content.resolve("codes/99999.md"));
        Run r = buildExpectingProblems();
        r.assertError(md, 0, "code 99999 is not in release RVU26A", "delete the file if no given release has the code");
    }

    @Test
    void twoFilesForOneCode() throws IOException {
        Path first = content.resolve("codes/38900.md");
        Path second = Files.copy(
                first, Files.createDirectories(content.resolve("codes/sub")).resolve("38900.md"));
        Run r = buildExpectingProblems();
        r.assertError(second, 0, "second file for code 38900, beside " + first, "keep one file per code");
    }

    @Test
    void searchSynonymGroupOfOneWordAndAWordInTwoGroups() throws IOException {
        Path yml = content.resolve("search-synonyms.yml");
        int single = editLine(yml, "  - [ekg,", l -> "  - [ekg]");
        int twice = editLine(yml, "  - [kidney,", l -> "  - [kidney, renal, cardiac]");
        Run r = buildExpectingProblems();
        r.assertError(
                yml,
                single,
                "a synonym group needs two or more words or phrases",
                "write the group as a list: - [replacement, arthroplasty]");
        r.assertError(yml, twice, "'cardiac' is already in the group on line", "merge the two groups");
    }

    // ---- 5. templates ----

    @Test
    void templateSyntaxError() throws IOException {
        Path ftl = templates.resolve("code.ftlh");
        int line = editLine(ftl, "<h1>${page.head.heading}</h1>", l -> "<h1>${page.head.heading</h1>");
        Run r = buildExpectingProblems();
        r.assertError(ftl, line, "template syntax error", "correct the template");
        // Once: not also as "missing or unreadable" from a second load of the broken template.
        assertEquals(1, r.errorCount(), r::toString);
    }

    @Test
    void templateRuntimeError() throws IOException {
        Path ftl = templates.resolve("code.ftlh");
        int line = editLine(ftl, "<h1>${page.head.heading}</h1>", l -> "<h1>${page.head.nosuchfield}</h1>");
        Run r = buildExpectingProblems();
        r.assertError(ftl, line, "template error", "a missing value needs a default");
    }

    // ---- 6. usage ----

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        Snapshot before = Snapshot.of(tmp);
        Run r = Run.of(
                "build",
                "--data",
                data.toString(),
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--out",
                out.toString(),
                "--no-such-option");
        assertEquals(2, r.code, r::toString);
        assertTrue(r.err.contains("--no-such-option"), r::toString);
        assertEquals(before, Snapshot.of(tmp), "a usage error touches nothing");
    }

    // ---- the base URL, checked once ----

    @Test
    void aBaseUrlWithAQueryInSiteYmlIsOneError() throws IOException {
        Path settings = content.resolve("site.yml");
        int line = editLine(settings, "base_url:", l -> "base_url: https://www.example.org/?utm_source=x");
        Run r = buildExpectingProblems();
        r.assertError(
                settings,
                line,
                "base URL 'https://www.example.org/?utm_source=x' has a query",
                "write it as https://www.example.org");
        assertEquals(1, r.errorCount(), r::toString);
    }

    @Test
    void aBaseUrlOptionThatIsNotAbsoluteOrHasAFragmentIsOneError() throws IOException {
        for (String bad : List.of("www.example.org", "ftp://example.org", "https://example.org/fees#top")) {
            Run r = build(data, content, templates, bad);
            r.assertFailedAndUntouched();
            assertTrue(r.err.contains("--base-url: error: base URL '" + bad + "' "), r::toString);
            assertEquals(1, r.errorCount(), r::toString);
        }
    }

    @Test
    void theExampleDomainInABuildOfARealReleaseIsAWarning() throws IOException {
        try (Stream<Path> files = Files.list(data)) { // the files of a real release: not named *_sample
            for (Path f : files.toList())
                Files.move(f, f.resolveSibling(f.getFileName().toString().replace("_sample", "")));
        }
        Run real = build(data, content, templates, "https://www.example.org");
        assertEquals(0, real.code, real::toString);
        assertTrue(
                real.err.contains("--base-url: warning: the base URL https://www.example.org is an example domain"),
                real::toString);
        Run sample = build(Sites.SAMPLE, content, templates, "https://www.example.org");
        assertEquals(0, sample.code, sample::toString);
        assertFalse(sample.err.contains("example domain"), sample::toString);
    }

    @Test
    void anUnknownJsonTwinsOrPrecompressValueIsReportedWithItsLine() throws IOException {
        Path settings = content.resolve("site.yml");
        List<String> lines = new ArrayList<>(lines(settings));
        lines.add("json_twins: per_ranges");
        lines.add("precompress: [gzip, brotly]");
        write(settings, lines);
        Run r = buildExpectingProblems();
        r.assertError(
                settings,
                lines.size() - 1,
                "json_twins 'per_ranges' is none of per_code, per_range, none",
                "did you mean 'per_range'?");
        r.assertError(
                settings,
                lines.size(),
                "precompress names 'brotly', neither gzip nor brotli",
                "did you mean 'brotli'?");
    }

    // ---- check and show ----

    @Test
    void checkWritesNothing() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(BadInputIT::delete);
        }
        Snapshot before = Snapshot.of(tmp);
        Run r = Run.of(
                "check",
                "--data",
                data.toString(),
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--base-url",
                "https://example.org");
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.startsWith("ok: RVU26A"), r::toString);
        assertFalse(Files.exists(out), "check created the output folder");
        assertEquals(before, Snapshot.of(tmp), "check wrote something");
        // check takes no --out; whatever it makes of one, it must not create the folder.
        Path asked = tmp.resolve("check-out");
        Run withOut = Run.of(
                "check",
                "--data",
                data.toString(),
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--out",
                asked.toString());
        assertFalse(Files.exists(asked), withOut::toString);
    }

    @Test
    void showPrintsTheNationalPaymentsOf38900() {
        Run r = Run.of(
                "show",
                "38900",
                "--data",
                data.toString(),
                "--content",
                content.toString(),
                "--templates",
                templates.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.startsWith("38900 "), r::toString);
        assertTrue(r.out.contains("$144.96"), r::toString);
        assertTrue(r.out.contains("$122.92"), r::toString);
    }

    @Test
    void showOfACodeNotInTheRelease() {
        Run r = Run.of(
                "show",
                "NOPE",
                "--data",
                data.toString(),
                "--content",
                content.toString(),
                "--templates",
                templates.toString());
        assertEquals(1, r.code, r::toString);
        assertTrue(r.err.contains("code NOPE is not in release RVU26A"), r::toString);
        assertEquals("", r.out, r::toString);
    }

    // ---- helpers ----

    /** Runs build on the (damaged) inputs into the previous site; asserts exit 1 and the site untouched. */
    private Run buildExpectingProblems() throws IOException {
        Run r = build(data, content, templates);
        r.assertFailedAndUntouched();
        return r;
    }

    private Run build(Path dataDir, Path contentDir, Path templatesDir) throws IOException {
        return build(dataDir, contentDir, templatesDir, "https://example.org");
    }

    private Run build(Path dataDir, Path contentDir, Path templatesDir, String baseUrl) throws IOException {
        Snapshot site = Snapshot.of(out);
        List<String> beside = besideTheSite();
        Run r = Run.of(
                "build",
                "--data",
                dataDir.toString(),
                "--content",
                contentDir.toString(),
                "--templates",
                templatesDir.toString(),
                "--out",
                out.toString(),
                "--base-url",
                baseUrl);
        r.siteBefore = site;
        r.siteAfter = Snapshot.of(out);
        r.besideBefore = beside;
        r.besideAfter = besideTheSite();
        return r;
    }

    /** Replaces the first line starting with {@code prefix}; returns its 1-based number. */
    static int editLine(Path file, String prefix, UnaryOperator<String> edit) throws IOException {
        List<String> lines = lines(file);
        int index = indexOf(lines, prefix);
        String edited = edit.apply(lines.get(index));
        assertFalse(edited.equals(lines.get(index)), "the edit changed nothing in " + file);
        lines.set(index, edited);
        write(file, lines);
        return index + 1;
    }

    static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) return i;
        }
        throw new AssertionError("no line starting '" + prefix + "'");
    }

    static String replaceOnce(String s, String from, String to) {
        assertEquals(1, s.split(java.util.regex.Pattern.quote(from), -1).length - 1, "'" + from + "' in " + s);
        return s.replace(from, to);
    }

    /**
     * The lines of a file, split on its own line ending (the sample CSVs have CRLF like the CMS files, the
     * Markdown and templates LF), which {@link #write} puts back; the last element is what follows the final
     * line ending (usually ""). ISO-8859-1 maps every byte to one char, so other bytes are kept as they are.
     */
    static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        return new ArrayList<>(List.of(text.split(separator(text), -1)));
    }

    static void write(Path file, List<String> lines) throws IOException {
        String old = Files.readString(file, StandardCharsets.ISO_8859_1);
        Files.writeString(file, String.join(separator(old), lines), StandardCharsets.ISO_8859_1);
    }

    private static String separator(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** Copies a built site with its working folder ({@code .cptsite/NAME} beside it), which recognises it as cptsite's. */
    static Path copyBuiltSite(Path site, Path to) throws IOException {
        String name = site.getFileName().toString();
        copyTree(
                site.resolveSibling(".cptsite").resolve(name),
                to.resolveSibling(".cptsite").resolve(to.getFileName().toString()));
        return copyTree(site, to);
    }

    static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    /** What is beside the output folder, and in its working folder but the lock file. */
    private List<String> besideTheSite() throws IOException {
        List<String> all = new ArrayList<>(listing(tmp));
        listing(tmp.resolve(".cptsite/site")).stream()
                .filter(n -> !n.equals("lock"))
                .forEach(n -> all.add(".cptsite/site/" + n));
        return all;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and folder under a root: relative path to type, size, SHA-256 and modification time. */
    record Snapshot(Map<String, String> entries) {
        static Snapshot of(Path root) throws IOException {
            Map<String, String> entries = new TreeMap<>();
            if (!Files.exists(root)) return new Snapshot(entries);
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.toList()) {
                    String key = root.relativize(p).toString().replace('\\', '/');
                    String mtime = Files.getLastModifiedTime(p).toString();
                    entries.put(
                            key,
                            Files.isDirectory(p)
                                    ? "dir " + mtime
                                    : "file " + Files.size(p) + " " + sha256(Files.readAllBytes(p)) + " " + mtime);
                }
            }
            return new Snapshot(entries);
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One run of the command: exit code, stdout, stderr, and for builds the output folder around it. */
    static final class Run {
        final int code;
        final String out;
        final String err;
        Snapshot siteBefore;
        Snapshot siteAfter;
        List<String> besideBefore;
        List<String> besideAfter;

        private Run(int code, String out, String err) {
            this.code = code;
            this.out = out;
            this.err = err;
        }

        static Run of(String... args) {
            CommandRun r = CommandRun.of(args);
            return new Run(r.code(), r.out().replace("\r\n", "\n"), r.err().replace("\r\n", "\n"));
        }

        void assertFailedAndUntouched() {
            assertEquals(1, code, this::toString);
            assertTrue(err.contains(NOTHING_WRITTEN), this::toString);
            assertFalse(siteBefore.entries().isEmpty(), "the previous site was not there to begin with");
            assertEquals(siteBefore, siteAfter, "the previous site changed");
            assertEquals(besideBefore, besideAfter, "files were left beside the output folder (staging?)");
        }

        /** The errors reported on standard error. */
        long errorCount() {
            return err.lines()
                    .filter(l -> l.contains(": error: ") || l.startsWith("error: "))
                    .count();
        }

        /**
         * Asserts a line {@code FILE:LINE: error: ...MESSAGE...} (just {@code FILE: error:} for line 0)
         * followed by its {@code   fix: ...FIX...} line. (A message may span lines: Freemarker's syntax
         * errors list the tokens it expected, so the fix is the first "  fix:" line after the error.)
         */
        void assertError(Path file, int line, String message, String fix) {
            String prefix = file + (line > 0 ? ":" + line : "") + ": error: ";
            List<String> lines = err.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix) && lines.get(i).contains(message)) {
                    String next = lines.subList(i + 1, lines.size()).stream()
                            .filter(l -> l.startsWith("  fix: "))
                            .findFirst()
                            .orElse("");
                    assertTrue(
                            next.contains(fix),
                            () -> "fix line of '" + prefix + message + "' lacks '" + fix + "'\n" + this);
                    return;
                }
            }
            throw new AssertionError("no line '" + prefix + "..." + message + "...'\n" + this);
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }
}
