package org.cptsite.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cptsite.build.Pipeline;
import org.cptsite.compute.LocalityGpcis;
import org.cptsite.compute.LocalityPayment;
import org.cptsite.compute.LocalityPricing;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Locality;
import org.cptsite.model.Problems;
import org.cptsite.model.RvuRow;
import org.cptsite.write.WriteFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cptsite prices}: the amounts of codes in localities, one line per row of a code and locality, like
 * CMS's own payment amount file. Only rows paid under the fee schedule (status A, R, T) have amounts; a named
 * code without one is reported on standard error.
 */
@Command(name = "prices", mixinStandardHelpOptions = true,
        description = "Write the Medicare amounts of codes in localities (CSV or JSON), like CMS's payment amount file.")
final class PricesCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("code", "modifier", "status", "locality_id", "state", "locality_name",
            "non_facility", "facility", "non_facility_opps_capped", "facility_opps_capped",
            "non_facility_limiting_charge", "facility_limiting_charge", "non_facility_qualifying_apm",
            "facility_qualifying_apm");

    @Mixin
    Inputs inputs;

    @Option(names = "--codes", paramLabel = "LIST", split = ",",
            description = "codes to price, comma-separated, e.g. 38900,70473 (default: every code)")
    List<String> codes;

    @Option(names = "--locality", paramLabel = "ID", split = ",",
            description = "locality as MAC-locality, e.g. 10112-00; comma-separated for several (default: every locality)")
    List<String> localityIds;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (default: standard output)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("csv") && !fmt.equals("json")) {
            err.println("error: --format " + format + " is not csv or json");
            return ExitCode.USAGE;
        }
        Problems problems = new Problems();
        LinkedSite site = new Pipeline(inputs.options(null, Inputs.today()), line -> { }).load(problems);
        Report.problems(problems, err);
        if (site == null) return ExitCode.PROBLEMS;
        LocalityPricing pricing = new LocalityPricing(site.release(), site.content().settings());

        List<CodeRows> chosen = chosenCodes(site, err);
        List<Locality> places = chosenLocalities(pricing, err);
        if (chosen == null || places == null) return ExitCode.PROBLEMS;
        List<LocalityGpcis> gpcis = places.stream().map(pricing::gpcis).toList();
        if (out == null) {
            write(null, fmt, pricing, chosen, places, gpcis);
            return ExitCode.OK;
        }
        return OutFile.write(out, "prices." + fmt, stream -> write(stream, fmt, pricing, chosen, places, gpcis), err)
                ? ExitCode.OK : ExitCode.PROBLEMS;
    }

    /** The prices as CSV or JSON, to {@code stream}, or to standard output when it is null. */
    private void write(OutputStream stream, String fmt, LocalityPricing pricing, List<CodeRows> chosen,
            List<Locality> places, List<LocalityGpcis> gpcis) throws IOException {
        if (fmt.equals("csv")) {
            Writer w = stream == null ? spec.commandLine().getOut()
                    : new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            csv(w, pricing, chosen, places, gpcis);
            w.flush();
        } else {
            json(stream, pricing, chosen, places, gpcis);
        }
    }

    /** The named codes in release order, or every code; null (after saying why) when one is unknown. */
    private List<CodeRows> chosenCodes(LinkedSite site, PrintWriter err) {
        var all = site.release().codes();
        if (codes == null || codes.isEmpty()) return List.copyOf(all.values());
        Set<String> wanted = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String c : codes) {
            String code = c.trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) continue;
            if (all.containsKey(code)) wanted.add(code);
            else unknown.add(c.trim());
        }
        if (!unknown.isEmpty()) {
            err.println("error: " + (unknown.size() == 1 ? "code " : "codes ") + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is" : " are") + " not in release " + site.release().id());
            err.println("  fix: give CPT or HCPCS codes of the release, comma-separated, e.g. --codes 38900,71046");
            return null;
        }
        List<CodeRows> chosen = new ArrayList<>();
        for (CodeRows rows : all.values()) {
            if (!wanted.contains(rows.code())) continue;
            chosen.add(rows);
            if (rows.rows().stream().noneMatch(RvuRow::payable)) {
                err.println("warning: " + rows.code() + " has no row paid under the fee schedule (status "
                        + rows.main().status() + "), so no amounts");
            }
        }
        return chosen;
    }

    /** The named localities in GPCI file order, or all; null (after saying why) when one is unknown. */
    private List<Locality> chosenLocalities(LocalityPricing pricing, PrintWriter err) {
        if (localityIds == null || localityIds.isEmpty()) return pricing.localities();
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : localityIds) {
            String trimmed = id.trim();
            if (trimmed.isEmpty()) continue;
            if (pricing.locality(trimmed) == null) {
                String near = pricing.localities().stream().map(Locality::id)
                        .filter(k -> distance(k, trimmed) <= 2).findFirst().orElse(null);
                err.println("error: locality " + trimmed + " is not in the GPCI file of release "
                        + pricing.release().id() + (near == null ? "" : "; did you mean " + near + "?"));
                err.println("  fix: give the locality as MAC-locality with their leading zeros, e.g. --locality "
                        + (pricing.localities().isEmpty() ? "10112-00" : pricing.localities().get(0).id()));
                return null;
            }
            wanted.add(trimmed);
        }
        return pricing.localities().stream().filter(l -> wanted.contains(l.id())).toList();
    }

    private static void csv(Writer w, LocalityPricing pricing, List<CodeRows> codes, List<Locality> places,
            List<LocalityGpcis> gpcis) throws IOException {
        w.write(String.join(",", COLUMNS));
        w.write('\n');
        StringBuilder line = new StringBuilder(160);
        for (CodeRows code : codes) {
            for (RvuRow row : code.rows()) {
                if (!row.payable()) continue;
                for (int i = 0; i < places.size(); i++) {
                    Locality l = places.get(i);
                    LocalityPayment p = LocalityPayment.of(row, gpcis.get(i), pricing.release().conversionFactor(),
                            pricing.apmCf());
                    line.setLength(0);
                    line.append(row.code()).append(',').append(row.modifier()).append(',').append(row.status())
                            .append(',').append(l.id()).append(',').append(l.state()).append(',')
                            .append(quote(name(l.name()))).append(',').append(plain(p.nonFacility())).append(',')
                            .append(plain(p.facility())).append(',').append(p.nonFacilityCapped()).append(',')
                            .append(p.facilityCapped()).append(',').append(plain(p.nonFacilityLimiting())).append(',')
                            .append(plain(p.facilityLimiting())).append(',').append(plain(p.nonFacilityApm()))
                            .append(',').append(plain(p.facilityApm())).append('\n');
                    w.append(line);
                }
            }
        }
    }

    private void json(OutputStream stream, LocalityPricing pricing, List<CodeRows> codes, List<Locality> places,
            List<LocalityGpcis> gpcis) throws IOException {
        JsonFactory factory = new JsonFactory();
        JsonGenerator g;
        if (stream == null) {
            g = factory.createGenerator(spec.commandLine().getOut());
        } else {
            g = factory.createGenerator(stream, JsonEncoding.UTF8);
        }
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
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
        for (CodeRows code : codes) {
            for (RvuRow row : code.rows()) {
                if (!row.payable()) continue;
                for (int i = 0; i < places.size(); i++) {
                    Locality l = places.get(i);
                    LocalityPayment p = LocalityPayment.of(row, gpcis.get(i), release.conversionFactor(),
                            pricing.apmCf());
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
                }
            }
        }
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

    /** RFC 4180: a field with a comma or quote is quoted, quotes doubled. */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
