package org.cptsite.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cptsite.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cptsite build}: the whole site into --out, atomically. */
@Command(name = "build", description = "Build the site (the default command).", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "site",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Pipeline.Result r = new Pipeline(inputs.options(out, Inputs.today()), line -> {
                    err.println("cptsite: " + line);
                    err.flush();
                })
                .run(true);
        Report.problems(r.problems(), err);
        if (!r.ok()) return ExitCode.PROBLEMS;
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "built %s from %s: %d pages, %d files, %.1f MB in %.1f s, %d warning(s)%n",
                        out,
                        r.release().id(),
                        r.pages(),
                        r.files(),
                        r.bytes() / 1e6,
                        seconds,
                        r.problems().warningCount());
        return ExitCode.OK;
    }
}
