package org.cptsite.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs {@code build}, {@code check} and {@code serve} in a child JVM with options suited to a short batch job on a small
 * machine, when cptsite was started without JVM options (a plain {@code java -jar cptsite.jar ...}).
 *
 * <p>A jar cannot choose its JVM's options, and the defaults cost a full build about twice the CPU and five
 * times the memory on 2 cores: G1 sizes its heap by the machine's memory (1.5 GB peak RSS where 300 MB is
 * live) and runs threads of its own, and C2 spends ~10 CPU seconds compiling code that runs for ~20. The
 * serial collector, and the C1 compiler for all but a few loops ({@link HotLoops}), do the same work with
 * less of both.
 * <p>A JVM started with options of its own ({@code java -Xmx2g -jar ...}, or options from
 * {@code JDK_JAVA_OPTIONS}) runs the command itself: whoever chose the options meant them.
 */
final class Relaunch {
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC");
    /**
     * Transparent huge pages, where the kernel offers them: on a virtual machine the first touch of new memory
     * costs ~5 ms per MB in 4 KB pages, and a build touches ~250 MB; in 2 MB pages it is a few % faster.
     */
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    private static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    /**
     * The class data archive {@code mvn package} makes beside the jar ({@code cptsite.jsa} for cptsite.jar, from
     * a check of the sample release): the child maps the classes it needs (Freemarker, Jackson, flexmark...)
     * instead of loading and verifying them, ~0.3 s of a build. A JVM that cannot use it (another JVM version,
     * a rebuilt jar) ignores it; the log options keep that quiet.
     */
    static final String ARCHIVE_SUFFIX = ".jsa";

    static final List<String> ARCHIVE_OPTIONS = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /**
     * {@code serve} runs for hours: its live data is ~70 MB for the 2026 release (with the page cache), but
     * the serial collector would let the heap grow by what pages leave behind (~370 MB in a walk of every
     * page). A cap keeps it near what it needs.
     */
    static final List<String> SERVE_OPTIONS = List.of("-Xmx256m");
    /**
     * {@code build} and {@code check} load the releases (~25 MB each) and keep them, and what the checks and the
     * sitemap gather, to the end; a page's garbage dies before the next collection. An object that survives one
     * young collection is kept, so it goes to the old generation at once, instead of being copied between the
     * survivor spaces first: the collector's CPU, during which both cores wait, is halved (0.7 s to 0.35 s for
     * two releases), for ~15 MB more heap. Metaspace past its initial 21 MB cost a full collection (~0.1 s).
     */
    static final List<String> BATCH_OPTIONS = List.of("-XX:MaxTenuringThreshold=0", "-XX:MetaspaceSize=64m");
    /** Set on the child, so that it does not relaunch again. */
    static final String CHILD = "cptsite.relaunched";
    /** Set on the child: its compiler directives file, which it deletes once started (see {@link HotLoops}). */
    static final String DIRECTIVES = "cptsite.directives";

    private Relaunch() {}

