package org.cptsite.load;

import java.util.Map;

/**
 * The PPRRVU column layouts. 2026 added PRIC IND at position 23; earlier files have 31 columns and
 * everything after ENDO BASE's predecessor shifts left by one. Header names repeat ("PE RVU", "RVU"),
 * so columns are addressed by position and the layout is confirmed by a few distinctive header cells.
 */
enum PprrvuLayout {
    Y2025(31, Map.of(0, "HCPCS", 1, "MOD", 2, "DESCRIPTION", 13, "IND", 14, "DAYS", 23, "BASE", 24, "FACTOR")),
    Y2026(32, Map.of(0, "HCPCS", 1, "MOD", 2, "DESCRIPTION", 13, "IND", 14, "DAYS", 23, "IND", 24, "BASE",
            25, "FACTOR"));

    final int columns;
    private final Map<Integer, String> expectedHeader;

    PprrvuLayout(int columns, Map<Integer, String> expectedHeader) {
        this.columns = columns;
        this.expectedHeader = expectedHeader;
    }

    /** Position of a column that comes after PRIC IND in the 2026 layout, given its 2026 position. */
    int at(int position2026) {
        return this == Y2026 || position2026 < 23 ? position2026 : position2026 - 1;
    }

    boolean hasPricingIndicator() {
        return this == Y2026;
    }

    /** The layout whose column count and header cells match, or null. */
    static PprrvuLayout of(CsvTable.Row header) {
        for (PprrvuLayout layout : values()) {
            if (header.cells().size() == layout.columns && layout.expectedHeader.entrySet().stream()
                    .allMatch(e -> header.cell(e.getKey()).trim().equalsIgnoreCase(e.getValue()))) {
                return layout;
            }
        }
        return null;
    }
}
