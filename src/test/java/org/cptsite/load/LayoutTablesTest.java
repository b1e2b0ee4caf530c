package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cptsite.load.GpciLayout.Column;
import org.junit.jupiter.api.Test;

/** The CMS layouts as tables: the positions of ../shared/docs/cms-pfs-files.md, and how a header picks one. */
class LayoutTablesTest {
    /** A header row of the layout: its checked cells filled in, the rest named by position. */
    private static CsvTable.Row header(PprrvuLayout layout) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < layout.columns(); i++) cells.add("c" + i);
        for (PprrvuColumn c : PprrvuColumn.values()) {
            if (layout.has(c) && c.headerCell != null) cells.set(position(layout, c), c.headerCell);
        }
        return new CsvTable.Row(9, cells);
    }

    private static int position(PprrvuLayout layout, PprrvuColumn column) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < layout.columns(); i++) cells.add(String.valueOf(i));
        return Integer.parseInt(layout.cell(new CsvTable.Row(1, cells), column));
    }

    @Test
    void pprrvu2026HasThirtyTwoColumnsWithPricIndAt23() {
        PprrvuLayout y = PprrvuLayout.Y2026;
        assertEquals(32, y.columns());
        assertEquals(0, position(y, PprrvuColumn.HCPCS));
        assertEquals(5, position(y, PprrvuColumn.WORK_RVU));
        assertEquals(14, position(y, PprrvuColumn.GLOB_DAYS));
        assertEquals(23, position(y, PprrvuColumn.PRIC_IND));
        assertEquals(25, position(y, PprrvuColumn.CONV_FACTOR));
        assertEquals(31, position(y, PprrvuColumn.OPPS_MP));
    }

    @Test
    void pprrvu2025LacksPricIndAndShiftsTheRestLeft() {
        PprrvuLayout y = PprrvuLayout.Y2025;
        assertEquals(31, y.columns());
        assertFalse(y.has(PprrvuColumn.PRIC_IND));
        assertEquals("", y.cell(new CsvTable.Row(1, List.of("a", "b")), PprrvuColumn.PRIC_IND));
        assertEquals(22, position(y, PprrvuColumn.TEAM_SURG));
        assertEquals(23, position(y, PprrvuColumn.ENDO_BASE));
        assertEquals(24, position(y, PprrvuColumn.CONV_FACTOR));
        assertEquals(30, position(y, PprrvuColumn.OPPS_MP));
    }

    @Test
    void aHeaderPicksItsLayoutByCountAndCells() {
        for (PprrvuLayout layout : PprrvuLayout.values()) assertEquals(layout, PprrvuLayout.of(header(layout)));
        List<String> wrong = new ArrayList<>(header(PprrvuLayout.Y2026).cells());
        wrong.set(25, "CF");
        assertNull(PprrvuLayout.of(new CsvTable.Row(9, wrong)));
        assertNull(PprrvuLayout.of(new CsvTable.Row(9, List.of("HCPCS", "MOD", "DESCRIPTION"))));
    }

    @Test
    void gpciLayoutsWithOneAndTwoWorkColumns() {
        assertEquals(7, GpciLayout.ONE_WORK.columns());
        assertEquals(8, GpciLayout.TWO_WORK.columns());
        assertEquals(4, GpciLayout.ONE_WORK.at(Column.WORK_FLOORED), "no floored column: the work GPCI");
        assertEquals(5, GpciLayout.TWO_WORK.at(Column.WORK_FLOORED));
        assertEquals(7, GpciLayout.TWO_WORK.at(Column.MP));
        assertEquals(List.of(Column.WORK, Column.PE, Column.MP), GpciLayout.ONE_WORK.gpcis());
        CsvTable.Row y2026 = new CsvTable.Row(
                3,
                List.of(
                        "Medicare Administrative Contractor (MAC)",
                        "State",
                        "Locality Number",
                        "Locality Name",
                        "2026 PW GPCI (without 1.0 Floor)",
                        "2026 PW GPCI (with 1.0 Floor)",
                        "2026 PE GPCI",
                        "2026 MP GPCI"));
        assertEquals(GpciLayout.TWO_WORK, GpciLayout.of(y2026));
        assertTrue(GpciLayout.of(new CsvTable.Row(
                        3,
                        List.of(
                                "MAC",
                                "State",
                                "Locality Number",
                                "Locality Name",
                                "2025 PW GPCI",
                                "2025 PE GPCI",
                                "2025 MP GPCI")))
                == GpciLayout.ONE_WORK);
    }
}
