package org.cptsite.render;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.compute.Change;
import org.cptsite.compute.Figures;
import org.cptsite.compute.ReleaseDiff;
import org.cptsite.model.Category;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;

/** {@code cptsite diff} output: a {@link ReleaseDiff} as JSON, CSV or Markdown, in UTF-8. */
public final class DiffReport {
    private DiffReport() {}

    /** {@code {"from": {release}, "to": {release}, "added": [...], "deleted": [...], "changed": [...]}}. */
    public static byte[] json(ReleaseDiff d) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("from", release(d.from()));
        j.put("to", release(d.to()));
        j.put("added", d.added().stream().map(c -> figures(c, d.to())).toList());
        j.put("deleted", d.deleted().stream().map(c -> figures(c, d.from())).toList());
        List<Object> changed = new ArrayList<>();
        for (ReleaseDiff.RowChange c : d.changed()) {
            changed.add(Json.obj("code", c.code(), "modifier", c.modifier(), "changes", c.changes()));
        }
        j.put("changed", changed);
        return Json.pretty(j);
    }

    /**
     * One line per field: {@code kind,code,modifier,field,before,after}. An added code has a line per figure of
     * the JSON's (status, work RVU, totals, national payments) with the value after; a deleted code the same
     * with the value before; a changed row a line per changed field. An amount that is null (not paid, NA) is
     * empty.
     */
    public static byte[] csv(ReleaseDiff d) {
        StringBuilder sb = new StringBuilder("kind,code,modifier,field,before,after\n");
        for (CodeRows c : d.added()) {
            figures(c, d.to()).forEach((field, value) -> {
                if (!field.equals("code")) line(sb, "added", c.code(), "", field, "", text(value));
            });
        }
        for (CodeRows c : d.deleted()) {
            figures(c, d.from()).forEach((field, value) -> {
                if (!field.equals("code")) line(sb, "deleted", c.code(), "", field, text(value), "");
            });
        }
        for (ReleaseDiff.RowChange c : d.changed()) {
            c.changes()
                    .forEach((field, ba) -> line(
                            sb,
                            "changed",
                            c.code(),
                            c.modifier(),
                            field,
                            ba.get(0) == null ? "" : ba.get(0),
                            ba.get(1) == null ? "" : ba.get(1)));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A Markdown report with what the release report page shows: the CF, the counts, the biggest movers, and the
     * codes added, deleted and changed by category (added and deleted codes with their figures).
     */
    public static byte[] markdown(ReleaseDiff d) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(d.from().id()).append(" -> ").append(d.to().id()).append("\n\n");
        Change.Delta cf = new Change.Delta(d.from().conversionFactor(), d.to().conversionFactor());
        sb.append("- conversion factor: ")
                .append(cf.before().toPlainString())
                .append(" -> ")
                .append(cf.after().toPlainString())
                .append(ReleasePageBuilder.cfChange(cf))
                .append('\n');
        sb.append("- codes added: ")
                .append(d.added().size())
                .append(", deleted: ")
                .append(d.deleted().size())
                .append(", changed: ")
                .append(d.changedCodes().size())
                .append(" (")
                .append(Text.count(d.changed().size(), "row"))
                .append(")\n");
        movers(sb, d);
        codes(sb, "Added", d.added(), d.to());
        codes(sb, "Deleted", d.deleted(), d.from());
        changed(sb, d);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The four tables of the biggest movers, as on the report page. */
    private static void movers(StringBuilder sb, ReleaseDiff d) {
        sb.append("\n## Biggest movers\n");
        for (MoverKind kind : MoverKind.ALL) {
            sb.append("\n### ").append(kind.title()).append("\n\n");
            List<ReleaseDiff.Mover> movers = kind.of(d);
            if (movers.isEmpty()) {
                sb.append("None.\n");
                continue;
            }
            sb.append("| code | before | after | change | percent |\n|---|---|---|---|---|\n");
            for (ReleaseDiff.Mover m : movers) {
                Change.Delta delta = m.delta();
                row(
                        sb,
                        m.code(),
                        kind.shown(delta.before()),
                        kind.shown(delta.after()),
                        kind.change(delta),
                        MoverKind.percent(delta));
            }
        }
    }

    /** Every changed field of every row, by category of the code. */
    private static void changed(StringBuilder sb, ReleaseDiff d) {
        sb.append("\n## Changed (")
                .append(Text.count(d.changedCodes().size(), "code"))
                .append(")\n");
        d.changedByCategory().forEach((category, rows) -> {
            long codes =
                    rows.stream().map(ReleaseDiff.RowChange::code).distinct().count();
            sb.append("\n### ")
                    .append(category.defaultTitle())
                    .append(" (")
                    .append(Text.count(codes, "code"))
                    .append(", ")
                    .append(Text.count(rows.size(), "row"))
                    .append(")\n\n| code | modifier | field | before | after |\n|---|---|---|---|---|\n");
            for (ReleaseDiff.RowChange c : rows) {
                c.changes()
                        .forEach((field, ba) -> row(
                                sb,
                                c.code(),
                                c.modifier(),
                                field,
                                ba.get(0) == null ? "" : ba.get(0),
                                ba.get(1) == null ? "" : ba.get(1)));
            }
        });
    }

    /** Codes added (with their figures in the newer release) or deleted (in the older), by category. */
    private static void codes(StringBuilder sb, String heading, List<CodeRows> codes, Release release) {
        sb.append("\n## ").append(heading).append(" (").append(codes.size()).append(")\n");
        Map<Category, List<CodeRows>> byCategory = new EnumMap<>(Category.class);
        for (CodeRows c : codes)
            byCategory.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
        byCategory.forEach((category, rows) -> {
            sb.append("\n### ")
                    .append(category.defaultTitle())
                    .append(" (")
                    .append(rows.size())
                    .append(")\n\n");
            sb.append("| code | status | work RVU | national non-facility | national facility |\n"
                    + "|---|---|---|---|---|\n");
            for (CodeRows c : rows) {
                Figures f = Figures.ofMainRow(release, c);
                row(
                        sb,
                        c.code(),
                        f.row().status(),
                        Text.rvu(f.work()),
                        HistoryViewBuilder.money(f, f.nonFacilityPayment()),
                        HistoryViewBuilder.money(f, f.facilityPayment()));
            }
        });
    }

    /** A table row, each cell's text escaped so that it reads as text ({@link MarkdownCells}). */
    private static void row(StringBuilder sb, String... cells) {
        sb.append('|');
        for (String c : cells) sb.append(' ').append(MarkdownCells.text(c)).append(" |");
        sb.append('\n');
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    }

    private static void line(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(CsvCells.field(cells[i]));
        }
        sb.append('\n');
    }

    private static Map<String, Object> release(Release r) {
        return Json.obj(
                "id",
                r.id(),
                "title",
                r.title(),
                "released",
                r.released() == null ? null : r.released().toString(),
                "conversion_factor",
                r.conversionFactor());
    }

    /** A code's main-row figures in a release. */
    private static Map<String, Object> figures(CodeRows c, Release r) {
        Figures f = Figures.ofMainRow(r, c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("status", f.row().status());
        m.put("work_rvu", f.work());
        m.put("non_facility_total", f.nonFacilityTotal());
        m.put("facility_total", f.facilityTotal());
        m.put("non_facility_payment", f.nonFacilityPayment());
        m.put("facility_payment", f.facilityPayment());
        return m;
    }
}
