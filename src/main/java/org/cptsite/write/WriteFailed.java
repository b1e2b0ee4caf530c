package org.cptsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The disk refused a write (full, read-only, ...): not a bug, so the pipeline reports it as a problem with
 * the path. Thrown from the writer's {@code file}, which rendering threads call, hence unchecked.
 */
public final class WriteFailed extends UncheckedIOException {
    private final transient Path path;

    public WriteFailed(Path path, IOException cause) {
        super("cannot write " + path + ": " + reason(cause), cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** What went wrong, in words: the system's reason ("No space left on device") where it gave one. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
