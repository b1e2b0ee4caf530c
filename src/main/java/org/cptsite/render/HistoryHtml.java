package org.cptsite.render;

import java.util.List;

/**
 * The "Changes and history" section of a code page as HTML, written here rather than in {@code code.ftlh}: it is
 * the one part of ~17,000 pages that grows with every release given (a table row and a chart point each), and
 * Freemarker's lookup of each of its ~50 values cost a second release about as much as all the rest of its
 * page work. A StringBuilder does it in a tenth of that. The section's text comes from {@link HistoryView}
 * like the rest of the page's; a template that wants other markup can still list {@code page.history.rows},
 * {@code changes} and {@code chart} itself.
 */
final class HistoryHtml {
    private HistoryHtml() {}

    /** The section, every text escaped as Freemarker's HTML output format would. */
    static String of(
            String code,
            List<HistoryView.ChangeText> changes,
            List<HistoryView.Row> rows,
            HistoryView.PaymentChart chart) {
        Html h = new Html(1024 + 640 * rows.size());
        h.raw("<section id=\"history\" aria-labelledby=\"h-history\">\n"
                + "<h2 id=\"h-history\">Changes and history</h2>\n");
        for (HistoryView.ChangeText c : changes) {
            h.raw("<h3>").text(c.heading()).raw(" (").text(c.since()).raw(")</h3>\n");
            if (c.lines().isEmpty()) {
                h.raw("<p>No change in the work RVU, the totals, the national payments or the indicators.</p>\n");
            } else {
                h.raw("<ul class=\"changes\">");
                for (String l : c.lines()) h.raw("<li>").text(l).raw("</li>");
                h.raw("</ul>\n");
            }
        }
        h.raw("<div class=\"table-wrap\">\n<table class=\"history-table stack\">\n<caption>")
                .text(code)
                .raw(" in each release given (main row)</caption>\n"
                        + "<thead><tr><th scope=\"col\">Release</th><th scope=\"col\">CF</th>"
                        + "<th scope=\"col\">Work RVU</th><th scope=\"col\">Total non-facility</th>"
                        + "<th scope=\"col\">Total facility</th><th scope=\"col\">National non-facility</th>"
                        + "<th scope=\"col\">National facility</th></tr></thead>\n<tbody>\n");
        for (HistoryView.Row r : rows) {
            h.raw("<tr><th scope=\"row\">").text(r.release()).raw("</th>");
            cell(h, "CF", r.cf());
            cell(h, "Work RVU", r.work());
            cell(h, "Total non-facility", r.nonFacilityTotal());
            cell(h, "Total facility", r.facilityTotal());
            cell(h, "National non-facility", r.nonFacilityPayment());
            cell(h, "National facility", r.facilityPayment());
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n</div>\n");
        if (chart != null) chart(h, chart);
        h.raw("</section>\n");
        return h.toString();
    }

    private static void cell(Html h, String label, String value) {
        h.raw("<td data-label=\"").text(label).raw("\">").text(value).raw("</td>");
    }

    /** A line of the national payment per release, with a dot, tip and label per point, and its text equivalent. */
    private static void chart(Html h, HistoryView.PaymentChart c) {
        h.raw("<figure class=\"chart\">\n"
                        + "<svg viewBox=\"0 0 600 140\" width=\"600\" height=\"140\" role=\"img\" "
                        + "aria-labelledby=\"history-chart-title history-chart-desc\">\n"
                        + "<title id=\"history-chart-title\">")
                .text(c.title())
                .raw("</title>\n<desc id=\"history-chart-desc\">")
                .text(c.description())
                .raw("</desc>\n<polyline points=\"")
                .text(c.polyline())
                .raw("\" class=\"line\"/>\n");
        for (HistoryView.Point p : c.points()) {
            h.raw("<circle cx=\"")
                    .text(p.x())
                    .raw("\" cy=\"")
                    .text(p.y())
                    .raw("\" r=\"4\" class=\"dot\"><title>")
                    .text(p.tip())
                    .raw("</title></circle><text x=\"")
                    .text(p.x())
                    .raw("\" y=\"134\" class=\"tick\" text-anchor=\"middle\">")
                    .text(p.label())
                    .raw("</text>");
        }
        h.raw("\n</svg>\n<figcaption>").text(c.description()).raw("</figcaption>\n</figure>\n");
    }
}
