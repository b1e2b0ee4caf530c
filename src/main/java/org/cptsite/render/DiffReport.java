package org.cptsite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.compute.Figures;
import org.cptsite.compute.ReleaseDiff;
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

    /** One line per added or deleted code and per changed field: {@code kind,code,modifier,field,before,after}. */
    public static byte[] csv(ReleaseDiff d) {
        StringBuilder sb = new StringBuilder("kind,code,modifier,field,before,after\n");
        for (CodeRows c : d.added()) line(sb, "added", c.code(), "", "", "", "");
        for (CodeRows c : d.deleted()) line(sb, "deleted", c.code(), "", "", "", "");
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

    /** A Markdown report: the CF, the counts, the codes added and deleted, and a table of changed fields. */
    public static byte[] markdown(ReleaseDiff d) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(d.from().id()).append(" -> ").append(d.to().id()).append("\n\n");
        sb.append("- conversion factor: ")
                .append(d.from().conversionFactor().toPlainString())
                .append(" -> ")
                .append(d.to().conversionFactor().toPlainString())
                .append('\n');
        sb.append("- codes added: ")
                .append(d.added().size())
                .append(", deleted: ")
                .append(d.deleted().size())
                .append(", changed: ")
                .append(d.changedCodes().size())
                .append(" (")
                .append(d.changed().size())
                .append(" rows)\n\n");
        sb.append("## Added\n\n");
        for (CodeRows c : d.added()) sb.append("- ").append(c.code()).append('\n');
        sb.append("\n## Deleted\n\n");
        for (CodeRows c : d.deleted()) sb.append("- ").append(c.code()).append('\n');
        sb.append("\n## Changed\n\n| code | modifier | field | before | after |\n|---|---|---|---|---|\n");
        for (ReleaseDiff.RowChange c : d.changed()) {
            c.changes()
                    .forEach((field, ba) -> sb.append("| ")
                            .append(c.code())
                            .append(" | ")
                            .append(c.modifier())
                            .append(" | ")
                            .append(field)
                            .append(" | ")
                            .append(ba.get(0) == null ? "" : ba.get(0))
                            .append(" | ")
                            .append(ba.get(1) == null ? "" : ba.get(1))
                            .append(" |\n"));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(',');
            String c = cells[i];
            sb.append(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
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
        Figures f = Figures.of(r, c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("status", f.main().status());
        m.put("work_rvu", f.work());
        m.put("non_facility_total", f.nonFacilityTotal());
        m.put("facility_total", f.facilityTotal());
        m.put("non_facility_payment", f.nonFacilityPayment());
        m.put("facility_payment", f.facilityPayment());
        return m;
    }
}