    /** The child's exit status, or empty when this JVM should run the command itself. */
    static OptionalInt run(String[] args) {
        if (Boolean.getBoolean(CHILD)
                || !wanted(args, ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            return OptionalInt.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) return OptionalInt.empty();
        Path directives = withHotLoops(args) ? HotLoops.write() : null;
        Process child;
        try {
            String classPath = System.getProperty("java.class.path");
            // Standard input is a pipe from this JVM, not the terminal: the child watches it to die with us.
            child = new ProcessBuilder(
                            command(java, classPath, args, hugePagesOffered(), archiveBeside(classPath), directives))
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            delete(directives);
            return OptionalInt.empty(); // no JVM to start: run in this one
        }
        // Stopped (Ctrl-C, kill), this JVM stops the child too; otherwise the child's exit status is the result.
        Thread stopChild = new Thread(() -> {
            child.destroy();
            delete(directives);
        });
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                int status = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stopChild);
                delete(directives);
                return OptionalInt.of(status);
            } catch (InterruptedException e) {
                // keep waiting: the child decides when the command is over
            }
        }
    }

    /**
     * Only build gains from the hot loops (SHA-256 and the {@code lastmod} fingerprint are its own): check was
     * 2-5% slower with them, and serve's first page came 0.6 s later. Both run C1 alone.
     */
    static boolean withHotLoops(String[] args) {
        return commandName(args).equals("build");
    }

    /** The command's name: build when none is given. */
    private static String commandName(String[] args) {
        return args.length == 0 || args[0].startsWith("-") ? "build" : args[0];
    }

    private static boolean isServe(String[] args) {
        return commandName(args).equals("serve");
    }

    private static void delete(Path file) {
        try {
            if (file != null) Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file: the system's cleaning takes it
        }
    }

    /**
     * In the child: ends this JVM when the launcher is gone. A launcher killed with {@code kill -9} runs no
     * shutdown hook, so it cannot stop the child; but the system closes its end of the child's standard
     * input, which the child reads to the end here. Without this the child would go on and swap in a site
     * after the command was killed.
     */
    static void exitWithLauncher() {
        if (!Boolean.getBoolean(CHILD)) return;
        Thread watch = new Thread(
                () -> {
                    try {
                        while (System.in.read() >= 0) {
                            // the launcher writes nothing; read until it is gone
                        }
                    } catch (IOException e) {
                        // closed: gone too
                    }
                    Runtime.getRuntime().halt(ExitCode.PROBLEMS);
                },
                "cptsite-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * In the child: deletes the compiler directives file, which the JVM read as it started. The launcher
     * deletes it too when the child ends, but a launcher killed with {@code kill -9} cannot. Only a file
     * {@link HotLoops#write} could have made is deleted.
     */
    static void deleteDirectives() {
        String file = System.getProperty(DIRECTIVES);
        if (!Boolean.getBoolean(CHILD) || file == null || !HotLoops.isDirectivesFile(Path.of(file))) return;
        delete(Path.of(file));
    }

    /** Whether to relaunch: a build, check or serve (build is the default command), in a JVM started without options. */
    static boolean wanted(String[] args, List<String> jvmOptions) {
        if (!jvmOptions.isEmpty()) return false;
        String command = commandName(args);
        List<String> all = List.of(args);
        boolean informational =
                all.contains("-h") || all.contains("--help") || all.contains("-V") || all.contains("--version");
        return (command.equals("build") || command.equals("check") || command.equals("serve")) && !informational;
    }

    /** Whether the kernel offers transparent huge pages to a JVM that asks (madvise) or to all (always). */
    private static boolean hugePagesOffered() {
        try {
            return hugePagesOffered(Files.readString(HUGE_PAGES_SETTING));
        } catch (IOException | RuntimeException e) {
            return false; // not Linux, or no such setting: without them, the JVM would print a warning
        }
    }

    /** From the kernel's setting, e.g. "always [madvise] never": the selected value is in brackets. */
    static boolean hugePagesOffered(String setting) {
        return setting.contains("[always]") || setting.contains("[madvise]");
    }

    /** The class data archive beside the jar the class path is, if there is one; else null. */
    static Path archiveBeside(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) return null;
        Path archive = Path.of(classPath.substring(0, classPath.length() - ".jar".length()) + ARCHIVE_SUFFIX);
        return Files.isRegularFile(archive) ? archive : null;
    }

    /**
     * The child's command line: the same class path and arguments, with {@link #JVM_OPTIONS} and, when the
     * kernel offers them, {@link #HUGE_PAGES}; with the class data archive when there is one (else null); with
     * the compiler directives of {@link HotLoops} when they could be written (else null: C1 only).
     */
    static List<String> command(
            Path java, String classPath, String[] args, boolean hugePages, Path archive, Path directives) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(directives == null ? HotLoops.WITHOUT : HotLoops.options(directives));
        command.addAll(isServe(args) ? SERVE_OPTIONS : BATCH_OPTIONS);
        if (hugePages) command.add(HUGE_PAGES);
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.addAll(ARCHIVE_OPTIONS);
        }
        if (directives != null) command.add("-D" + DIRECTIVES + "=" + directives);
        command.add("-D" + CHILD + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }
}
