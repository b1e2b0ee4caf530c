package org.cptsite.load;

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
    private static final Pattern TITLE = Pattern.compile("((\\d{4})\\s+National Physician Fee Schedule.*?"
            + "(January|April|July|October)\\s+Release)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> MODIFIERS = Set.of("", "26", "TC", "53");
    private static final String FIX_ORIGINAL = "use the CSV exactly as it comes in the CMS zip";

    /** What one PPRRVU file holds. */
    record Result(String file, PprrvuLayout layout, String title, String releaseId, int year, LocalDate released,
            BigDecimal conversionFactor, boolean qualifyingApm, List<RvuRow> rows) {}

    private final SourceFile file;
    private final Problems problems;
    private final Map<String, String> texts = new HashMap<>();

    PprrvuReader(SourceFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** True when the file has a header row starting {@code HCPCS,MOD}: the PPRRVU file in any layout. */
    static boolean recognises(List<String> head) {
        return head.stream().anyMatch(l -> l.startsWith("HCPCS,MOD,"));
    }

    /** Reads the file; returns null when it is not usable (the problems say why). */
    Result read() {
        List<CsvTable.Row> table = CsvTable.parse(file, problems);
        if (table == null) return null;
        int headerIndex = -1;
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).cell(0).trim().equals("HCPCS")) {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex < 0) {
            problems.error(file.name(), 0, "no header row whose first cell is HCPCS",
                    "this does not look like a PPRRVU file; " + FIX_ORIGINAL);
            return null;
        }
        CsvTable.Row header = table.get(headerIndex);
        PprrvuLayout layout = PprrvuLayout.of(header);
        if (layout == null) {
            problems.error(file.name(), header.line(), "header has " + header.cells().size()
                    + " columns; a PPRRVU file has 32 (2026 on) or 31 (2025 and earlier) with HCPCS, MOD, "
                    + "DESCRIPTION first", FIX_ORIGINAL);
            return null;
        }
        String banner = String.join(" ", table.subList(0, headerIndex).stream()
                .map(r -> String.join(" ", r.cells())).toList());
        String title = null;
        int year = 0;
        String releaseId = null;
        Matcher t = TITLE.matcher(banner);
        if (t.find()) {
            title = t.group(1).replaceAll("\\s+", " ").trim();
            year = Integer.parseInt(t.group(2));
            releaseId = "RVU" + t.group(2).substring(2) + quarterLetter(t.group(3));
        } else {
            problems.error(file.name(), 1, "no banner line naming the release (\"2026 National Physician Fee "
                    + "Schedule Relative Value File January Release\")", "restore the banner lines above the header");
        }
        LocalDate released = null;
        Matcher r = RELEASED.matcher(banner);
        if (r.find()) {
            released = LocalDate.parse(r.group(1), DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT));
        } else {
            problems.error(file.name(), 1, "no banner line \"RELEASED mm/dd/yyyy\"",
                    "restore the banner lines above the header");
        }
        String lower = banner.toLowerCase(Locale.ROOT);
        boolean qualifying = lower.contains("qualifying apm") && !lower.contains("non-qualifying");

        List<RvuRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal cf = null;
        for (CsvTable.Row row : table.subList(headerIndex + 1, table.size())) {
            if (row.blank()) continue;
            RvuRow parsed = parseRow(layout, row);
            if (parsed == null) continue;
            if (!seen.add(parsed.code() + "|" + parsed.modifier())) {
                problems.error(file.name(), row.line(), "duplicate row for code " + parsed.code() + " modifier "
                        + parsed.modifierLabel(), "keep one row per code and modifier");
                continue;
            }
            if (cf == null) {
                cf = parsed.conversionFactor();
            } else if (cf.compareTo(parsed.conversionFactor()) != 0) {
                problems.error(file.name(), row.line(), "CONV FACTOR " + parsed.conversionFactor().toPlainString()
                        + " differs from " + cf.toPlainString() + " on the rows above",
                        "a release has one conversion factor per file; " + FIX_ORIGINAL);
            }
            rows.add(parsed);
        }
        if (rows.isEmpty()) {
            problems.error(file.name(), header.line(), "no data rows after the header", FIX_ORIGINAL);
            return null;
        }
        return new Result(file.name(), layout, title, releaseId, year, released, cf, qualifying, rows);
    }

    private static String quarterLetter(String month) {
        switch (month.toLowerCase(Locale.ROOT)) {
            case "january": return "A";
            case "april": return "B";
            case "july": return "C";
            default: return "D";
        }
    }

    private RvuRow parseRow(PprrvuLayout layout, CsvTable.Row row) {
        int line = row.line();
        if (row.cells().size() != layout.columns) {
            problems.error(file.name(), line, "row has " + row.cells().size() + " columns, the header has "
                    + layout.columns, "repair the row from the original CMS file (a comma inside a descriptor "
                    + "must be quoted)");
            return null;
        }
        String code = row.cell(0).trim();
        if (!isCode(code)) {
            String hint = code.chars().allMatch(Character::isDigit) && code.length() < 5
                    ? "a spreadsheet dropped its leading zeros; " + FIX_ORIGINAL
                    : "codes are five letters or digits; repair the row";
            problems.error(file.name(), line, "code '" + Figures.shown(code) + "' is not a five-character HCPCS code", hint);
            return null;
        }
        String modifier = row.cell(1).trim();
        if (!MODIFIERS.contains(modifier)) {
            problems.error(file.name(), line, "modifier '" + Figures.shown(modifier) + "' of code " + code
                    + " is not one of blank, 26, TC, 53", "repair the row");
            return null;
        }
        Numbers n = new Numbers(row, line);
        BigDecimal work = n.rvu(5, "WORK RVU");
        BigDecimal nonFacPe = n.rvu(6, "NON-FAC PE RVU");
        BigDecimal facPe = n.rvu(8, "FACILITY PE RVU");
        BigDecimal mp = n.rvu(10, "MP RVU");
        BigDecimal nonFacTotal = n.rvu(11, "NON-FACILITY TOTAL");
        BigDecimal facTotal = n.rvu(12, "FACILITY TOTAL");
        BigDecimal pre = n.rvu(15, "PRE OP");
        BigDecimal intra = n.rvu(16, "INTRA OP");
        BigDecimal post = n.rvu(17, "POST OP");
        BigDecimal cf = n.conversionFactor(layout.at(25));
        BigDecimal oppsNonFac = n.rvu(layout.at(29), "NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT");
        BigDecimal oppsFac = n.rvu(layout.at(30), "FACILITY PE USED FOR OPPS PAYMENT AMOUNT");
        BigDecimal oppsMp = n.rvu(layout.at(31), "MP USED FOR OPPS PAYMENT AMOUNT");
        if (n.failed) return null;
        String globalDays = row.cell(14).trim();
        if (globalDays.length() != 3) {
            problems.error(file.name(), line, "GLOB DAYS '" + Figures.shown(globalDays) + "' of code " + code
                    + " is not three characters (000, 010, 090, MMM, XXX, YYY, ZZZ)",
                    globalDays.matches("\\d{1,2}") ? "a spreadsheet dropped its leading zeros; " + FIX_ORIGINAL
                            : "repair the row");
            return null;
        }
        checkTotal(code, line, "NON-FACILITY TOTAL", nonFacTotal, work.add(nonFacPe).add(mp));
        checkTotal(code, line, "FACILITY TOTAL", facTotal, work.add(facPe).add(mp));
        return new RvuRow(code, shared(modifier), row.cell(2).trim(), shared(row, 3), row.cell(4).trim().equals("+"),
                work, nonFacPe, row.cell(7).trim().equalsIgnoreCase("NA"), facPe,
                row.cell(9).trim().equalsIgnoreCase("NA"), mp, nonFacTotal, facTotal, shared(row, 13),
                shared(globalDays), pre, intra, post, shared(row, 18), shared(row, 19), shared(row, 20),
                shared(row, 21), shared(row, 22), layout.hasPricingIndicator() ? shared(row, 23) : "",
                shared(row, layout.at(24)), cf, shared(row, layout.at(26)), shared(row, layout.at(27)),
                shared(row, layout.at(28)), oppsNonFac, oppsFac, oppsMp, line);
    }

    private String shared(CsvTable.Row row, int index) {
        return shared(row.cell(index).trim());
    }

    /**
     * One String per distinct value of the indicator columns: they hold a few short values repeated on every
     * row, and the rows stay in memory for the whole build: this halves the 2026 release's heap (22 to 11 MB).
     */
    private String shared(String text) {
        String known = texts.putIfAbsent(text, text);
        return known == null ? text : known;
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
            problems.error(file.name(), line, column + " " + total.toPlainString() + " of code " + code
                    + " is not work + PE + MP = " + sum.toPlainString(), "repair the row from the original CMS file");
        }
    }

    /** Parses the numeric cells of one row, reporting each bad one once. */
    private final class Numbers {
        private final CsvTable.Row row;
        private final int line;
        boolean failed;

        Numbers(CsvTable.Row row, int line) {
            this.row = row;
            this.line = line;
        }

        BigDecimal rvu(int index, String column) {
            return get(index, column, Figures::rvu);
        }

        BigDecimal conversionFactor(int index) {
            return get(index, "CONV FACTOR", Figures::conversionFactor);
        }

        private BigDecimal get(int index, String column, UnaryOperator<String> check) {
            String cell = row.cell(index).trim();
            String wrong = check.apply(cell);
            if (wrong == null) return Decimals.parse(cell);
            if (!failed) {
                problems.error(file.name(), line, column + " '" + Figures.shown(cell) + "' of code "
                        + row.cell(0).trim() + " " + wrong, "repair the row from the original CMS file");
            }
            failed = true;
            return BigDecimal.ZERO;
        }
    }
}
