package org.cptsite.load;

import java.util.List;
import java.util.Locale;

/**
 * The GPCI layouts, each a table of its columns in file order: the CSV and its fixed-width text twin
 * share them. 2026 gives the work GPCI without and with the 1.0 floor; 2025 and earlier give one work
 * GPCI. A new layout is one more table here (and a test with a file of it).
 */
enum GpciLayout {
    ONE_WORK(List.of(
            Column.MAC, Column.STATE, Column.LOCALITY_NUMBER, Column.LOCALITY_NAME, Column.WORK, Column.PE, Column.MP)),
    TWO_WORK(List.of(
            Column.MAC,
            Column.STATE,
            Column.LOCALITY_NUMBER,
            Column.LOCALITY_NAME,
            Column.WORK,
            Column.WORK_FLOORED,
            Column.PE,
            Column.MP));

    /** The columns, named as ../shared/docs/cms-pfs-files.md names them. */
    enum Column {
        MAC,
        STATE,
        LOCALITY_NUMBER,
        LOCALITY_NAME,
        WORK,
        WORK_FLOORED,
        PE,
        MP
    }

    private final List<Column> order;

    GpciLayout(List<Column> order) {
        this.order = order;
    }

    int columns() {
        return order.size();
    }

    /** The position of {@code column}; where the layout lacks it (the floored work GPCI), the work GPCI's. */
    int at(Column column) {
        int at = order.indexOf(column);
        return at >= 0 ? at : order.indexOf(Column.WORK);
    }

    /** The columns from the first GPCI on. */
    List<Column> gpcis() {
        return order.subList(order.indexOf(Column.WORK), order.size());
    }

    /** The layout of a CSV header row: two work columns when one says "without 1.0 floor". */
    static GpciLayout of(CsvTable.Row header) {
        return header.cells().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("without 1.0 floor"))
                ? TWO_WORK
                : ONE_WORK;
    }
}
