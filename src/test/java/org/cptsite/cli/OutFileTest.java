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
        return write(out, List.of(), body);
    }

    private boolean write(Path out, List<Path> inputs, OutFile.Body body) {
        return OutFile.write(out, "diff.md", inputs, body, new PrintWriter(err, true));
    }

    @Test
    void aFileInsideAnInputIsRefusedAndLeftAsItWas() throws IOException {
        Path release = Files.createDirectories(tmp.resolve("data/rvu26"));
        Path pprrvu = Files.writeString(release.resolve("PPRRVU2026.csv"), "the release");
        Path zip = Files.writeString(tmp.resolve("rvu25d.zip"), "a zip");
        Files.createSymbolicLink(tmp.resolve("link"), release);
        for (Path out : List.of(pprrvu, release.resolve("new.md"), zip, tmp.resolve("link/PPRRVU2026.csv"))) {
            assertFalse(write(out, List.of(release, zip), s -> s.write(1)), out::toString);
            assertTrue(err.toString().contains("error: cannot write " + out + ": it is in "), err::toString);
            assertTrue(err.toString().contains("an input of this command, which the output would replace"));
        }
        assertEquals("the release", Files.readString(pprrvu));
        assertEquals("a zip", Files.readString(zip));
        assertFalse(Files.exists(release.resolve("new.md")));
        // Beside the inputs is fine.
        assertTrue(write(tmp.resolve("data/diff.md"), List.of(release, zip), s -> s.write(1)), err::toString);
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
        Path file = tmp.resolve("afile");
        assertTrue(write(file, s -> s.write(1)));
        assertFalse(write(file.resolve("diff.md"), s -> s.write(1)));
        assertTrue(err.toString().contains(": " + file + " is a file, not a folder"), err::toString);
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
