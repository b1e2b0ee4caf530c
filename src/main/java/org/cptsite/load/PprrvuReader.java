package org.cptsite.load;

import static org.cptsite.load.PprrvuColumn.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cptsite.model.Problems;
import org.cptsite.model.RvuRow;

/** Reads a PPRRVU CSV (2025 or 2026 layout): banner, header and every row, checking each one. */
final class PprrvuReader {
    private static final Pattern RELEASED = Pattern.compile("RELEASED\\s+(\\d{1,2}/\\d{1,2}/\\d{4})");
    private static final Pattern TITLE = Pattern.compile(
            "((\\d{4})\\s+National Physician Fee Schedule.*?" + "(January|April|July|October)\\s+Release)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> MODIFIERS = Set.of("", "26", "TC", "53");
    private static final String FIX_ORIGINAL = "use the CSV exactly as it comes in the CMS zip";

    /** What one PPRRVU file holds. */
    record Result(
            String file,
            PprrvuLayout layout,
            String title,
            String releaseId,
            int year,
            LocalDate released,
            BigDecimal conversionFactor,
            boolean qualifyingApm,
            List<RvuRow> rows) {}

    private final SourceFile file;
    private final Problems problems;
    private final SharedTexts texts;
    /** One BigDecimal per distinct number text ("0.00", "2.44"): see {@link #shared(Record)}. */
    private final Map<String, BigDecimal> numbers = new HashMap<>();
    /** One object per distinct group of values, for the groups that repeat from row to row. */
    private final Map<Object, Object> groups = new HashMap<>();

    PprrvuReader(SourceFile file, Problems problems) {
        this(file, problems, new SharedTexts());
    }

    /** A reader whose rows share their texts with those of the other releases read with {@code texts}. */
    PprrvuReader(SourceFile file, Problems problems, SharedTexts texts) {
        this.file = file;
        this.problems = problems;
        this.texts = texts;
    }

    /** True when the file has a header row starting {@code HCPCS,MOD}: the PPRRVU file in any layout. */
    static boolean recognises(List<String> head) {
        return head.stream().anyMatch(l -> l.startsWith("HCPCS,MOD,"));
    }

    /** Reads the file; returns null when it is not usable (the problems say why). */
    Result read() {
        Rows rows = new Rows();
        // Row by row as the file is parsed: the whole table of cells would be ~30 MB in flight (see CsvTable).
        if (!CsvTable.each(file, problems, rows::accept)) return null;
        if (rows.header == null) {
            problems.error(
                    file.name(),
                    0,
                    "no header row whose first cell is HCPCS",
                    "this does not look like a PPRRVU file; " + FIX_ORIGINAL);
            return null;
        }
        if (rows.layout == null) return null;
        if (rows.rows.isEmpty()) {
            problems.error(file.name(), rows.header.line(), "no data rows after the header", FIX_ORIGINAL);
            return null;
        }
        return new Result(
                file.name(),
                rows.layout,
                rows.title,
                rows.releaseId,
                rows.year,
                rows.released,
                rows.cf,
                rows.qualifying,
                rows.rows);
    }

    /** What the rows read so far say: the banner above the header, then the header, then each data row. */
    private final class Rows {
        final List<CsvTable.Row> banner = new ArrayList<>();
        CsvTable.Row header;
        PprrvuLayout layout;
        String title;
        int year;
        String releaseId;
        LocalDate released;
        boolean qualifying;
        final List<RvuRow> rows = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        BigDecimal cf;

        void accept(CsvTable.Row row) {
            if (header == null) {
                if (row.cell(0).trim().equals(HCPCS.headerCell)) header(row);
                else banner.add(row);
            } else if (layout != null && !row.blank()) {
                data(row);
            }
        }

        private void header(CsvTable.Row row) {
            header = row;
            layout = PprrvuLayout.of(header);
            if (layout == null) {
                problems.error(
                        file.name(),
                        header.line(),
                        "header has " + header.cells().size()
                                + " columns; a PPRRVU file has 32 (2026 on) or 31 (2025 and earlier) with HCPCS, "
                                + "MOD, DESCRIPTION first",
                        FIX_ORIGINAL);
                return;
            }
            String text = String.join(
                    " ", banner.stream().map(r -> String.join(" ", r.cells())).toList());
            Matcher t = TITLE.matcher(text);
            if (t.find()) {
                title = t.group(1).replaceAll("\\s+", " ").trim();
                year = Integer.parseInt(t.group(2));
                releaseId = "RVU" + t.group(2).substring(2) + quarterLetter(t.group(3));
            } else {
                problems.error(
                        file.name(),
                        1,
                        "no banner line naming the release (\"2026 National Physician Fee "
                                + "Schedule Relative Value File January Release\")",
                        "restore the banner lines above the header");
            }
            Matcher r = RELEASED.matcher(text);
            if (r.find()) {
                released = LocalDate.parse(r.group(1), DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT));
            } else {
                problems.error(
                        file.name(),
                        1,
                        "no banner line \"RELEASED mm/dd/yyyy\"",
                        "restore the banner lines above the header");
            }
            String lower = text.toLowerCase(Locale.ROOT);
            qualifying = lower.contains("qualifying apm") && !lower.contains("non-qualifying");
        }

        private void data(CsvTable.Row row) {
            RvuRow parsed = parseRow(layout, row);
            if (parsed == null) return;
            if (!seen.add(parsed.code() + "|" + parsed.modifier())) {
                problems.error(
                        file.name(),
                        row.line(),
                        "duplicate row for code " + parsed.code() + " modifier " + parsed.modifierLabel(),
                        "keep one row per code and modifier");
                return;
            }
            if (cf == null) {
                cf = parsed.conversionFactor();
            } else if (cf.compareTo(parsed.conversionFactor()) != 0) {
                problems.error(
                        file.name(),
                        row.line(),
                        "CONV FACTOR " + parsed.conversionFactor().toPlainString() + " differs from "
                                + cf.toPlainString() + " on the rows above",
                        "a release has one conversion factor per file; " + FIX_ORIGINAL);
            }
            rows.add(parsed);
        }
    }

