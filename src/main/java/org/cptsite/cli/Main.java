package org.cptsite.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cptsite} command. {@link #run} takes its streams and returns the exit code, for tests. */
@Command(
        name = "cptsite",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a static website from a CMS Physician Fee Schedule release and Markdown content.",
        subcommands = {
            BuildCommand.class,
            CheckCommand.class,
            ServeCommand.class,
            NewCommand.class,
            CoverageCommand.class,
            ShowCommand.class,
            PricesCommand.class,
            DiffCommand.class
        })
public final class Main {
    /** The project's version, from the jar's manifest; "development" when run from the compiled classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cptsite " + (version == null ? "development" : version)};
        }
    }

    public static void main(String[] args) {
        OptionalInt child = Relaunch.run(args);
        if (child.isPresent()) System.exit(child.getAsInt());
        Relaunch.exitWithLauncher();
        Relaunch.deleteDirectives();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        OutOfMemory.install();
        try {
            System.exit(run(args, out, err));
        } catch (Error e) {
            if (!OutOfMemory.causedBy(e)) throw e;
            err.flush();
            OutOfMemory.exit(System.err);
        }
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // build is the default command: "cptsite" and "cptsite --data X" mean "cptsite build ...".
        boolean named = args.length > 0 && !args[0].startsWith("-");
        boolean topLevelFlag = args.length == 1
                && Arrays.asList("-h", "--help", "-V", "--version").contains(args[0]);
        String[] effective = named || topLevelFlag ? args : prepend("build", args);
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            throw e; // a bug, not bad input: let the stack trace show
        });
        int code = cli.execute(effective);
        out.flush();
        err.flush();
        return code;
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
