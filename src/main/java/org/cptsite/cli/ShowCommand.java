package org.cptsite.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cptsite.compute.CodeFacts;
import org.cptsite.compute.CodeHistory;
import org.cptsite.compute.Figures;
import org.cptsite.compute.Indicators;
import org.cptsite.compute.NationalPayment;
import org.cptsite.compute.SiteFacts;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Problems;
import org.cptsite.model.RvuRow;
import org.cptsite.pipeline.Pipeline;
import org.cptsite.render.JsonTwin;
import org.cptsite.render.NoComparisonText;
import org.cptsite.render.Text;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cptsite show CODE}: a code's merged record and every computed figure. */
@Command(name = "show", description = "Show one code's record and computed figures.", mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Parameters(paramLabel = "CODE", description = "a CPT or HCPCS code, e.g. 38900")
    String code;

    @Option(names = "--json", description = "print the code's JSON twin")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Problems problems = new Problems();
        String wanted = code.trim().toUpperCase(java.util.Locale.ROOT);
        Pipeline pipeline = new Pipeline(inputs.options(null, Inputs.today()), line -> {});
        // A file with an error is left out of the content; nothing show prints depends on another code's.
        SiteFacts siteFacts = pipeline.facts(
                problems,
                p -> pipeline.inCodeFile(p)
                        && !Path.of(p.file()).getFileName().toString().equalsIgnoreCase(wanted + ".md"));
        Report.errorsAndWarningCount(problems, spec.commandLine().getErr());
        if (siteFacts == null) return ExitCode.PROBLEMS;
        if (problems.hasErrors()) {
            // An editor looking at one code is not stopped by a colleague's broken file; build still is.
            spec.commandLine()
                    .getErr()
                    .println("these errors are in other codes' files, left out; " + wanted
                            + " is shown without them (build and check stop at them)");
        }
        LinkedSite site = siteFacts.site();
        CodeEntry entry = site.code(wanted);
        if (entry == null) {
            spec.commandLine()
                    .getErr()
                    .println("error: code " + code + " is not in release "
                            + site.release().id()
                            + (site.releases().hasHistory() ? " nor in an older release given" : ""));
            return ExitCode.PROBLEMS;
        }
        var settings = site.content().settings();
        // The same facts the code's page shows: its comparisons include its range's.
        CodeFacts facts = siteFacts.code(entry);
        CodeHistory history = CodeHistory.of(entry.code(), site.releases());
        if (json) {
            out.print(new String(
                    JsonTwin.indented(entry, facts, history, settings.baseUrl(), settings.showCmsDescriptors()),
                    StandardCharsets.UTF_8));
        } else {
            print(out, entry, facts, site);
            if (history.deleted())
                out.printf(
                        Locale.ROOT,
                        "deleted:   not in %s; last in %s%n",
                        site.release().id(),
                        history.last().id());
            for (Figures p : history.points()) {
                out.printf(
                        Locale.ROOT,
                        "history:   %s  CF %s  work %s  total-nf %s  total-f %s  pay-nf %s  pay-f %s%n",
                        p.release().id(),
                        p.release().conversionFactor().toPlainString(),
                        p.work(),
                        p.nonFacilityTotal(),
                        p.facilityTotal(),
                        amount(p, p.nonFacilityPayment()),
                        amount(p, p.facilityPayment()));
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** An amount of the rows' table as the page prints it ("$1,232.08"), "(OPPS cap)" after one the cap lowered; or "NA". */
    private static String paid(@Nullable BigDecimal amount, boolean capped) {
        return amount == null ? "NA" : Text.dollars(amount) + (capped ? " (OPPS cap)" : "");
    }

    /** As the page's history table has it: why there is no amount ("Contractor priced"), "NA" or the amount. */
    private static String amount(Figures p, BigDecimal amount) {
        return !p.row().payable() ? Text.noAmount(p.row()) : amount == null ? "NA" : Text.dollars(amount);
    }

    /** What the code's content file gives the page besides its sections. */
    private static void printContent(PrintWriter out, org.cptsite.model.CodeContent c) {
        out.printf(Locale.ROOT, "title:     %s (%s)%n", c.title(), c.file());
        if (!c.synonyms().isEmpty()) out.printf(Locale.ROOT, "synonyms:  %s%n", String.join(", ", c.synonyms()));
        if (!c.specialties().isEmpty()) {
            out.printf(Locale.ROOT, "specialties: %s%n", String.join(", ", c.specialties()));
        }
        if (c.reviewed() != null) {
            out.printf(
                    Locale.ROOT,
                    "reviewed:  %s%s%n",
                    c.reviewed(),
                    c.reviewer().isEmpty() ? "" : " by " + c.reviewer());
        }
        if (!c.replacedBy().isEmpty()) {
            out.printf(Locale.ROOT, "replaced by: %s%n", String.join(", ", c.replacedBy()));
        }
    }

    private static void print(PrintWriter out, CodeEntry e, CodeFacts f, LinkedSite site) {
        out.printf(Locale.ROOT, "%s  %s%n", e.code(), e.rows().main().description());
        if (e.content() != null) printContent(out, e.content());
        out.printf(
                Locale.ROOT,
                "category:  %s%s%n",
                e.category().defaultTitle(),
                e.range() == null
                        ? ""
                        : ", " + e.range().label() + " " + e.range().name());
        out.printf(
                Locale.ROOT,
                "release:   %s, CF %s, qualifying APM CF %s%n",
                e.release().id(),
                f.conversionFactor().toPlainString(),
                f.qualifyingApmCf() == null ? "-" : f.qualifyingApmCf());
        out.println("rows:      mod  work  pe-nf  pe-f  mp  total-nf  total-f  pay-nf  pay-f");
        for (int i = 0; i < e.rows().rows().size(); i++) {
            RvuRow r = e.rows().rows().get(i);
            NationalPayment p = f.payments().get(i);
            RvuRow.Rvus v = r.rvus();
            out.printf(
                    Locale.ROOT,
                    "           %-6s %s  %s%s  %s%s  %s  %s  %s  %s  %s%n",
                    r.modifierLabel(),
                    v.work(),
                    v.nonFacilityPe(),
                    v.nonFacilityNa() ? "(NA)" : "",
                    v.facilityPe(),
                    v.facilityNa() ? "(NA)" : "",
                    v.malpractice(),
                    v.nonFacilityTotal(),
                    v.facilityTotal(),
                    p == null ? Text.noAmount(r) : paid(p.nonFacility(), p.nonFacilityCapped()),
                    p == null ? Text.noAmount(r) : paid(p.facility(), p.facilityCapped()));
        }
        int width = f.indicators().stream()
                .mapToInt(d -> d.name().length() + 1)
                .max()
                .orElse(0);
        for (Indicators.Decoded d : f.indicators())
            out.printf(Locale.ROOT, "%-" + width + "s %s  %s%n", d.name() + ":", d.value(), d.meaning());
        // As the page's table: the category, then the code's range and its global period.
        for (var c : f.comparisons()) {
            out.printf(
                    Locale.ROOT,
                    "comparison: percentile %d of %d %s codes, %sx %s the median %s; top %s (%s)%n",
                    c.percentile(),
                    c.size(),
                    c.population(),
                    c.ratio(),
                    c.direction().word(),
                    Text.median(c.median()),
                    c.max(),
                    c.maxCode());
        }
        if (f.comparisons().isEmpty()) out.println("comparison: " + NoComparisonText.of(f));
    }
}