    private static String quarterLetter(String month) {
        switch (month.toLowerCase(Locale.ROOT)) {
            case "january":
                return "A";
            case "april":
                return "B";
            case "july":
                return "C";
            default:
                return "D";
        }
    }

    private RvuRow parseRow(PprrvuLayout layout, CsvTable.Row row) {
        int line = row.line();
        if (row.cells().size() != layout.columns()) {
            problems.error(
                    file.name(),
                    line,
                    "row has " + row.cells().size() + " columns, the header has " + layout.columns(),
                    "repair the row from the original CMS file (a comma inside a descriptor " + "must be quoted)");
            return null;
        }
        String code = layout.cell(row, HCPCS);
        if (!isCode(code)) {
            String hint = code.chars().allMatch(Character::isDigit) && code.length() < 5
                    ? "a spreadsheet dropped its leading zeros; " + FIX_ORIGINAL
                    : "codes are five letters or digits; repair the row";
            problems.error(
                    file.name(), line, "code '" + Figures.shown(code) + "' is not a five-character HCPCS code", hint);
            return null;
        }
        String modifier = layout.cell(row, MOD);
        if (!MODIFIERS.contains(modifier)) {
            problems.error(
                    file.name(),
                    line,
                    "modifier '" + Figures.shown(modifier) + "' of code " + code + " is not one of blank, 26, TC, 53",
                    "repair the row");
            return null;
        }
        Numbers n = new Numbers(layout, row, code);
        BigDecimal work = n.rvu(WORK_RVU);
        BigDecimal nonFacPe = n.rvu(NON_FAC_PE_RVU);
        BigDecimal facPe = n.rvu(FACILITY_PE_RVU);
        BigDecimal mp = n.rvu(MP_RVU);
        BigDecimal nonFacTotal = n.rvu(NON_FACILITY_TOTAL);
        BigDecimal facTotal = n.rvu(FACILITY_TOTAL);
        BigDecimal pre = n.rvu(PRE_OP);
        BigDecimal intra = n.rvu(INTRA_OP);
        BigDecimal post = n.rvu(POST_OP);
        BigDecimal cf = n.conversionFactor();
        BigDecimal oppsNonFac = n.rvu(OPPS_NON_FAC_PE);
        BigDecimal oppsFac = n.rvu(OPPS_FAC_PE);
        BigDecimal oppsMp = n.rvu(OPPS_MP);
        if (n.failed) return null;
        for (PprrvuColumn column : IndicatorShapes.columns()) {
            if (column == GLOB_DAYS) continue; // a message of its own, below
            String value = layout.cell(row, column);
            String shape = IndicatorShapes.mismatch(column, value);
            if (shape != null) {
                problems.error(
                        file.name(),
                        line,
                        column.label + " '" + Figures.shown(value) + "' of code " + code + " is not " + shape,
                        "repair the row from the original CMS file");
                return null;
            }
        }
        String globalDays = layout.cell(row, GLOB_DAYS);
        if (IndicatorShapes.mismatch(GLOB_DAYS, globalDays) != null) {
            problems.error(
                    file.name(),
                    line,
                    "GLOB DAYS '" + Figures.shown(globalDays) + "' of code " + code
                            + " is not a global period (three digits such as 000, 010, 090, or MMM, XXX, YYY, ZZZ)",
                    globalDays.matches("\\d{1,2}")
                            ? "a spreadsheet dropped its leading zeros; " + FIX_ORIGINAL
                            : "repair the row");
            return null;
        }
        checkTotal(
                code,
                line,
                "NON-FACILITY TOTAL",
                nonFacTotal,
                work.add(nonFacPe).add(mp));
        checkTotal(code, line, "FACILITY TOTAL", facTotal, work.add(facPe).add(mp));
        Cells c = new Cells(layout, row);
        return new RvuRow(
                shared(code),
                shared(modifier),
                shared(layout.cell(row, DESCRIPTION)),
                c.shared(STATUS_CODE),
                new RvuRow.Rvus(
                        work,
                        nonFacPe,
                        layout.cell(row, NON_FAC_NA_INDICATOR).equalsIgnoreCase("NA"),
                        facPe,
                        layout.cell(row, FACILITY_NA_INDICATOR).equalsIgnoreCase("NA"),
                        mp,
                        nonFacTotal,
                        facTotal),
                shared(new RvuRow.GlobalSurgery(shared(globalDays), pre, intra, post)),
                shared(new RvuRow.Policy(
                        layout.cell(row, NOT_USED_FOR_MEDICARE_PAYMENT).equals("+"),
                        c.shared(PCTC_IND),
                        c.shared(MULT_PROC),
                        c.shared(BILAT_SURG),
                        c.shared(ASST_SURG),
                        c.shared(CO_SURG),
                        c.shared(TEAM_SURG),
                        c.shared(PRIC_IND),
                        c.shared(ENDO_BASE),
                        c.shared(PHYSICIAN_SUPERVISION),
                        c.shared(CALCULATION_FLAG),
                        c.shared(DIAGNOSTIC_IMAGING_FAMILY))),
                shared(new RvuRow.OppsCap(oppsNonFac, oppsFac, oppsMp)),
                cf,
                line);
    }

