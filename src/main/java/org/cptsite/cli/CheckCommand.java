package org.cptsite.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.cptsite.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cptsite check}: everything build does but write. */
@Command(
        name = "check",
        description = "Load, compute, render and check everything; write nothing.",
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Pipeline.Result r = new Pipeline(inputs.options(null, Inputs.today()), line -> {}).run(false);
        Report.problems(r.problems(), err, ""); // check writes nothing in any case
        if (!r.ok()) return ExitCode.PROBLEMS;
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "ok: %s, %d pages checked, %d warning(s)%n",
                        r.release().id(),
                        r.pages(),
                        r.problems().warningCount());
        return ExitCode.OK;
    }
}
