package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve} listens on this machine only unless told otherwise, and is relaunched like build. */
class ServeCommandIT {
    @Test
    void bindsToLoopbackByDefault() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertEquals("127.0.0.1", serve.host);
        assertEquals(8000, serve.port);
    }

    @Test
    void aPortOutOfRangeIsAUsageErrorNotAStackTrace() {
        for (String port : new String[] {"99999", "-1", "65536"}) {
            org.cptsite.CommandRun r = org.cptsite.CommandRun.of("serve", "--port", port);
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().startsWith("--port " + port + " is not a port: give one from 1 to 65535"), r.err());
            assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void runsInTheTunedChildJvm() {
        String[] args = {"serve", "--port", "9000"};
        assertTrue(Relaunch.wanted(args, java.util.List.of()));
        assertTrue(Relaunch.command(java.nio.file.Path.of("java"), "cptsite.jar", args, false, null, null)
                .containsAll(Relaunch.SERVE_OPTIONS));
        assertTrue(!Relaunch.command(
                        java.nio.file.Path.of("java"), "cptsite.jar", new String[] {"build"}, false, null, null)
                .containsAll(Relaunch.SERVE_OPTIONS));
        assertTrue(
                !Relaunch.command(java.nio.file.Path.of("java"), "cptsite.jar", args, false, null, null)
                        .contains("-XX:MaxTenuringThreshold=0"),
                "serve runs for hours: what survives a collection is not all kept");
        assertTrue(Relaunch.command(
                        java.nio.file.Path.of("java"), "cptsite.jar", new String[] {"build"}, false, null, null)
                .containsAll(Relaunch.BATCH_OPTIONS));
        assertTrue(!Relaunch.withHotLoops(args), "serve's first page comes sooner with C1 alone");
        assertTrue(
                Relaunch.withHotLoops(new String[] {"build"}) && Relaunch.withHotLoops(new String[] {"--data", "x"}));
        assertTrue(!Relaunch.withHotLoops(new String[] {"check"}), "check was 2-5% slower with them");
    }
}
