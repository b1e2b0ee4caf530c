package org.cptsite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cptsite.compute.NationalPayment;
import org.cptsite.load.Suggest;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.Releases;
import org.cptsite.model.RvuRow;
import org.cptsite.pipeline.Pipeline;
import org.cptsite.render.Text;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cptsite new CODE}: starts {@code content/codes/CODE.md} with every front-matter key and section
 * heading, and the code's current figures as a comment to write from. Never overwrites a file.
 */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Start the content file of a code: content/codes/CODE.md with every key and section.")
final class NewCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Parameters(paramLabel = "CODE", description = "a code of the release, e.g. 38900")
    String code;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        Path file = inputs.content.resolve("codes").resolve(wanted + ".md");
        Path existing = existing(inputs.content.resolve("codes"), wanted + ".md");
        if (existing != null) {
            err.println(Problem.error(
                            existing.toString(), 0, "already exists", "edit it; cptsite new never overwrites a file")
                    .format());
            return ExitCode.PROBLEMS;
        }
        Problems problems = new Problems();
        Releases releases = new Pipeline(inputs.options(null, Inputs.today()), line -> {}).loadReleases(problems);
        Report.problems(problems, err, "; no file was written");
        if (releases == null || problems.hasErrors()) return ExitCode.PROBLEMS;
        // A code of the newest release given, or one CMS deleted: its page is kept, and its content may name
        // its successors.
        Release current = releases.current();
        Release release = releases.lastWith(wanted);
        if (release == null) {
            err.println(Problem.error(
                            "",
                            0,
                            "code " + code + " is not in release " + current.id()
                                    + (releases.hasHistory() ? " nor in an older release given" : ""),
                            Suggest.nearest(wanted, current.codes().keySet())
                                            .map(c -> "did you mean " + c + "? ")
                                            .orElse("")
                                    + "give a code of the release (--data)")
                    .format());
            return ExitCode.PROBLEMS;
        }
        CodeRows rows = release.codes().get(wanted);
        String text = template(rows, release, release == current ? null : current);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            err.println(Problem.error(
                            file.toString(),
                            0,
                            "cannot be written: " + e.getMessage(),
                            "check the folder's permissions")
                    .format());
            return ExitCode.PROBLEMS;
        }
        spec.commandLine().getOut().println("wrote " + file);
        return ExitCode.OK;
    }

    /** A file of that name anywhere under the codes folder (sub-folders are allowed), or null. */
    private static Path existing(Path codes, String name) {
        if (!Files.isDirectory(codes)) return null;
        try (var files = Files.walk(codes)) {
            return files.filter(p -> p.getFileName().toString().equals(name))
                    .findFirst()
                    .orElse(null);
        } catch (IOException | java.io.UncheckedIOException e) {
            return null; // unreadable: CREATE_NEW below still never overwrites
        }
    }

    /**
     * The new file: keys and headings to fill in, the figures of the release as YAML comments. For a code the
     * current release ({@code notIn}) lacks, also the key that names its successors.
     */
    static String template(CodeRows rows, Release release, @Nullable Release notIn) {
        RvuRow main = rows.main();
        NationalPayment pay = NationalPayment.of(main, release.conversionFactor(), null);
        StringBuilder md = new StringBuilder("---\n");
        md.append("# ")
                .append(rows.code())
                .append(" in ")
                .append(release.id())
                .append(": ")
                .append(main.description())
                .append('\n');
        md.append("# status ")
                .append(main.status())
                .append(", global ")
                .append(main.global().days())
                .append(", work RVU ")
                .append(main.rvus().work().toPlainString())
                .append(", total RVUs ")
                .append(main.rvus().nonFacilityTotal().toPlainString())
                .append(" non-facility / ")
                .append(main.rvus().facilityTotal().toPlainString())
                .append(" facility\n");
        md.append("# national payment: ")
                .append(
                        pay == null
                                ? main.anesthesia()
                                        ? "by base and time units (anesthesia)"
                                        : main.contractorPriced()
                                                ? Text.contractorPricing(main) + ", no national amount"
                                                : "not paid under the fee schedule"
                                : dollars(pay.nonFacility()) + " non-facility, " + dollars(pay.facility())
                                        + " facility, at CF "
                                        + release.conversionFactor().toPlainString())
                .append('\n');
        if (notIn != null) {
            md.append("# deleted: not in ")
                    .append(notIn.id())
                    .append("; name the codes that replace it (codes of ")
                    .append(notIn.id())
                    .append("), e.g. [\"70450\"]\n");
            md.append("replaced_by: []\n");
        }
        md.append("title: \n");
        md.append("synonyms: []\n");
        md.append("summary: >-\n  \n");
        md.append("plain_language: >-\n  \n");
        md.append("specialties: []\n");
        md.append("reviewed: \n");
        md.append("reviewer: \n");
        md.append("---\n## Clinical context\n\n\n## Billing and documentation\n\n\n## FAQ\n\n### \n\n");
        return md.toString();
    }

    private static String dollars(java.math.BigDecimal amount) {
        return amount == null ? "NA (not expected)" : org.cptsite.render.Text.dollars(amount);
    }
}
