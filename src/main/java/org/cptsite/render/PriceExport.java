package org.cptsite.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.cptsite.compute.LocalityGpcis;
import org.cptsite.compute.LocalityPayment;
import org.cptsite.compute.LocalityPricing;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Locality;
import org.cptsite.model.RvuRow;

/**
 * {@code cptsite prices} output: the amounts of codes in localities, one line per row of a code and locality,
 * like CMS's own payment amount file, as CSV or JSON. Only rows paid under the fee schedule (status A, R, T)
 * have amounts. Streamed to a writer: every code in every locality is about two million lines.
 */
public final class PriceExport {
    public static final List<String> COLUMNS = List.of(
            "code",
            "modifier",
            "status",
            "locality_id",
            "state",
            "locality_name",
            "non_facility",
            "facility",
            "non_facility_opps_capped",
            "facility_opps_capped",
            "non_facility_limiting_charge",
            "facility_limiting_charge",
            "non_facility_qualifying_apm",
            "facility_qualifying_apm");

    private final LocalityPricing pricing;
    private final List<CodeRows> codes;
    private final List<Locality> places;
    private final List<LocalityGpcis> gpcis;

    /** The prices of {@code codes} (in this order) in {@code places} (in this order). */
    public PriceExport(LocalityPricing pricing, List<CodeRows> codes, List<Locality> places) {
        this.pricing = pricing;
        this.codes = codes;
        this.places = places;
        this.gpcis = places.stream().map(pricing::gpcis).toList();
    }

    /** A payable row of a code in one locality, with its amounts. */
    private interface Line {
        void write(RvuRow row, Locality l, LocalityPayment p) throws IOException;
    }

    /** Each payable row of each code in each place, in that order. */
    private void forEachLine(Line line) throws IOException {
        for (CodeRows code : codes) {
            for (RvuRow row : code.rows()) {
                if (!row.payable()) continue;
                for (int i = 0; i < places.size(); i++) {
                    line.write(
                            row,
                            places.get(i),
                            LocalityPayment.of(
                                    row, gpcis.get(i), pricing.release().conversionFactor(), pricing.apmCf()));
                }
            }
        }
    }

    /** A header of {@link #COLUMNS}, then a line per row and locality; amounts as plain decimals, "" for none. */
    public void csv(Writer w) throws IOException {
        w.write(String.join(",", COLUMNS));
        w.write('\n');
        StringBuilder line = new StringBuilder(160);
        forEachLine((row, l, p) -> {
            line.setLength(0);
            line.append(row.code())
                    .append(',')
                    .append(row.modifier())
                    .append(',')
                    .append(row.status())
                    .append(',')
                    .append(l.id())
                    .append(',')
                    .append(CsvCells.field(l.state()))
                    .append(',')
                    .append(CsvCells.field(name(l.name())))
                    .append(',')
                    .append(plain(p.nonFacility()))
                    .append(',')
                    .append(plain(p.facility()))
                    .append(',')
                    .append(p.nonFacilityCapped())
                    .append(',')
                    .append(p.facilityCapped())
                    .append(',')
                    .append(plain(p.nonFacilityLimiting()))
                    .append(',')
                    .append(plain(p.facilityLimiting()))
                    .append(',')
                    .append(plain(p.nonFacilityApm()))
                    .append(',')
                    .append(plain(p.facilityApm()))
                    .append('\n');
            w.append(line);
        });
    }

    /** The release and its CFs, then {@code prices}: an object per row and locality, named by {@link #COLUMNS}. */
    public void json(Writer w) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(w);
        g.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        var release = pricing.release();
        g.writeStartObject();
        g.writeStringField("release", release.id());
        g.writeNumberField("conversion_factor", release.conversionFactor());
        if (pricing.apmCf() == null) g.writeNullField("qualifying_apm_conversion_factor");
        else g.writeNumberField("qualifying_apm_conversion_factor", pricing.apmCf());
        g.writeStringField("work_gpci", pricing.workGpci().key());
        g.writeArrayFieldStart("prices");
        forEachLine((row, l, p) -> {
            g.writeStartObject();
            g.writeStringField("code", row.code());
            g.writeStringField("modifier", row.modifier());
            g.writeStringField("status", row.status());
            g.writeStringField("locality_id", l.id());
            g.writeStringField("state", l.state());
            g.writeStringField("locality_name", name(l.name()));
            number(g, "non_facility", p.nonFacility());
            number(g, "facility", p.facility());
            g.writeBooleanField("non_facility_opps_capped", p.nonFacilityCapped());
            g.writeBooleanField("facility_opps_capped", p.facilityCapped());
            number(g, "non_facility_limiting_charge", p.nonFacilityLimiting());
            number(g, "facility_limiting_charge", p.facilityLimiting());
            number(g, "non_facility_qualifying_apm", p.nonFacilityApm());
            number(g, "facility_qualifying_apm", p.facilityApm());
            g.writeEndObject();
        });
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
        g.close();
    }

    private static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        if (v == null) g.writeNullField(name);
        else g.writeNumberField(name, v);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    /** A locality name without the file's footnote marks. */
    private static String name(String raw) {
        return raw.replace("*", "").trim();
    }
}
