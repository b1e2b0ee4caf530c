package org.cptsite.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cptsite.load.GpciLayout.Column;
import org.cptsite.model.Locality;
import org.cptsite.model.Problems;

/**
 * Reads the GPCI CSV: a title, a header naming the work, PE and MP GPCI columns ({@link GpciLayout}: 2026 has
 * the work GPCI without and with the 1.0 floor), one row per locality, then footnotes.
 */
final class GpciReader {
    static final String FIX = "repair the row from the original CMS file";

    private final SourceFile file;
    private final Problems problems;

    GpciReader(SourceFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static boolean recognises(List<String> head) {
        return head.stream().anyMatch(l -> l.contains("Locality Number") && l.contains("GPCI") && l.contains(","));
    }

    List<Locality> read() {
        List<CsvTable.Row> table = CsvTable.parse(file, problems);
        if (table == null) return List.of();
        int headerIndex = -1;
        for (int i = 0; i < table.size() && headerIndex < 0; i++) {
            if (String.join(",", table.get(i).cells()).contains("Locality Number")) headerIndex = i;
        }
        if (headerIndex < 0) {
            problems.error(
                    file.name(),
                    0,
                    "no header row naming \"Locality Number\"",
                    "use the GPCI CSV exactly as it comes in the CMS zip");
            return List.of();
        }
        CsvTable.Row header = table.get(headerIndex);
        GpciLayout layout = GpciLayout.of(header);
        int columns = layout.columns();
        List<Locality> localities = new ArrayList<>();
        DamageCheck damage = new DamageCheck(file, problems);
        for (CsvTable.Row row : table.subList(headerIndex + 1, table.size())) {
            // Data rows start with the MAC number; footnotes and separators start with text or nothing.
            if (!row.cell(layout.at(Column.MAC)).trim().matches("\\d+")) continue;
            if (row.cells().stream().filter(c -> !c.isBlank()).count() != columns) {
                problems.error(
                        file.name(),
                        row.line(),
                        "locality row has "
                                + row.cells().stream().filter(c -> !c.isBlank()).count()
                                + " filled cells, the header has " + columns,
                        FIX);
                continue;
            }
            String mac = row.cell(layout.at(Column.MAC)).trim();
            String number = row.cell(layout.at(Column.LOCALITY_NUMBER)).trim();
            if (!damage.identifiers(row.line(), mac, number)) continue;
            Map<Column, BigDecimal> g = new EnumMap<>(Column.class);
            boolean ok = true;
            for (Column gpci : layout.gpcis()) {
                String name = header.cell(layout.at(gpci)).trim();
                BigDecimal value =
                        damage.gpci(row.line(), row.cell(layout.at(gpci)).trim(), name);
                ok = value != null && plausible(row.line(), value, name);
                if (!ok) break;
                g.put(gpci, value);
            }
            if (!ok) continue;
            localities.add(new Locality(
                    mac,
                    row.cell(layout.at(Column.STATE)).trim(),
                    number,
                    row.cell(layout.at(Column.LOCALITY_NAME)).trim(),
                    g.get(Column.WORK),
                    g.getOrDefault(Column.WORK_FLOORED, g.get(Column.WORK)),
                    g.get(Column.PE),
                    g.get(Column.MP),
                    row.line()));
        }
        if (localities.isEmpty()) {
            problems.error(
                    file.name(),
                    header.line(),
                    "no locality rows after the header",
                    "use the GPCI CSV exactly as it comes in the CMS zip");
        }
        return LocalityCheck.unique(file, localities, Locality::id, Locality::line, problems);
    }

    private boolean plausible(int line, BigDecimal gpci, String column) {
        String wrong = Figures.gpci(gpci);
        if (wrong != null) problems.error(file.name(), line, column + " " + gpci + " " + wrong, FIX);
        return wrong == null;
    }
}
