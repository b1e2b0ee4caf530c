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
        List<CsvTable.Row> table = CsvTable.parse(file.text());
        CsvTable.Row header = table.stream().filter(r -> r.cell(0).trim().equals("Contractor")).findFirst()
                .orElseThrow();
        boolean two = header.cells().stream().filter(c -> c.contains("Anes CF")).count() == 2;
        BigDecimal nationalQualifying = two ? national(header.cell(3)) : null;
        BigDecimal national = national(header.cell(two ? 4 : 3));
        List<AnesthesiaFactor> rows = new ArrayList<>();
        DamageCheck damage = new DamageCheck(file, problems);
        for (CsvTable.Row row : table) {
            String mac = row.cell(0).trim();
            if (!mac.matches("\\d+")) continue;
            String locality = row.cell(1).trim();
            if (!damage.identifiers(row.line(), mac, locality)) continue;
            try {
                BigDecimal q = two ? new BigDecimal(row.cell(3).trim()) : null;
                BigDecimal cf = new BigDecimal(row.cell(two ? 4 : 3).trim());
                rows.add(new AnesthesiaFactor(mac, locality, row.cell(2).trim(), q, cf, row.line()));
            } catch (NumberFormatException e) {
                problems.error(file.name(), row.line(), "anesthesia CF of locality " + locality + " is not a number",
                        "repair the row from the original CMS file");
            }
        }
        if (rows.isEmpty() && !damage.damaged()) {
            problems.error(file.name(), header.line(), "no locality rows", "use the ANES CSV as it comes in the CMS zip");
        }
        return new Result(rows, national, nationalQualifying);
    }

    private static BigDecimal national(String headerCell) {
        Matcher m = NATIONAL.matcher(headerCell);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }
}
