package org.cptsite.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules alone, with chosen current and home folders (OutputFolderIT runs them through a build). */
class OutputRulesTest {
    @TempDir
    Path tmp;

    private String refusal(Path out, Path cwd, Path home) {
        OutputRules.Refusal r =
                OutputRules.refusal(out, List.of(new OutputRules.Input("content", tmp.resolve("in/c"))), cwd, home);
        return r == null ? null : r.message();
    }

    @Test
    void theCurrentFolderAndTheFoldersAboveIt() {
        Path elsewhere = tmp.resolve("elsewhere");
        assertEquals("--out names the current folder", refusal(tmp.resolve("w"), tmp.resolve("w"), elsewhere));
        assertEquals(
                "--out names the current folder or one that holds it",
                refusal(tmp.resolve("w"), tmp.resolve("w/a/b"), elsewhere));
        assertEquals(
                "--out names a folder that holds your home folder",
                refusal(tmp.resolve("h"), elsewhere, tmp.resolve("h/me")));
        assertNull(refusal(tmp.resolve("site"), tmp.resolve("w"), elsewhere));
    }

    @Test
    void twoNamesOfOneFolderAreTheSameFolder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/c"));
        Path alias = Files.createSymbolicLink(tmp.resolve("alias"), tmp.resolve("in"));
        assertEquals(
                "--out names a folder that holds the content folder " + in,
                refusal(alias.resolve("."), tmp.resolve("w"), tmp.resolve("home")));
    }
}
