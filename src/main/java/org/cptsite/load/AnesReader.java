package org.cptsite.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cptsite.model.AnesthesiaFactor;
import org.cptsite.model.Problems;

/**
 * Reads the ANES CSV: a header whose cells carry the national anesthesia CFs ("... of 20.49754"), then one
 * row per locality. 2026 has two CF columns (qualifying APM first, then non-qualifying); 2025 one.
 */
final class AnesReader {
    private static final Pattern NATIONAL = Pattern.compile("of\\s+(\\d+\\.\\d+)");

    /** The rows and the national CFs named by the header (null where the header names none). */
    record Result(List<AnesthesiaFactor> rows, BigDecimal nationalCf, BigDecimal nationalQualifyingApmCf) {}

    private static final String FIX = "repair the row from the original CMS file";

    private final SourceFile file;
    private final Problems problems;

    AnesReader(SourceFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static boolean recognises(List<String> head) {
        return head.stream().anyMatch(l -> l.startsWith("Contractor,") && l.contains("Anes CF"));
    }

    Result read() {
        List<CsvTable.Row> table = CsvTable.parse(file, problems);
        CsvTable.Row header = table == null
                ? null
                : table.stream()
                        .filter(r -> r.cell(0).trim().equals("Contractor"))
                        .findFirst()
                        .orElse(null);
        if (header == null) {
            if (table != null) problems.error(file.name(), 0, "no header row starting \"Contractor\"", FIX);
            return new Result(List.of(), null, null);
        }
        boolean two = header.cells().stream().filter(c -> c.contains("Anes CF")).count() == 2;
        BigDecimal nationalQualifying = two ? national(header, 3) : null;
        BigDecimal national = national(header, two ? 4 : 3);
        List<AnesthesiaFactor> rows = new ArrayList<>();
        DamageCheck damage = new DamageCheck(file, problems);
        for (CsvTable.Row row : table) {
            String mac = row.cell(0).trim();
            if (!mac.matches("\\d+")) continue;
            String locality = row.cell(1).trim();
            if (!damage.identifiers(row.line(), mac, locality)) continue;
            BigDecimal q = two ? cf(row, 3, locality) : null;
            BigDecimal cf = cf(row, two ? 4 : 3, locality);
            if (cf == null || (two && q == null)) continue;
            rows.add(new AnesthesiaFactor(mac, locality, row.cell(2).trim(), q, cf, row.line()));
        }
        if (rows.isEmpty() && !damage.damaged()) {
            problems.error(
                    file.name(), header.line(), "no locality rows", "use the ANES CSV as it comes in the CMS zip");
        }
        rows = LocalityCheck.unique(file, rows, a -> a.mac() + "-" + a.locality(), AnesthesiaFactor::line, problems);
        return new Result(rows, national, nationalQualifying);
    }

    /** A locality's anesthesia CF, or null (reported) when it is not a plausible conversion factor. */
    private BigDecimal cf(CsvTable.Row row, int index, String locality) {
        String cell = row.cell(index).trim();
        String wrong = Figures.conversionFactor(cell);
        if (wrong == null) return new BigDecimal(cell);
        problems.error(
                file.name(),
                row.line(),
                "anesthesia CF '" + Figures.shown(cell) + "' of locality " + locality + " " + wrong,
                FIX);
        return null;
    }

    /** The national CF a header cell names ("... of 20.49754"), or null; an implausible one is reported. */
    private BigDecimal national(CsvTable.Row header, int index) {
        Matcher m = NATIONAL.matcher(header.cell(index));
        if (!m.find()) return null;
        String wrong = Figures.conversionFactor(m.group(1));
        if (wrong == null) return new BigDecimal(m.group(1));
        problems.error(
                file.name(), header.line(), "national anesthesia CF '" + Figures.shown(m.group(1)) + "' " + wrong, FIX);
        return null;
    }
}
