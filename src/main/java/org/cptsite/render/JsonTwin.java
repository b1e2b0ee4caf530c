package org.cptsite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.compute.CodeFacts;
import org.cptsite.compute.Comparison;
import org.cptsite.compute.Indicators;
import org.cptsite.compute.NationalPayment;
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

    /** The twin's JSON, in UTF-8. */
    public static byte[] of(CodeEntry entry, CodeFacts facts, Release release, String baseUrl, boolean cmsDescriptors) {
        Map<String, Object> j = new LinkedHashMap<>();
        String code = entry.code();
        j.put("code", code);
        j.put("system", entry.rows().system().label());
        j.put("url", baseUrl + Urls.code(code));
        j.put("category", entry.category().slug());
        j.put("range", entry.range() == null ? null : Json.obj("from", entry.range().from(), "to", entry.range().to(),
                "name", entry.range().name()));
        j.put("descriptor", cmsDescriptors ? entry.rows().main().description() : null);
        CodeContent c = entry.content();
        j.put("title", c == null ? null : c.title());
        j.put("synonyms", c == null ? List.of() : c.synonyms());
        j.put("specialties", c == null ? List.of() : c.specialties());
        Map<String, Object> rel = new LinkedHashMap<>();
        rel.put("id", release.id());
        rel.put("title", release.title());
        rel.put("released", release.released() == null ? null : release.released().toString());
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
        j.put("no_comparison_reason", facts.noComparisonReason());
        return Json.pretty(j);
    }

    private static Map<String, Object> row(RvuRow r, NationalPayment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modifier", r.modifier());
        m.put("status", r.status());
        m.put("work_rvu", r.work());
        m.put("non_facility_pe_rvu", r.nonFacilityPe());
        m.put("non_facility_na", r.nonFacilityNa());
        m.put("facility_pe_rvu", r.facilityPe());
        m.put("facility_na", r.facilityNa());
        m.put("mp_rvu", r.malpractice());
        m.put("non_facility_total", r.nonFacilityTotal());
        m.put("facility_total", r.facilityTotal());
        m.put("global_days", r.globalDays());
        m.put("pctc", r.pctc());
        m.put("multiple_procedure", r.multipleProcedure());
        m.put("bilateral", r.bilateral());
        m.put("assistant", r.assistant());
        m.put("co_surgeon", r.coSurgeon());
        m.put("team", r.team());
        m.put("endoscopic_base", r.endoscopicBase().isEmpty() ? null : r.endoscopicBase());
        m.put("opps_non_facility_pe_rvu", r.oppsNonFacilityPe());
        m.put("opps_facility_pe_rvu", r.oppsFacilityPe());
        m.put("opps_mp_rvu", r.oppsMalpractice());
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
