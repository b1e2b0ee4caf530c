package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code cptsite --version} names the project's version, from the jar the build made. */
class VersionIT {
    @Test
    void theJarPrintsTheProjectsVersion() throws Exception {
        Path jar = Path.of(System.getProperty("project.root"), "target", "cptsite.jar");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--version")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
        assertEquals("cptsite " + System.getProperty("project.version") + "\n", out);
    }

    /** Run from the compiled classes (the tests, an IDE), there is no manifest to read. */
    @Test
    void withoutTheJarItSaysSo() {
        assertEquals("cptsite development", new Main.Version().getVersion()[0]);
    }
}
