package org.cptsite.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The writes that can fail for reasons outside the build (a full disk, a read-only folder): creating a file
 * and renaming a folder. One seam, so that tests can make them fail where a real full disk cannot be had.
 */
public interface Disk {
    /** The real file system. */
    Disk REAL = new Disk() {};

    /** Creates a new file: never writes into an existing one, which may be a hard link into the live site. */
    default void create(Path target, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(content);
            while (b.hasRemaining()) ch.write(b);
        }
    }

    /** Renames a file or folder, atomically. */
    default void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether the folder's entries can be created, removed and renamed by this process. */
    default boolean writable(Path folder) {
        return Files.isWritable(folder);
    }
}
