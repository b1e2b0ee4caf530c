package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.RvuRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads tiny PPRRVU files built here from the banner and header lines of the sample file: the 2026 layout
 * (32 columns) and the 2025 layout (31: no PRIC IND, everything after it one to the left). Every column of
 * the test rows holds a distinct value, so a column read from the wrong position shows.
 */
class PprrvuReaderTest {
    private static final Path ROOT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
    private static final Path SAMPLE = ROOT.resolve("src/test/resources/site/data/sample");
    private static final String NON_QPP = "PPRRVU2026_Jan_nonQPP_sample.csv";
    private static final String QPP = "PPRRVU2026_Jan_QPP_sample.csv";

    /** The sample's lines 1-10: banner and stacked header, the last line being HCPCS,MOD,... */
    private static List<List<String>> head2026;

    // 2026 rows; cell 23 (PRIC IND) is "1" and "9", ENDO BASE 43235, OPPS 2.70 / 2.69 / 0.05.
    private static final String ROW_GLOBAL = "71046,,\"Chest x-ray, two views\",A,,0.21,0.76,,0.75,NA,0.02,0.99,0.98,"
            + "1,XXX,0.01,0.02,0.03,4,3,2,1,0,1,43235,33.4009,02,0,88,2.70,2.69,0.05";
    private static final String ROW_26 = "71046,26,\"Chest x-ray, two views\",R,+,0.21,0.08,NA,0.07,,0.01,0.30,0.29,"
            + "1,010,0.10,0.80,0.10,0,1,9,2,1,9,,33.4009,09,0,99,0.00,0.00,0.00";

