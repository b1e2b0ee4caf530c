package org.cptsite.render;

import java.util.List;

/**
 * A code's history as a page shows it: the changes since the previous release and since a year before,
 * a table of every given release that has the code, and a chart of its national non-facility payment.
 *
 * @param newIn the current release's id when the previous release lacks the code, else null
 * @param row the row the changes and the table follow: "main row", or "modifier 26 row" where the main row has
 *     no national amount and that row has, or the code has no row without a modifier (86153)
 * @param naNote a row says "NA" (the NA indicator): the table needs the note that explains it
 * @param chart null when fewer than two releases give the code a payment in one setting
 */
public record HistoryView(
        String newIn, String row, List<ChangeText> changes, List<Row> rows, boolean naNote, PaymentChart chart) {

    /** "Since RVU25D": one line per changed figure or indicator; none when nothing changed. */
    public record ChangeText(String heading, String since, List<String> lines) {}

    public record Row(
            String release,
            String cf,
            String work,
            String nonFacilityTotal,
            String facilityTotal,
            String nonFacilityPayment,
            String facilityPayment) {}

    /** Points of a line chart, in SVG user units, with a label per point. */
    public record PaymentChart(String title, String description, String polyline, List<Point> points) {}

    public record Point(String x, String y, String label, String tip) {}
}
