package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelaunchIT {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @Test
    void relaunchesBuildAndCheckOnlyInAJvmWithoutOptions() {
        List<String> none = List.of();
        assertTrue(Relaunch.wanted(new String[0], none), "build is the default command");
        assertTrue(Relaunch.wanted(new String[] {"--data", "x"}, none));
        assertTrue(Relaunch.wanted(new String[] {"build", "--out", "y"}, none));
        assertTrue(Relaunch.wanted(new String[] {"check"}, none));
        assertFalse(Relaunch.wanted(new String[] {"show", "38900"}, none), "show is too short to gain");
        assertFalse(Relaunch.wanted(new String[] {"prices", "38900"}, none));
        assertFalse(Relaunch.wanted(new String[] {"build", "--help"}, none));
        assertFalse(Relaunch.wanted(new String[] {"--version"}, none));
        assertFalse(Relaunch.wanted(new String[] {"build"}, List.of("-Xmx2g")), "options chosen by the user stay");
    }

    @Test
    void childHasTheOptionsTheClassPathAndTheArguments() {
        List<String> command =
                Relaunch.command(JAVA, "a.jar", new String[] {"check", "--data", "d d"}, false, null, null);
        assertEquals(
                List.of(
                        JAVA.toString(),
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:MaxTenuringThreshold=0",
                        "-XX:MetaspaceSize=64m",
                        "-Dcptsite.relaunched=true",
                        "-cp",
                        "a.jar",
                        "org.cptsite.cli.Main",
                        "check",
                        "--data",
                        "d d"),
                command);
        assertEquals(
                List.of(
                        JAVA.toString(),
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:MaxTenuringThreshold=0",
                        "-XX:MetaspaceSize=64m",
                        "-XX:+UseTransparentHugePages",
                        "-Dcptsite.relaunched=true",
                        "-cp",
                        "a.jar",
                        "org.cptsite.cli.Main",
                        "check"),
                Relaunch.command(JAVA, "a.jar", new String[] {"check"}, true, null, null));
        assertEquals(
                List.of(
                        JAVA.toString(),
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:MaxTenuringThreshold=0",
                        "-XX:MetaspaceSize=64m",
                        "-XX:SharedArchiveFile=t/a.jsa",
                        "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off",
                        "-Dcptsite.relaunched=true",
                        "-cp",
                        "t/a.jar",
                        "org.cptsite.cli.Main"),
                Relaunch.command(JAVA, "t/a.jar", new String[0], false, Path.of("t/a.jsa"), null));
        assertEquals(
                List.of(
                        JAVA.toString(),
                        "-XX:+UseSerialGC",
                        "-XX:+UnlockDiagnosticVMOptions",
                        "-XX:CompilerDirectivesFile=t/jit.json",
                        "-XX:-DisplayVMOutput",
                        "-XX:Tier4InvocationThreshold=300",
                        "-XX:Tier4MinInvocationThreshold=50",
                        "-XX:Tier4CompileThreshold=500",
                        "-XX:Tier4BackEdgeThreshold=2000",
                        "-XX:MaxTenuringThreshold=0",
                        "-XX:MetaspaceSize=64m",
                        "-Dcptsite.directives=t/jit.json",
                        "-Dcptsite.relaunched=true",
                        "-cp",
                        "a.jar",
                        "org.cptsite.cli.Main"),
                Relaunch.command(JAVA, "a.jar", new String[0], false, null, Path.of("t/jit.json")),
                "with the directives, C2 compiles the hot loops: no TieredStopAtLevel");
    }

    @Test
    void classDataArchiveBesideTheJar(@TempDir Path tmp) throws IOException {
        Path jar = Files.createFile(tmp.resolve("cptsite.jar"));
        assertEquals(null, Relaunch.archiveBeside(jar.toString()), "no archive yet");
        Path archive = Files.createFile(tmp.resolve("cptsite.jsa"));
        assertEquals(archive, Relaunch.archiveBeside(jar.toString()));
        assertEquals(null, Relaunch.archiveBeside(jar + java.io.File.pathSeparator + "other.jar"), "not one jar");
        assertEquals(null, Relaunch.archiveBeside(tmp.resolve("classes").toString()), "not a jar");
    }

    @Test
    void hugePagesWhereTheKernelOffersThem() {
        assertTrue(Relaunch.hugePagesOffered("always [madvise] never\n"));
        assertTrue(Relaunch.hugePagesOffered("[always] madvise never\n"));
        assertFalse(Relaunch.hugePagesOffered("always madvise [never]\n"));
        assertFalse(Relaunch.hugePagesOffered(""));
    }

    /** A real {@code java ... Main check} without options: it runs in a child JVM with the options, and its status is passed on. */
    @Test
    void plainJvmRunsTheCommandInATunedChild() throws Exception {
        Run ok = run(sample("check"));
        assertEquals(0, ok.status, ok.output);
        assertTrue(ok.output.contains("ok: RVU26A"), ok.output);
        // (The command line as the OS reports it may be cut short within the long class path.)
        assertTrue(
                ok.childCommands.stream()
                        .anyMatch(
                                c -> c.contains("-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxTenuringThreshold=0 ")
                                        && c.contains(" -Dcptsite.relaunched=true")),
                "no child JVM with the options was seen");

        Run bad = run("check", "--data", "no/such/release");
        assertEquals(ExitCode.PROBLEMS, bad.status, bad.output);
        assertTrue(bad.output.contains("no/such/release"), bad.output);
    }

    /**
     * A real build: its child has the compiler directives of the hot loops, says nothing of them, and the
     * temporary file of the directives is gone when the build is.
     */
    @Test
    void buildRunsWithTheHotLoopsDirectives(@TempDir Path tmp) throws Exception {
        Run ok = run(sample("build", "--out", tmp.resolve("site").toString()));
        assertEquals(0, ok.status, ok.output);
        List<String> files = ok.childCommands.stream()
                .filter(c -> c.contains(" -Dcptsite.relaunched=true"))
                .map(c -> c.replaceAll(".*-XX:CompilerDirectivesFile=(\\S+).*", "$1"))
                .filter(f -> !f.contains(" "))
                .toList();
        assertFalse(files.isEmpty(), "no child JVM with the directives was seen: " + ok.childCommands);
        // HotSpot prints how many directives it added; the child's options keep that out of the output.
        assertFalse(ok.output.contains("directives"), ok.output);
        for (String f : files) assertFalse(Files.exists(Path.of(f)), f + " was left behind");
    }

    /**
     * {@code kill -9} of the launcher (which runs no shutdown hook) ends the child too: it does not go on to
     * swap in a site after the command was killed.
     */
    @Test
    void killingTheLauncherEndsTheChild(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        Path log = tmp.resolve("build.log");
        List<String> command = new ArrayList<>(
                List.of(JAVA.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(sample("build", "--out", site.toString())));
        Process launcher = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ProcessHandle child = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (child == null
                    || !Files.readString(log, StandardCharsets.UTF_8).contains("rendering")) {
                assertTrue(
                        launcher.isAlive() && System.nanoTime() < deadline,
                        () -> "no child rendering: " + Sites.read(log));
                child = launcher.children().findFirst().orElse(null);
                Thread.sleep(10);
            }
        } finally {
            launcher.destroyForcibly().waitFor();
        }
        ProcessHandle orphan = child;
        String directives =
                orphan.info().commandLine().orElse("").replaceAll(".*-D" + Relaunch.DIRECTIVES + "=(\\S+).*", "$1");
        assertTrue(waitForExit(orphan, 20), "the child JVM outlived its launcher");
        assertFalse(Files.exists(site), "a site was swapped in after the command was killed");
        // The launcher, killed, could not delete the directives file: the child did as it started.
        if (HotLoops.isDirectivesFile(Path.of(directives))) {
            assertFalse(Files.exists(Path.of(directives)), directives + " was left behind");
        }
    }

    private static boolean waitForExit(ProcessHandle p, int seconds) throws Exception {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            p.destroyForcibly();
            return false;
        }
    }

    /** {@code command} on the fixture site, then {@code more}. */
    private static String[] sample(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(Sites.sampleOptions());
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private record Run(int status, String output, Set<String> childCommands) {}

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(JAVA.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("relaunch", ".log");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Set<String> children = ConcurrentHashMap.newKeySet();
            while (p.isAlive()) {
                p.descendants().forEach(d -> d.info().commandLine().ifPresent(children::add));
                Thread.sleep(20);
            }
            return new Run(p.waitFor(), Files.readString(log, StandardCharsets.UTF_8), children);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