    /** The indicator cells of one row, each as its {@link #shared} String. */
    private final class Cells {
        private final PprrvuLayout layout;
        private final CsvTable.Row row;

        Cells(PprrvuLayout layout, CsvTable.Row row) {
            this.layout = layout;
            this.row = row;
        }

        String shared(PprrvuColumn column) {
            return PprrvuReader.this.shared(layout.cell(row, column));
        }
    }

    /** One String per distinct text of all the releases read together ({@link SharedTexts}). */
    private String shared(String text) {
        return texts.of(text);
    }

    /**
     * The one equal group already read, else this one. A release's rows stay in memory as long as the build or
     * {@code serve} runs, four releases per year of history: most of a row's numbers (zeros, the CF, common RVUs),
     * its indicators and its global-surgery shares repeat those of other rows. Shared, a release takes about half
     * the heap it did (see README, "Live preview"). Records are values, so sharing changes nothing else.
     */
    @SuppressWarnings("unchecked")
    private <T extends Record> T shared(T group) {
        Object known = groups.putIfAbsent(group, group);
        return known == null ? group : (T) known;
    }

    /** Five upper-case letters or digits: what a regex checked, without a Matcher per row. */
    private static boolean isCode(String code) {
        if (code.length() != 5) return false;
        for (int i = 0; i < 5; i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) return false;
        }
        return true;
    }

    private void checkTotal(String code, int line, String column, BigDecimal total, BigDecimal sum) {
        if (total.compareTo(sum) != 0) {
            problems.error(
                    file.name(),
                    line,
                    column + " " + total.toPlainString() + " of code " + code + " is not work + PE + MP = "
                            + sum.toPlainString(),
                    "repair the row from the original CMS file");
        }
    }

    /** Parses the numeric cells of one row, reporting each bad one once. */
    private final class Numbers {
        private final PprrvuLayout layout;
        private final CsvTable.Row row;
        private final String code;
        boolean failed;

        Numbers(PprrvuLayout layout, CsvTable.Row row, String code) {
            this.layout = layout;
            this.row = row;
            this.code = code;
        }

        BigDecimal rvu(PprrvuColumn column) {
            return get(column, Figures::rvu);
        }

        BigDecimal conversionFactor() {
            return get(CONV_FACTOR, Figures::conversionFactor);
        }

        private BigDecimal get(PprrvuColumn column, UnaryOperator<String> check) {
            String cell = layout.cell(row, column);
            String wrong = check.apply(cell);
            if (wrong == null) return numbers.computeIfAbsent(cell, Decimals::parse);
            if (!failed) {
                problems.error(
                        file.name(),
                        row.line(),
                        column.label + " '" + Figures.shown(cell) + "' of code " + code + " " + wrong,
                        "repair the row from the original CMS file");
            }
            failed = true;
            return BigDecimal.ZERO;
        }
    }
}
