package org.cptsite;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.cptsite.cli.Main;

/** One run of the command line in the test's JVM: its exit status and what it printed to each stream. */
public record CommandRun(int code, String out, String err) {
    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(code, out.toString(), err.toString());
    }

    public static CommandRun of(List<String> args) {
        return of(args.toArray(String[]::new));
    }

    /**
     * {@code COMMAND --data SAMPLE --content CONTENT --templates TEMPLATES} and {@code more} (--out ...): a run
     * over the fixture's sample release with a content folder of the test's own.
     */
    public static CommandRun onSample(String command, java.nio.file.Path content, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                command,
                "--data",
                Sites.SAMPLE.toString(),
                "--content",
                content.toString(),
                "--templates",
                Sites.TEMPLATES.toString()));
        args.addAll(List.of(more));
        return of(args);
    }

    /** Both streams, for an assertion's message. */
    public String all() {
        return out + "\n" + err;
    }
}
