package org.cptsite.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cptsite.compute.LocalityPricing;
import org.cptsite.load.Suggest;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Locality;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.Releases;
import org.cptsite.model.RvuRow;
import org.cptsite.model.SiteSettings;
import org.cptsite.pipeline.Pipeline;
import org.cptsite.render.PriceExport;
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
@Command(
        name = "prices",
        mixinStandardHelpOptions = true,
        description =
                "Write the Medicare amounts of codes in localities (CSV or JSON), like CMS's payment amount file.")
final class PricesCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Option(
            names = "--codes",
            paramLabel = "LIST",
            split = ",",
            description = "codes to price, comma-separated, e.g. 38900,70473 (default: every code)")
    List<String> codes;

    @Option(
            names = "--locality",
            paramLabel = "ID",
            split = ",",
            description =
                    "locality as MAC-locality, e.g. 10112-00; comma-separated for several (default: every locality)")
    List<String> localityIds;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "csv",
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
        // Prices need the releases and site.yml's settings (the work GPCI floor, the qualifying APM CF), not the
        // pages' content: a content file's problem is no reason to refuse them.
        Problems problems = new Problems();
        Pipeline pipeline = new Pipeline(inputs.options(null, Inputs.today()), line -> {});
        SiteSettings settings = pipeline.loadSettings(problems);
        Releases releases = settings == null ? null : pipeline.loadReleases(settings, problems);
        Report.problems(problems, err, "; no prices were written");
        if (releases == null || problems.hasErrors()) return ExitCode.PROBLEMS;
        LocalityPricing pricing = new LocalityPricing(releases.current(), settings);

        List<CodeRows> chosen = chosenCodes(releases, err);
        List<Locality> places = chosenLocalities(pricing, err);
        if (chosen == null || places == null) return ExitCode.PROBLEMS;
        PriceExport export = new PriceExport(pricing, chosen, places);
        if (out == null) {
            write(null, fmt, export);
            return ExitCode.OK;
        }
        List<Path> read = new ArrayList<>(Pipeline.releasePaths(inputs.options(null, Inputs.today()), settings));
        read.add(inputs.content);
        read.add(inputs.templates);
        return OutFile.write(out, "prices." + fmt, read, stream -> write(stream, fmt, export), err)
                ? ExitCode.OK
                : ExitCode.PROBLEMS;
    }

    /** The prices as CSV or JSON, to {@code stream} in UTF-8, or to standard output when it is null. */
    private void write(OutputStream stream, String fmt, PriceExport export) throws IOException {
        Writer w = stream == null
                ? spec.commandLine().getOut()
                : new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        if (fmt.equals("csv")) export.csv(w);
        else export.json(w);
        w.flush();
    }

    /**
     * The named codes in release order, or every code; null (after saying why) when one is not in the current
     * release.
     */
    private List<CodeRows> chosenCodes(Releases releases, PrintWriter err) {
        Release current = releases.current();
        var all = current.codes();
        if (codes == null || codes.isEmpty()) return List.copyOf(all.values());
        Set<String> wanted = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        boolean deleted = false;
        for (String c : codes) {
            String code = c.trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) continue;
            Release last = releases.lastWith(code);
            if (last == current) {
                wanted.add(code);
            } else if (last != null) {
                // A code CMS deleted keeps its page, so a user may well ask for it: say where its figures are.
                deleted = true;
                err.println("error: code " + code + " is not in release " + current.id() + ": CMS deleted it after "
                        + last.id());
                err.println("  fix: prices gives the current release's amounts, at its GPCIs; for " + last.id()
                        + "'s, run prices with --data naming that release alone");
            } else {
                unknown.add(c.trim());
            }
        }
        if (!unknown.isEmpty()) {
            err.println("error: " + (unknown.size() == 1 ? "code " : "codes ") + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is" : " are") + " not in release " + current.id()
                    + (releases.hasHistory() ? " nor in an older release given" : ""));
            err.println("  fix: give CPT or HCPCS codes of the release, comma-separated, e.g. --codes 38900,71046");
        }
        if (!unknown.isEmpty() || deleted) return null;
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
                String near = Suggest.nearest(
                                trimmed,
                                pricing.localities().stream().map(Locality::id).toList())
                        .orElse(null);
                err.println("error: locality " + trimmed + " is not in the GPCI file of release "
                        + pricing.release().id() + (near == null ? "" : "; did you mean " + near + "?"));
                err.println("  fix: give the locality as MAC-locality with their leading zeros, e.g. --locality "
                        + (pricing.localities().isEmpty()
                                ? "10112-00"
                                : pricing.localities().get(0).id()));
                return null;
            }
            wanted.add(trimmed);
        }
        return pricing.localities().stream()
                .filter(l -> wanted.contains(l.id()))
                .toList();
    }
}
