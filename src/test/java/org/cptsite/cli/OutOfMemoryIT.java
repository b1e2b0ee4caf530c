package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cptsite.RealData;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heap too small for the releases given: a message with the heap's size and a larger one to start with, exit
 * status 1, no stack trace, and {@code serve} ends too (its threads kept the JVM running after the error).
 */
class OutOfMemoryIT {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @Test
    void aFullHeapIsAProblemWithItsFixNotAStackTrace(@TempDir Path tmp) throws Exception {
        Path rvu26 = RealData.dir("rvu26");
        for (String command : List.of("check", "serve")) {
            List<String> args = new ArrayList<>(List.of(command, "--data", rvu26.toString()));
            args.addAll(List.of("--content", Sites.CONTENT.toString(), "--templates", Sites.TEMPLATES.toString()));
            if (command.equals("serve")) args.addAll(List.of("--port", String.valueOf(freePort())));
            Path log = tmp.resolve(command + ".log");
            // A heap of its own (the JVM then runs the command itself): too small for a release of ~17,000 codes.
            List<String> java = new ArrayList<>(List.of(
                    JAVA.toString(), "-Xmx16m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            java.addAll(args);
            Process p = new ProcessBuilder(java)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean ended = p.waitFor(90, TimeUnit.SECONDS);
            if (!ended) p.destroyForcibly().waitFor();
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(ended, () -> command + " did not end: " + out);
            assertEquals(ExitCode.PROBLEMS, p.exitValue(), out);
            assertTrue(out.contains("cptsite: error: out of memory: the Java heap ("), out);
            assertTrue(out.contains("  fix: ") && out.contains("-Xmx512m -jar cptsite.jar"), out);
            assertFalse(out.contains("\tat ") || out.contains("Exception in thread"), out);
        }
    }

    @Test
    void theLargerHeapItSuggestsIsTwiceTheFullOne() {
        assertTrue(OutOfMemory.message(256L << 20).contains("heap (256 MB) is full"));
        assertTrue(OutOfMemory.message(256L << 20).contains("java -Xmx512m -jar"));
        assertTrue(OutOfMemory.message(1000L << 20).contains("java -Xmx2048m -jar"));
        assertTrue(OutOfMemory.message(24L << 20).contains("java -Xmx512m -jar"));
    }

    @Test
    void anErrorTheFullHeapCausedIsTheFullHeap() {
        assertTrue(OutOfMemory.causedBy(new OutOfMemoryError()));
        assertTrue(OutOfMemory.causedBy(new BootstrapMethodError(new OutOfMemoryError())));
        assertTrue(OutOfMemory.causedBy(new ExceptionInInitializerError(new OutOfMemoryError())));
        // A class whose initialiser ran out, used again later (its cause is made by the JVM, named only).
        assertTrue(OutOfMemory.causedBy(new NoClassDefFoundError("Could not initialize class org.cptsite.render.Json")
                .initCause(new ExceptionInInitializerError(
                        "Exception java.lang.OutOfMemoryError: Java heap space [in thread \"Thread-1\"]"))));
        assertFalse(OutOfMemory.causedBy(new NoClassDefFoundError("org/cptsite/Missing")));
        // The same without a cause (the class failed on another thread): the heap tells a full heap from a bug.
        NoClassDefFoundError initialiserFailed = new NoClassDefFoundError("Could not initialize class org.cptsite.X");
        assertTrue(OutOfMemory.causedBy(initialiserFailed, () -> true));
        assertFalse(OutOfMemory.causedBy(initialiserFailed, () -> false));
        assertFalse(OutOfMemory.causedBy(initialiserFailed), "this test's heap is not full");
        assertFalse(OutOfMemory.causedBy(new NoClassDefFoundError("org/cptsite/Missing"), () -> true));
        assertFalse(OutOfMemory.causedBy(new StackOverflowError()));
        assertFalse(OutOfMemory.causedBy(new IllegalStateException(new RuntimeException())));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
