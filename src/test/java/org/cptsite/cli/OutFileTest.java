package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --out FILE of prices and diff: folders refused, files replaced whole, a failed write keeps the old file. */
class OutFileTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private boolean write(Path out, OutFile.Body body) {
        return OutFile.write(out, "diff.md", body, new PrintWriter(err, true));
    }

    @Test
    void aFolderIsRefusedAndLeftAsItWas() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("reports"));
        Files.writeString(folder.resolve("mine.txt"), "keep");
        assertFalse(write(folder, s -> s.write(1)));
        assertTrue(
                err.toString()
                        .contains("error: cannot write " + folder + ": it is a folder; --out names the file to "
                                + "write\n  fix: name a file, e.g. --out " + folder.resolve("diff.md")),
                err::toString);
        try (var s = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("mine.txt")), s.toList());
        }
    }

    @Test
    void aMissingFolderIsNamed() {
        Path out = tmp.resolve("no/such/diff.md");
        assertFalse(write(out, s -> s.write(1)));
        assertTrue(
                err.toString().contains("error: cannot write " + out + ": its folder does not exist"), err::toString);
    }

    @Test
    void theFileIsReplacedWholeAndAFailedWriteKeepsThePreviousOne() throws IOException {
        Path out = tmp.resolve("diff.md");
        assertTrue(write(out, s -> s.write("first".getBytes(StandardCharsets.UTF_8))));
        assertEquals("first", Files.readString(out));
        assertFalse(write(out, s -> {
            s.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("first", Files.readString(out));
        assertTrue(err.toString().contains("error: cannot write " + out + ": No space left on device"), err::toString);
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(out), s.toList(), "no partial file is left");
        }
    }
}
