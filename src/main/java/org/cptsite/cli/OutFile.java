package org.cptsite.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.cptsite.write.WriteFailed;

/**
 * The {@code --out FILE} of a command that writes one file ({@code prices}, {@code diff}): a folder is refused,
 * and so is a file inside the command's inputs (a release, the content, the templates), which the output would
 * replace; the file is written beside and renamed over {@code --out} at the end, so a failed write (a full
 * disk, a read-only folder) leaves the previous file as it was.
 */
final class OutFile {
    /** What goes into the file. */
    interface Body {
        void writeTo(OutputStream stream) throws IOException;
    }

    private OutFile() {}

    /**
     * False, with the reason and a fix on {@code err}, when nothing could be written; {@code inputs} are the
     * command's input files and folders.
     */
    static boolean write(Path out, String exampleName, List<Path> inputs, Body body, PrintWriter err) {
        Path abs = out.toAbsolutePath();
        if (abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
            err.println("error: cannot write " + out + ": "
                    + (Files.exists(abs.getParent())
                            ? abs.getParent() + " is a file, not a folder"
                            : "its folder does not exist"));
            err.println("  fix: create the folder first, or choose another --out");
            return false;
        }
        Path input = inputHolding(abs, inputs);
        if (input != null) {
            err.println("error: cannot write " + out + ": it is in " + input + ", an input of this command, which the"
                    + " output would replace");
            err.println("  fix: choose an --out outside the releases, the content and the templates, e.g. --out "
                    + exampleName + "; nothing was written");
            return false;
        }
        if (Files.isDirectory(out)) {
            err.println("error: cannot write " + out + ": it is a folder; --out names the file to write");
            err.println("  fix: name a file, e.g. --out " + out.resolve(exampleName) + "; the folder was not touched");
            return false;
        }
        Path partial = abs.resolveSibling("." + abs.getFileName() + ".partial");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                body.writeTo(stream);
            }
            Files.move(partial, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the write already failed; its reason is what the user needs
            }
            err.println("error: cannot write " + out + ": " + WriteFailed.reason(e));
            err.println("  fix: free space on that disk or make the folder writable, or choose another --out");
            return false;
        }
    }

    /** The input that is {@code file} or holds it, by real paths (links followed); null when none does. */
    static Path inputHolding(Path file, List<Path> inputs) {
        Path real = real(file);
        for (Path input : inputs) {
            Path in = real(input.toAbsolutePath());
            if (real.startsWith(in)) return input;
        }
        return null;
    }

    /** The real path of {@code path}, or of its nearest existing folder with the rest appended. */
    private static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }
}