    @BeforeAll
    static void readSampleHeader() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve(NON_QPP), StandardCharsets.ISO_8859_1);
        head2026 = new ArrayList<>();
        for (String line : lines.subList(0, 10)) head2026.add(parse(line));
        assertEquals("HCPCS", head2026.get(9).get(0), "line 10 of the sample is the header row");
        assertEquals(32, head2026.get(9).size());
        assertEquals("IND", head2026.get(9).get(23));
    }

    private static List<String> parse(String line) throws IOException {
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords();
        return new ArrayList<>(records.get(0).toList());
    }

    /** CSV text with CRLF line endings, as CMS ships it. */
    private static String csv(List<List<String>> rows) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(
                w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            for (List<String> r : rows) p.printRecord(r);
        }
        return w.toString();
    }

    /** The sample's banner with the July 2026 release named, then the rows; drops column 23 for 2025. */
    private static String file(boolean layout2025, String title, String released, String... rows) throws IOException {
        List<List<String>> all = new ArrayList<>();
        for (List<String> r : head2026) {
            List<String> copy = new ArrayList<>(r);
            for (int i = 0; i < copy.size(); i++) {
                copy.set(
                        i,
                        copy.get(i)
                                .replace(
                                        "2026 National Physician Fee Schedule Relative Value File January Release",
                                        title)
                                .replace("RELEASED 12/29/2025", "RELEASED " + released));
            }
            if (layout2025) copy.remove(23);
            all.add(copy);
        }
        for (String row : rows) {
            List<String> cells = parse(row);
            if (layout2025) cells.remove(23);
            all.add(cells);
        }
        return csv(all);
    }

    private static PprrvuReader.Result read(String name, String text, Problems problems) {
        return new PprrvuReader(new SourceFile(name, text.getBytes(StandardCharsets.ISO_8859_1)), problems).read();
    }

    @Test
    void layout2026() throws IOException {
        String text = file(
                false,
                "2026 National Physician Fee Schedule Relative Value File July Release",
                "06/30/2026",
                ROW_GLOBAL,
                ROW_26);
        assertTrue(text.contains("\r\n"));
        Problems problems = new Problems();
        PprrvuReader.Result r = read("PPRRVU2026_Jul_nonQPP.csv", text, problems);
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertNotNull(r);
        assertEquals(PprrvuLayout.Y2026, r.layout());
        assertEquals(32, r.layout().columns());
        assertEquals("RVU26C", r.releaseId());
        assertEquals(2026, r.year());
        assertEquals("2026 National Physician Fee Schedule Relative Value File July Release", r.title());
        assertEquals(LocalDate.of(2026, 6, 30), r.released());
        assertEquals(new BigDecimal("33.4009"), r.conversionFactor());
        assertFalse(r.qualifyingApm());
        assertEquals(2, r.rows().size());

        RvuRow g = r.rows().get(0);
        assertGlobalRow(g);
        assertEquals("1", g.policy().pricingIndicator(), "PRIC IND, column 23");
        assertEquals(11, g.line(), "first data row after the 10 banner and header lines");

        RvuRow pc = r.rows().get(1);
        assertEquals("26", pc.modifier());
        assertEquals("R", pc.status());
        assertTrue(pc.policy().notUsedForPayment(), "'+' in NOT USED FOR MEDICARE PAYMENT");
        assertTrue(pc.rvus().nonFacilityNa());
        assertFalse(pc.rvus().facilityNa());
        assertEquals(new BigDecimal("0.07"), pc.rvus().facilityPe());
        assertEquals(new BigDecimal("0.29"), pc.rvus().facilityTotal());
        assertEquals("010", pc.global().days());
        assertEquals("9", pc.policy().pricingIndicator());
        assertEquals("", pc.policy().endoscopicBase());
        assertEquals("09", pc.policy().supervision());
        assertEquals("99", pc.policy().imagingFamily());
        assertEquals(0, pc.opps().nonFacilityPe().signum());
        assertFalse(pc.oppsCapped());
        assertEquals(12, pc.line());
    }

    @Test
    void layout2025() throws IOException {
        String text = file(
                true,
                "2025 National Physician Fee Schedule Relative Value File October Release",
                "09/26/2025",
                ROW_GLOBAL,
                ROW_26);
        Problems problems = new Problems();
        PprrvuReader.Result r = read("PPRRVU2025_Oct.csv", text, problems);
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertNotNull(r);
        assertEquals(PprrvuLayout.Y2025, r.layout());
        assertEquals(31, r.layout().columns());
        assertEquals("RVU25D", r.releaseId());
        assertEquals(2025, r.year());
        assertEquals(LocalDate.of(2025, 9, 26), r.released());
        assertEquals(new BigDecimal("33.4009"), r.conversionFactor());
        RvuRow g = r.rows().get(0);
        assertGlobalRow(g);
        assertEquals("", g.policy().pricingIndicator(), "no PRIC IND before 2026");
        RvuRow pc = r.rows().get(1);
        assertEquals("", pc.policy().endoscopicBase());
        assertEquals("09", pc.policy().supervision());
    }

    /** The columns both layouts share, with ENDO BASE, CF, supervision, flag, family and OPPS after PRIC IND. */
    private static void assertGlobalRow(RvuRow g) {
        assertEquals("71046", g.code());
        assertEquals("", g.modifier());
        assertEquals("Chest x-ray, two views", g.description());
        assertEquals("A", g.status());
        assertFalse(g.policy().notUsedForPayment());
        assertEquals(new BigDecimal("0.21"), g.rvus().work());
        assertEquals(new BigDecimal("0.76"), g.rvus().nonFacilityPe());
        assertFalse(g.rvus().nonFacilityNa());
        assertEquals(new BigDecimal("0.75"), g.rvus().facilityPe());
        assertTrue(g.rvus().facilityNa());
        assertEquals(new BigDecimal("0.02"), g.rvus().malpractice());
        assertEquals(new BigDecimal("0.99"), g.rvus().nonFacilityTotal());
        assertEquals(new BigDecimal("0.98"), g.rvus().facilityTotal());
        assertEquals("1", g.policy().pctc());
        assertEquals("XXX", g.global().days());
        assertEquals(new BigDecimal("0.01"), g.global().preOp());
        assertEquals(new BigDecimal("0.02"), g.global().intraOp());
        assertEquals(new BigDecimal("0.03"), g.global().postOp());
        assertEquals("4", g.policy().multipleProcedure());
        assertEquals("3", g.policy().bilateral());
        assertEquals("2", g.policy().assistant());
        assertEquals("1", g.policy().coSurgeon());
        assertEquals("0", g.policy().team());
        assertEquals("43235", g.policy().endoscopicBase(), "ENDO BASE");
        assertEquals(new BigDecimal("33.4009"), g.conversionFactor(), "CONV FACTOR");
        assertEquals("02", g.policy().supervision(), "PHYSICIAN SUPERVISION keeps its leading zero");
        assertEquals("0", g.policy().calculationFlag());
        assertEquals("88", g.policy().imagingFamily());
        assertEquals(new BigDecimal("2.70"), g.opps().nonFacilityPe(), "NON-FACILITY PE USED FOR OPPS");
        assertEquals(new BigDecimal("2.69"), g.opps().facilityPe(), "FACILITY PE USED FOR OPPS");
        assertEquals(new BigDecimal("0.05"), g.opps().malpractice(), "MP USED FOR OPPS");
        assertTrue(g.oppsCapped());
        assertTrue(g.payable());
    }

    /**
     * An indicator cell that cannot be one (a formula a spreadsheet would run, markup, a shifted column) is an
     * error at its row, before it reaches a page or an export. A value of the right shape that the CMS readme
     * does not list (status Z) still loads.
     */
    @Test
    void anIndicatorOfTheWrongShapeIsAnErrorAtItsRow() throws IOException {
        String[][] cases = {
            {
                ",A,,0.21",
                ",\"=HYPERLINK(\"\"http://x/\"\")\",,0.21",
                "STATUS CODE '=HYPERLINK(\"http://x/\")' of code 71046 is not one letter"
            },
            {",1,XXX,", ",-1+2,XXX,", "PCTC IND '-1+2' of code 71046 is not one digit"},
            {",1,XXX,", ",1,=+1,", "GLOB DAYS '=+1' of code 71046 is not a global period"},
            {
                ",43235,33.4009,",
                ",<b>x</b>,33.4009,",
                "ENDO BASE '<b>x</b>' of code 71046 is not blank or a five-character code"
            },
            {",0,88,", ",0,@S,", "DIAGNOSTIC IMAGING FAMILY INDICATOR '@S' of code 71046 is not two digits"},
        };
        for (String[] c : cases) {
            String row = ROW_GLOBAL.replace(c[0], c[1]);
            assertFalse(row.equals(ROW_GLOBAL), c[0]);
            Problems problems = readJuly2026(row, ROW_26);
            assertEquals(1, problems.all().size(), () -> problems.all().toString());
            assertTrue(
                    problems.all().get(0).message().startsWith(c[2]),
                    problems.all().get(0).message());
            assertEquals(11, problems.all().get(0).line(), c[2]);
        }
        Problems problems = readJuly2026(ROW_GLOBAL.replace(",A,,0.21", ",Z,,0.21"));
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
    }

    /** The problems of reading a July 2026 file of these rows. */
    private static Problems readJuly2026(String... rows) throws IOException {
        Problems problems = new Problems();
        read(
                "PPRRVU2026_Jul_nonQPP.csv",
                file(
                        false,
                        "2026 National Physician Fee Schedule Relative Value File July Release",
                        "06/30/2026",
                        rows),
                problems);
        return problems;
    }

    @Test
    void quarterLetters() throws IOException {
        String[][] cases = {{"January", "A"}, {"April", "B"}, {"July", "C"}, {"October", "D"}};
        for (String[] c : cases) {
            String text = file(
                    false,
                    "2027 National Physician Fee Schedule Relative Value File " + c[0] + " Release",
                    "01/02/2027",
                    ROW_GLOBAL);
            Problems problems = new Problems();
            PprrvuReader.Result r = read("x.csv", text, problems);
            assertEquals("RVU27" + c[1], r.releaseId(), c[0]);
            assertEquals(2027, r.year());
        }
    }

    /**
     * Rows stay in memory while a command runs, one release per quarter of history: equal values are held once,
     * within a file (numbers, indicator groups) and across the files read with one {@link SharedTexts} (texts).
     * The values themselves are unchanged: 2.40 keeps its scale, as the file writes it.
     */
    @Test
    void equalValuesAreHeldOnceWithinAReleaseAndTextsAcrossReleases() throws IOException {
        Problems problems = new Problems();
        SharedTexts texts = new SharedTexts();
        Path older = SAMPLE.resolveSibling("sample-2025");
        String olderName;
        try (var files = Files.list(older)) {
            olderName = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("PPRRVU") && n.endsWith(".csv") && !n.contains("_QPP"))
                    .findFirst()
                    .orElseThrow();
        }
        List<RvuRow> now = new PprrvuReader(
                        new SourceFile(NON_QPP, Files.readAllBytes(SAMPLE.resolve(NON_QPP))), problems, texts)
                .read()
                .rows();
        List<RvuRow> before = new PprrvuReader(
                        new SourceFile(olderName, Files.readAllBytes(older.resolve(olderName))), problems, texts)
                .read()
                .rows();
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        RvuRow a = now.get(0);
        for (RvuRow b : now) {
            if (b.policy().equals(a.policy())) assertSame(a.policy(), b.policy(), b.code());
            if (b.opps().equals(a.opps())) assertSame(a.opps(), b.opps(), b.code());
            if (b.global().equals(a.global())) assertSame(a.global(), b.global(), b.code());
            if (b.conversionFactor().equals(a.conversionFactor())) {
                assertSame(a.conversionFactor(), b.conversionFactor(), b.code());
            }
            if (b.rvus().work().equals(a.rvus().work()))
                assertSame(a.rvus().work(), b.rvus().work(), b.code());
        }
        int sharedDescriptions = 0;
        for (RvuRow n : now) {
            for (RvuRow o : before) {
                if (o.code().equals(n.code()) && o.modifier().equals(n.modifier())) {
                    assertSame(n.code(), o.code());
                    if (o.description().equals(n.description())) {
                        assertSame(n.description(), o.description(), n.code());
                        sharedDescriptions++;
                    }
                }
            }
        }
        assertTrue(sharedDescriptions > 100, "rows of both releases: " + sharedDescriptions);
        RvuRow r38900 =
                now.stream().filter(x -> x.code().equals("38900")).findFirst().orElseThrow();
        assertEquals("2.44", r38900.rvus().work().toPlainString());
    }

    @Test
    void theSampleFilesAndTheirQppTwin() throws IOException {
        Problems problems = new Problems();
        PprrvuReader.Result non =
                new PprrvuReader(new SourceFile(NON_QPP, Files.readAllBytes(SAMPLE.resolve(NON_QPP))), problems).read();
        PprrvuReader.Result qpp =
                new PprrvuReader(new SourceFile(QPP, Files.readAllBytes(SAMPLE.resolve(QPP))), problems).read();
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertEquals("RVU26A", non.releaseId());
        assertEquals(LocalDate.of(2025, 12, 29), non.released());
        assertFalse(non.qualifyingApm());
        assertTrue(qpp.qualifyingApm());
        assertEquals(new BigDecimal("33.4009"), non.conversionFactor());
        assertEquals(new BigDecimal("33.5675"), qpp.conversionFactor());
        assertEquals(469, non.rows().size());
        assertEquals(469, qpp.rows().size());
        RvuRow row = non.rows().stream()
                .filter(x -> x.code().equals("38900"))
                .findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("2.44"), row.rvus().work());
        assertEquals(new BigDecimal("4.34"), row.rvus().nonFacilityTotal());
        assertEquals(new BigDecimal("3.68"), row.rvus().facilityTotal());
        assertEquals("ZZZ", row.global().days());
    }

    @Test
    void aHeaderOfAnotherWidthIsNoLayout() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : head2026) {
            List<String> copy = new ArrayList<>(r);
            copy.add("");
            rows.add(copy);
        }
        Problems problems = new Problems();
        assertNull(read("x.csv", csv(rows), problems));
        assertTrue(
                problems.all().get(0).message().contains("33 columns"),
                () -> problems.all().toString());
    }

    @Test
    void aQuoteNeverClosedStopsTheFileAtTheLineItStarts() throws IOException {
        String good = file(
                false,
                "2026 National Physician Fee Schedule Relative Value File July Release",
                "06/30/2026",
                ROW_GLOBAL);
        String text = good + "71046,26,\"Chest x-ray, two views,R,+,0.21\r\n";
        Problems problems = new Problems();
        assertNull(read("PPRRVU2026_Jul_nonQPP.csv", text, problems));
        assertEquals(1, problems.all().size(), () -> problems.all().toString());
        assertEquals(12, problems.all().get(0).line());
        assertTrue(problems.all().get(0).message().contains("never closed"));

        // The rows are handed on one by one as they are parsed (the file's table is never held whole): those
        // before the broken one arrive, then the error stops the file.
        List<Integer> lines = new ArrayList<>();
        Problems each = new Problems();
        assertFalse(CsvTable.each(
                new SourceFile("x.csv", text.getBytes(StandardCharsets.ISO_8859_1)),
                each,
                row -> lines.add(row.line())));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), lines);
        assertEquals(12, each.all().get(0).line());
    }

    @Test
    void aLineBreakInsideAQuotedCellIsAnErrorAtItsLine() throws IOException {
        // A descriptor is one line in every CMS file; one that runs on would break a page, a message or the YAML
        // comment `new` writes. The rows after it still read: the quotes are closed.
        String good = file(
                false,
                "2026 National Physician Fee Schedule Relative Value File July Release",
                "06/30/2026",
                ROW_GLOBAL);
        String text = good + "71046,26,\"Chest x-ray\n---\ntitle: x\",R,,0.21\r\n" + ROW_26 + "\r\n";
        Problems problems = new Problems();
        read("PPRRVU2026_Jul_nonQPP.csv", text, problems);
        assertEquals(1, problems.errorCount(), () -> problems.all().toString());
        Problem first = problems.all().get(0);
        assertEquals(12, first.line(), () -> problems.all().toString());
        assertEquals(
                "a quoted cell on this line goes on to line 14 (a line break inside a cell): CMS files have one row "
                        + "per line",
                first.message());
        List<Integer> lines = new ArrayList<>();
        assertTrue(CsvTable.each(
                new SourceFile("x.csv", text.getBytes(StandardCharsets.ISO_8859_1)),
                new Problems(),
                row -> lines.add(row.line())));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15), lines, "the row after it, at its own line");
    }

    @Test
    void recognisesTheHeaderRow() {
        assertTrue(PprrvuReader.recognises(List.of(",,banner", "HCPCS,MOD,DESCRIPTION,CODE")));
        assertFalse(PprrvuReader.recognises(List.of("HCPCS,PROCSTAT")));
    }
}
