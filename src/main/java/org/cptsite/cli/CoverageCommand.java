package org.cptsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cptsite.compute.NationalPayment;
import org.cptsite.model.Category;
import org.cptsite.model.CodeContent;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Content;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.Releases;
import org.cptsite.model.RvuRow;
import org.cptsite.pipeline.Pipeline;
import org.cptsite.render.CsvCells;
import org.cptsite.render.MarkdownCells;
import org.cptsite.render.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cptsite coverage}: where editors should write next. The codes without content by category, the
 * best paid first; the content not reviewed since the release came out; content for codes the release
 * does not have.
 */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = "List codes without content (best paid first), content not reviewed since the release, "
                + "and content for codes not in the release.")
final class CoverageCommand implements Callable<Integer> {
    enum Format {
        md,
        csv
    }

    @Mixin
    Inputs inputs;

    @Option(
            names = "--format",
            paramLabel = "md|csv",
            defaultValue = "md",
            description = "Markdown tables or CSV (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    /** A code without content, with the national non-facility payment of its main row (null when none). */
    record Missing(Category category, String code, String descriptor, RvuRow main, BigDecimal payment) {}

    @Override
    public Integer call() throws IOException {
        Problems problems = new Problems();
        Pipeline pipeline = new Pipeline(inputs.options(null, Inputs.today()), line -> {});
        Releases releases = pipeline.loadReleases(problems);
        Content content = pipeline.loadContent(problems);
        Report.problems(problems, spec.commandLine().getErr(), "");
        if (releases == null || content == null || problems.hasErrors()) return ExitCode.PROBLEMS;
        Release release = releases.current(); // coverage is of the newest release given
        List<Missing> missing = missing(release, content);
        List<CodeContent> stale = content.codes().values().stream()
                .filter(c -> release.codes().containsKey(c.code()) && !reviewedSince(c, release.released()))
                .toList();
        // Content for a code CMS deleted keeps its page (and may name successors); content for a code in no
        // given release is a build error.
        List<CodeContent> deleted = new ArrayList<>();
        List<CodeContent> orphans = new ArrayList<>();
        for (CodeContent c : content.codes().values()) {
            Release last = releases.lastWith(c.code());
            if (last == null) orphans.add(c);
            else if (last != release) deleted.add(c);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) csv(out, releases, missing, stale, deleted, orphans);
        else markdown(out, releases, content, missing, stale, deleted, orphans);
        out.flush();
        return ExitCode.OK;
    }

    /** The codes without content: by category, the highest national payment first, unpaid codes last. */
    static List<Missing> missing(Release release, Content content) {
        List<Missing> missing = new ArrayList<>();
        for (CodeRows rows : release.codes().values()) {
            if (content.codes().containsKey(rows.code())) continue;
            NationalPayment p = NationalPayment.of(rows.main(), release.conversionFactor(), null);
            BigDecimal amount = p == null ? null : p.nonFacility() != null ? p.nonFacility() : p.facility();
            missing.add(new Missing(rows.category(), rows.code(), rows.main().description(), rows.main(), amount));
        }
        missing.sort(Comparator.comparing(Missing::category)
                .thenComparing(Missing::payment, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Missing::code));
        return missing;
    }

    /** Reviewed on or after the release date (a release without a date: reviewed at all). */
    static boolean reviewedSince(CodeContent c, LocalDate released) {
        return c.reviewed() != null && (released == null || !c.reviewed().isBefore(released));
    }

    private static void markdown(
            PrintWriter out,
            Releases releases,
            Content content,
            List<Missing> missing,
            List<CodeContent> stale,
            List<CodeContent> deleted,
            List<CodeContent> orphans) {
        Release release = releases.current();
        int total = release.codes().size();
        out.printf(
                Locale.ROOT,
                "# Content coverage of %s%n%n%,d of %,d codes have content.%n",
                release.id(),
                total - missing.size(),
                total);
        out.printf(Locale.ROOT, "%n## Codes without content (%,d), the best paid first%n", missing.size());
        Category current = null;
        for (Missing m : missing) {
            if (m.category() != current) {
                current = m.category();
                Category c = current;
                long n = missing.stream().filter(x -> x.category() == c).count();
                out.printf(
                        Locale.ROOT,
                        "%n### %s (%,d)%n%n| code | CMS descriptor | national payment |%n|---|---|---:|%n",
                        c.defaultTitle(),
                        n);
            }
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s |%n",
                    m.code(),
                    MarkdownCells.text(m.descriptor()),
                    // As the list pages write them: anesthesia (J) and contractor-priced (C) codes are paid, just
                    // not by RVUs x CF, and "not paid" would mislead.
                    m.payment() == null ? Text.noAmount(m.main()) : Text.dollars(m.payment()));
        }
        String since = release.released() == null ? "" : " (" + release.released() + ")";
        out.printf(Locale.ROOT, "%n## Content not reviewed since %s%s (%d)%n", release.id(), since, stale.size());
        if (!stale.isEmpty()) out.printf(Locale.ROOT, "%n| file | reviewed |%n|---|---|%n");
        for (CodeContent c : stale) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %s |%n",
                    MarkdownCells.text(c.file()),
                    c.reviewed() == null ? "never" : c.reviewed());
        }
        if (releases.hasHistory()) {
            out.printf(
                    Locale.ROOT,
                    "%n## Content for codes CMS deleted (%d): their pages are kept; replaced_by names successors%n",
                    deleted.size());
            if (!deleted.isEmpty())
                out.printf(Locale.ROOT, "%n| file | code | last in | replaced by |%n|---|---|---|---|%n");
            for (CodeContent c : deleted) {
                out.printf(
                        Locale.ROOT,
                        "| %s | %s | %s | %s |%n",
                        MarkdownCells.text(c.file()),
                        c.code(),
                        releases.lastWith(c.code()).id(),
                        c.replacedBy().isEmpty() ? "none named" : String.join(", ", c.replacedBy()));
            }
        }
        out.printf(
                Locale.ROOT,
                "%n## Content for codes %s (%d): build and check refuse them%n",
                releases.hasHistory() ? "in no given release" : "not in " + release.id(),
                orphans.size());
        if (!orphans.isEmpty()) out.printf(Locale.ROOT, "%n| file | code |%n|---|---|%n");
        for (CodeContent c : orphans) out.printf(Locale.ROOT, "| %s | %s |%n", MarkdownCells.text(c.file()), c.code());
    }

    /** A CSV row; text cells (descriptors, titles, file names) safe from formula injection ({@link CsvCells}). */
    private static void record(CSVPrinter csv, Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) if (cells[i] instanceof String s) cells[i] = CsvCells.text(s);
        csv.printRecord(cells);
    }

    /**
     * The same lists as the Markdown, one row each; {@code no_amount} says why a code has no national amount
     * (as the list pages do), {@code last_release} and {@code replaced_by} (space-separated) of a deleted code.
     */
    private static void csv(
            PrintWriter out,
            Releases releases,
            List<Missing> missing,
            List<CodeContent> stale,
            List<CodeContent> deleted,
            List<CodeContent> orphans)
            throws IOException {
        CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        record(
                csv,
                "list",
                "category",
                "code",
                "descriptor",
                "national_payment",
                "file",
                "reviewed",
                "no_amount",
                "last_release",
                "replaced_by");
        for (Missing m : missing) {
            record(
                    csv,
                    "no_content",
                    m.category().slug(),
                    m.code(),
                    m.descriptor(),
                    m.payment() == null ? "" : m.payment().toPlainString(),
                    "",
                    "",
                    m.payment() == null ? Text.noAmount(m.main()) : "",
                    "",
                    "");
        }
        for (CodeContent c : stale) {
            record(
                    csv,
                    "not_reviewed",
                    "",
                    c.code(),
                    "",
                    "",
                    c.file(),
                    c.reviewed() == null ? "" : c.reviewed(),
                    "",
                    "",
                    "");
        }
        for (CodeContent c : deleted) {
            record(
                    csv,
                    "deleted_code",
                    "",
                    c.code(),
                    "",
                    "",
                    c.file(),
                    "",
                    "",
                    releases.lastWith(c.code()).id(),
                    String.join(" ", c.replacedBy()));
        }
        for (CodeContent c : orphans) record(csv, "not_in_release", "", c.code(), "", "", c.file(), "", "", "", "");
        csv.flush();
    }
}
