package org.cptsite.load;

import static org.cptsite.load.PprrvuColumn.*;

import java.util.EnumSet;
import java.util.List;

/**
 * The PPRRVU layouts, each a table of its columns in file order. 2026 added PRIC IND before ENDO BASE;
 * earlier files have 31 columns. A new layout is one more table here (and a test with a file of it).
 * A file's layout is the one whose column count and checked header cells ({@link PprrvuColumn#headerCell})
 * match.
 */
enum PprrvuLayout {
    Y2025(EnumSet.complementOf(EnumSet.of(PRIC_IND)).stream().toList()),
    Y2026(List.of(PprrvuColumn.values()));

    private final List<PprrvuColumn> order;
    /** Position of each column by its ordinal; -1 where the layout lacks it. */
    private final int[] position = new int[PprrvuColumn.values().length];

    PprrvuLayout(List<PprrvuColumn> order) {
        this.order = order;
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < order.size(); i++) position[order.get(i).ordinal()] = i;
    }

    int columns() {
        return order.size();
    }

    boolean has(PprrvuColumn column) {
        return position[column.ordinal()] >= 0;
    }

    /** The row's cell of {@code column}, trimmed; "" where the layout lacks the column. */
    String cell(CsvTable.Row row, PprrvuColumn column) {
        int at = position[column.ordinal()];
        return at < 0 ? "" : row.cell(at).trim();
    }

    /** The layout whose column count and checked header cells match, or null. */
    static PprrvuLayout of(CsvTable.Row header) {
        for (PprrvuLayout layout : values()) {
            if (header.cells().size() == layout.columns()
                    && layout.order.stream()
                            .allMatch(c -> c.headerCell == null
                                    || layout.cell(header, c).equalsIgnoreCase(c.headerCell))) {
                return layout;
            }
        }
        return null;
    }
}
