package org.cptsite.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cptsite.compute.LocalityPricing;
import org.cptsite.compute.ModifierRules;
import org.cptsite.model.AnesthesiaFactor;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Locality;
import org.cptsite.model.LocalityCounties;
import org.cptsite.model.RvuRow;

/**
 * The data templates/assets/locality.js works from, as JSON: one shared file for the whole site
 * ({@code /assets/localities.HASH.json}: the conversion factors, every locality with the GPCIs used and its
 * anesthesia CFs, and the county index) and, in each code page, only that code's own rows. Numbers are written
 * as decimal strings, exactly as the files give them, so the script can compute with them without rounding.
 */
public final class LocalityData {
    private LocalityData() {}

    /** The shared file: the same for every page, so a browser and a CDN cache it once. */
    public static String shared(LocalityPricing pricing) {
        var release = pricing.release();
        Map<String, String> stateNames = stateNames(release.counties());
        List<Map<String, Object>> localities = new ArrayList<>();
        for (Locality l : pricing.localities()) {
            var g = pricing.gpcis(l);
            AnesthesiaFactor anes = pricing.anesthesia(l);
            localities.add(Json.obj(
                    "id",
                    l.id(),
                    "state",
                    l.state(),
                    "stateName",
                    stateNames.getOrDefault(l.id(), l.state()),
                    "name",
                    PlaceNames.readable(l.name()),
                    "work",
                    g.work().toPlainString(),
                    "pe",
                    g.pe().toPlainString(),
                    "mp",
                    g.mp().toPlainString(),
                    "anesCf",
                    anes == null ? null : anes.cf().toPlainString(),
                    "anesApmCf",
                    anes == null || anes.qualifyingApmCf() == null
                            ? null
                            : anes.qualifyingApmCf().toPlainString()));
        }
        Set<String> known = new LinkedHashSet<>();
        pricing.localities().forEach(l -> known.add(l.id()));
        List<Map<String, Object>> counties = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LocalityCounties c : release.counties()) {
            String id = c.mac() + "-" + c.locality();
            String area = PlaceNames.readable(c.area());
            String state = PlaceNames.readable(c.state());
            // LOCCO repeats a row where two contractors serve a locality; one entry is enough.
            if (!known.contains(id) || !seen.add(state + "|" + id + "|" + area + "|" + c.counties())) continue;
            counties.add(
                    Json.obj("state", state, "id", id, "area", area, "counties", PlaceNames.readable(c.counties())));
        }
        // No release id: a quarterly release with the same figures keeps the same file, and so the same
        // hashed URL on every code page (a page's lastmod follows its content, not the release label).
        return Json.compact(Json.obj(
                "workGpci", pricing.workGpci().key(),
                "workGpciLabel", pricing.floorMatters() ? pricing.workGpci().label() : "as the GPCI file gives it",
                "cf", release.conversionFactor().toPlainString(),
                "apmCf", plain(pricing.apmCf()),
                "anesCf", plain(release.anesthesiaCf()),
                "anesApmCf", plain(release.anesthesiaQualifyingApmCf()),
                "localities", localities,
                "counties", counties));
    }

    /**
     * One code's data for the script: its rows' RVUs and flags, the modifier rules' shares (in the order of
     * the page's modifier table), and the endoscopic base code's row where a rule subtracts it.
     */
    static String page(CodeRows code, LocalityPricing pricing, boolean anesthesia) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RvuRow r : code.rows()) rows.add(row(r));
        RvuRow main = code.main();
        List<Map<String, Object>> rules = new ArrayList<>();
        Map<String, Object> base = null;
        if (main.payable()) {
            for (ModifierRules.Rule rule : ModifierRules.of(main)) {
                switch (rule.outcome()) {
                    case SHARE ->
                        rules.add(Json.obj("k", "share", "share", rule.share().toPlainString()));
                    case ENDOSCOPY -> {
                        RvuRow b = pricing.baseRow(rule.baseCode());
                        if (b != null) base = row(b);
                        rules.add(Json.obj("k", "endoscopy", "base", rule.baseCode()));
                    }
                    default -> rules.add(Json.obj("k", "none"));
                }
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", code.code());
        data.put("main", code.rows().indexOf(main));
        // The row the key facts lead with, where it has a modifier to name (61715: its 26 row; 86153 has no other).
        if (!code.headline().modifier().isEmpty()) data.put("lead", code.rows().indexOf(code.headline()));
        data.put("rows", rows);
        data.put("rules", rules);
        if (base != null) data.put("base", base);
        if (anesthesia) data.put("anesthesia", true);
        return Json.forScript(data);
    }

    private static Map<String, Object> row(RvuRow r) {
        Map<String, Object> row = Json.obj(
                "mod",
                r.modifierLabel(),
                "paid",
                r.payable(),
                "work",
                r.rvus().work().toPlainString(),
                "peNf",
                r.rvus().nonFacilityPe().toPlainString(),
                "peF",
                r.rvus().facilityPe().toPlainString(),
                "mp",
                r.rvus().malpractice().toPlainString(),
                "naNf",
                r.rvus().nonFacilityNa(),
                "naF",
                r.rvus().facilityNa(),
                "oppsPeNf",
                r.opps().nonFacilityPe().toPlainString(),
                "oppsPeF",
                r.opps().facilityPe().toPlainString(),
                "oppsMp",
                r.opps().malpractice().toPlainString());
        // A row the contractor prices is paid, at no national amount: the script's table says so, not "Not paid"
        // (an anesthesia page has no such table).
        if (r.contractorPriced()) row.put("none", Text.noAmount(r));
        return row;
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    /** Each locality's state, spelled out as the LOCCO file does ("HAWAII/GUAM"), in readable case. */
    private static Map<String, String> stateNames(List<LocalityCounties> counties) {
        Map<String, String> names = new LinkedHashMap<>();
        for (LocalityCounties c : counties) {
            if (!c.state().isBlank()) names.putIfAbsent(c.mac() + "-" + c.locality(), PlaceNames.readable(c.state()));
        }
        return names;
    }
}
