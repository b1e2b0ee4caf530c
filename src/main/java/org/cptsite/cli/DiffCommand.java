package org.cptsite.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cptsite.compute.ReleaseDiff;
import org.cptsite.load.ReleasesLoader;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.Releases;
import org.cptsite.render.DiffReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cptsite diff --from PATH --to PATH}: codes added, deleted and changed between two releases. */
@Command(
        name = "diff",
        description = "Codes added, deleted and changed (field by field) between two releases.",
        mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "PATH", required = true, description = "the older release (zip or folder)")
    Path from;

    @Option(names = "--to", paramLabel = "PATH", required = true, description = "the newer release (zip or folder)")
    Path to;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "md",
            description = "md, csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (default: standard output)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("md", "csv", "json").contains(fmt)) {
            err.println("error: --format " + format + " is not md, csv or json");
            return ExitCode.USAGE;
        }
        Problems problems = new Problems();
        ReleasesLoader loader = new ReleasesLoader(problems);
        Releases older = one(loader.load(List.of(from)), "--from", from, problems);
        Releases newer = older == null ? null : one(loader.load(List.of(to)), "--to", to, problems);
        if (newer != null && older.current().id().equals(newer.current().id())) {
            problems.error(
                    to.toString(),
                    0,
                    "--from and --to are the same release, " + named(newer.current()),
                    "give the older release as --from and the newer one as --to");
        } else if (newer != null && Releases.ORDER.compare(older.current(), newer.current()) > 0) {
            problems.error(
                    to.toString(),
                    0,
                    "--to is " + named(newer.current()) + ", older than --from's " + named(older.current()),
                    "swap --from and --to: the diff goes from the older release to the newer one");
        }
        Report.problems(problems, err, "; nothing was compared");
        if (older == null || newer == null || problems.hasErrors()) return ExitCode.PROBLEMS;
        ReleaseDiff diff = ReleaseDiff.of(older.current(), newer.current());
        byte[] bytes =
                switch (fmt) {
                    case "json" -> DiffReport.json(diff);
                    case "csv" -> DiffReport.csv(diff);
                    default -> DiffReport.markdown(diff);
                };
        if (out == null) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(new String(bytes, StandardCharsets.UTF_8));
            o.flush();
            return ExitCode.OK;
        }
        return OutFile.write(out, "diff." + fmt, List.of(from, to), stream -> stream.write(bytes), err)
                ? ExitCode.OK
                : ExitCode.PROBLEMS;
    }

    /** {@code releases} when it holds one release; else null, with the problem (a folder of several releases). */
    private static Releases one(Releases releases, String option, Path path, Problems problems) {
        if (releases == null || releases.all().size() == 1) return releases;
        problems.error(
                path.toString(),
                0,
                option + " holds " + releases.all().size() + " releases ("
                        + String.join(
                                ", ", releases.all().stream().map(Release::id).toList())
                        + "); diff compares one release with another",
                "give " + option + " the folder or zip of one release");
        return null;
    }

    private static String named(Release r) {
        return r.id() + (r.released() == null ? "" : " (released " + r.released() + ")");
    }
}
