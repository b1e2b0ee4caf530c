package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve} listens on this machine only unless told otherwise, and is relaunched like build. */
class ServeCommandTest {
    @Test
    void bindsToLoopbackByDefault() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertEquals("127.0.0.1", serve.host);
        assertEquals(8000, serve.port);
    }

    @Test
    void runsInTheTunedChildJvm() {
        assertTrue(Relaunch.wanted(new String[] {"serve", "--port", "9000"}, java.util.List.of()));
    }
}
