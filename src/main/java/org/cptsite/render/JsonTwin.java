package org.cptsite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.compute.Change;
import org.cptsite.compute.CodeFacts;
import org.cptsite.compute.CodeHistory;
import org.cptsite.compute.Comparison;
import org.cptsite.compute.Figures;
import org.cptsite.compute.Indicators;
import org.cptsite.compute.NationalPayment;
import org.cptsite.compute.ReleaseDiff;
import org.cptsite.link.CodeEntry;
import org.cptsite.model.CodeContent;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;

/**
 * The JSON twin of a code page ({@code /cpt/38900.json}): every figure the page shows, as numbers, for
 * programs. The fields are documented in the README; amounts are null where a setting is not expected.
 */
public final class JsonTwin {
    private JsonTwin() {}

    /** The twin's JSON as the site has it: on one line, in UTF-8. */
    public static byte[] of(
            CodeEntry entry, CodeFacts facts, CodeHistory history, String baseUrl, boolean cmsDescriptors) {
        return Json.compactBytes(fields(entry, facts, history, baseUrl, cmsDescriptors));
    }

    /** The same twin indented, for people ({@code show --json}). */
    public static byte[] indented(
            CodeEntry entry, CodeFacts facts, CodeHistory history, String baseUrl, boolean cmsDescriptors) {
        return Json.pretty(fields(entry, facts, history, baseUrl, cmsDescriptors));
    }

