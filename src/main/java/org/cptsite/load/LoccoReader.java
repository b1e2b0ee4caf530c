package org.cptsite.load;

import java.util.ArrayList;
import java.util.List;
import org.cptsite.model.LocalityCounties;
import org.cptsite.model.Problems;

/**
 * Reads the LOCCO CSV: MAC, locality, state (on the first row of each state only), fee schedule area and
 * counties, with blank separator rows and trailing spaces.
 */
final class LoccoReader {
    private final SourceFile file;
    private final Problems problems;

    LoccoReader(SourceFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static boolean recognises(List<String> head) {
        return head.stream().anyMatch(l -> l.contains("Fee Schedule Area") && l.contains(","));
    }

    List<LocalityCounties> read() {
        List<LocalityCounties> rows = new ArrayList<>();
        DamageCheck damage = new DamageCheck(file, problems);
        String state = "";
        List<CsvTable.Row> table = CsvTable.parse(file, problems);
        if (table == null) return rows;
        for (CsvTable.Row row : table) {
            String mac = row.cell(0).trim();
            if (!mac.matches("\\d+")) continue; // title, header, separators and footnotes
            String locality = row.cell(1).trim();
            if (!damage.identifiers(row.line(), mac, locality)) continue;
            if (!row.cell(2).isBlank()) state = row.cell(2).trim();
            if (row.cell(3).isBlank()) {
                problems.error(
                        file.name(),
                        row.line(),
                        "locality " + locality + " has no fee schedule area",
                        "repair the row from the original CMS file");
                continue;
            }
            rows.add(new LocalityCounties(
                    mac, locality, state, row.cell(3).trim(), row.cell(4).trim(), row.line()));
        }
        if (rows.isEmpty() && !damage.damaged()) {
            problems.error(file.name(), 0, "no county rows", "use the LOCCO CSV exactly as it comes in the CMS zip");
        }
        return rows;
    }
}