    private static Map<String, Object> fields(
            CodeEntry entry, CodeFacts facts, CodeHistory history, String baseUrl, boolean cmsDescriptors) {
        Release release = entry.release();
        Map<String, Object> j = new LinkedHashMap<>();
        String code = entry.code();
        j.put("code", code);
        j.put("system", entry.rows().system().label());
        j.put("url", baseUrl + Urls.code(code));
        j.put("category", entry.category().slug());
        j.put(
                "range",
                entry.range() == null
                        ? null
                        : Json.obj(
                                "from",
                                entry.range().from(),
                                "to",
                                entry.range().to(),
                                "name",
                                entry.range().name()));
        j.put("descriptor", cmsDescriptors ? entry.rows().main().description() : null);
        CodeContent c = entry.content();
        j.put("title", c == null ? null : c.title());
        j.put("synonyms", c == null ? List.of() : c.synonyms());
        j.put("specialties", c == null ? List.of() : c.specialties());
        Map<String, Object> rel = new LinkedHashMap<>();
        rel.put("id", release.id());
        rel.put("title", release.title());
        rel.put(
                "released",
                release.released() == null ? null : release.released().toString());
        rel.put("conversion_factor", facts.conversionFactor());
        rel.put("qualifying_apm_conversion_factor", facts.qualifyingApmCf());
        j.put("release", rel);
        j.put("status", entry.rows().main().status());
        j.put("add_on", facts.addOn());
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < entry.rows().rows().size(); i++) {
            rows.add(row(entry.rows().rows().get(i), facts.payments().get(i)));
        }
        j.put("rows", rows);
        Map<String, Object> ind = new LinkedHashMap<>();
        for (Indicators.Decoded d : facts.indicators()) {
            ind.put(d.key(), Json.obj("value", d.value(), "meaning", d.meaning()));
        }
        j.put("indicators", ind);
        j.put("comparison", comparison(facts.comparison()));
        j.put("no_comparison_reason", NoComparisonText.of(facts));
        CodeContent content = entry.content();
        j.put(
                "deleted",
                !history.deleted()
                        ? null
                        : Json.obj(
                                "not_in",
                                history.current().id(),
                                "last_in",
                                history.last().id(),
                                "replaced_by",
                                content == null ? List.of() : content.replacedBy()));
        j.put("new_in", history.isNew() ? history.current().id() : null);
        j.put(
                "changes",
                Json.obj(
                        "since_previous",
                        change(history.sincePrevious()),
                        "since_year_before",
                        change(history.sinceYearBefore())));
        List<Object> points = new ArrayList<>();
        for (Figures f : history.points()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("release", f.release().id());
            p.put("modifier", f.row().modifier());
            p.put(
                    "released",
                    f.release().released() == null
                            ? null
                            : f.release().released().toString());
            p.put("conversion_factor", f.release().conversionFactor());
            p.put("work_rvu", f.work());
            p.put("non_facility_total", f.nonFacilityTotal());
            p.put("facility_total", f.facilityTotal());
            p.put("non_facility_payment", f.nonFacilityPayment());
            p.put("facility_payment", f.facilityPayment());
            points.add(p);
        }
        j.put("history", points);
        return j;
    }

    /**
     * A change as {@code {from, modifier, work_rvu: {before, after, change, percent}, ..., indicators: [...],
     * other_fields: [...]}}.
     */
    private static Map<String, Object> change(Change c) {
        if (c == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", c.from().release().id());
        m.put("modifier", c.to().row().modifier());
        m.put("work_rvu", delta(c.work()));
        m.put("non_facility_total", delta(c.nonFacilityTotal()));
        m.put("facility_total", delta(c.facilityTotal()));
        m.put("non_facility_payment", delta(c.nonFacilityPayment()));
        m.put("facility_payment", delta(c.facilityPayment()));
        List<Object> indicators = new ArrayList<>();
        for (Change.IndicatorChange i : c.indicators()) {
            indicators.add(Json.obj("name", i.name(), "before", i.before(), "after", i.after()));
        }
        m.put("indicators", indicators);
        List<Object> other = new ArrayList<>();
        for (ReleaseDiff.RowChange r : c.otherFields()) {
            other.add(Json.obj("modifier", r.modifier(), "changes", r.changes()));
        }
        m.put("other_fields", other);
        return m;
    }

    private static Map<String, Object> delta(Change.Delta d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("before", d.before());
        m.put("after", d.after());
        m.put("change", d.amount());
        m.put("percent", d.percent());
        return m;
    }

    private static Map<String, Object> row(RvuRow r, NationalPayment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modifier", r.modifier());
        m.put("status", r.status());
        m.put("work_rvu", r.rvus().work());
        m.put("non_facility_pe_rvu", r.rvus().nonFacilityPe());
        m.put("non_facility_na", r.rvus().nonFacilityNa());
        m.put("facility_pe_rvu", r.rvus().facilityPe());
        m.put("facility_na", r.rvus().facilityNa());
        m.put("mp_rvu", r.rvus().malpractice());
        m.put("non_facility_total", r.rvus().nonFacilityTotal());
        m.put("facility_total", r.rvus().facilityTotal());
        m.put("global_days", r.global().days());
        m.put("pctc", r.policy().pctc());
        m.put("multiple_procedure", r.policy().multipleProcedure());
        m.put("bilateral", r.policy().bilateral());
        m.put("assistant", r.policy().assistant());
        m.put("co_surgeon", r.policy().coSurgeon());
        m.put("team", r.policy().team());
        m.put(
                "endoscopic_base",
                r.policy().endoscopicBase().isEmpty() ? null : r.policy().endoscopicBase());
        m.put("opps_non_facility_pe_rvu", r.opps().nonFacilityPe());
        m.put("opps_facility_pe_rvu", r.opps().facilityPe());
        m.put("opps_mp_rvu", r.opps().malpractice());
        Map<String, Object> pay = null;
        if (p != null) {
            pay = new LinkedHashMap<>();
            pay.put("non_facility", p.nonFacility());
            pay.put("facility", p.facility());
            pay.put("non_facility_qualifying_apm", p.nonFacilityApm());
            pay.put("facility_qualifying_apm", p.facilityApm());
            pay.put("non_facility_opps_capped", p.nonFacilityCapped());
            pay.put("facility_opps_capped", p.facilityCapped());
        }
        m.put("national_payment", pay);
        return m;
    }

    private static Map<String, Object> comparison(Comparison c) {
        if (c == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("population", c.population());
        m.put("size", c.size());
        m.put("work_rvu", c.work());
        m.put("percentile", c.percentile());
        m.put("median", c.median());
        m.put("ratio", c.ratio());
        m.put("direction", c.direction().word());
        m.put("max", c.max());
        m.put("max_code", c.maxCode());
        return m;
    }
}
