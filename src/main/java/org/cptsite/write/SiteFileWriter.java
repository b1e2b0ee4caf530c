package org.cptsite.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts each file's bytes into the staging folder, writing as little as it can. Rebuilds are incremental on
 * disk, never in content: every file is rendered and checked as before, but
 * <ul>
 * <li>a file already in the (reused) staging folder with the same bytes stays; a changed one is replaced by
 * a new file;</li>
 * <li>a file not there but in the live site with the same bytes is hard linked from there.</li>
 * </ul>
 * Files are compared byte for byte, never by name or date. A file that may be shared with the live site (a
 * hard link) is never opened for writing: a changed file is unlinked and created anew, so nothing the build
 * does can change a byte of the live site. Where hard links are not supported, files are written.
 *
 * <p>Each file's fingerprint is compared with the live site's file index: a file unchanged since the
 * previous build keeps its bytes and its modification time (a hard link, or a reused file with the same
 * bytes), and a changed one gets a new modification time, so that tools that compare size and time
 * ({@code aws s3 sync}) upload exactly what changed. Thread-safe.
 */
final class SiteFileWriter {
    private final Disk disk;
    /** The live site, to hard link unchanged files from. */
    private final Path live;
    /** The live site's files, to tell what changed. */
    private final FileIndex previous;
    /** What this build wrote, by path: the next file index. */
    private final Map<String, FileIndex.Entry> written = new ConcurrentHashMap<>();
    /** Files may be hard linked from the live site: it is a folder and links work. */
    private volatile boolean linkFromLive;

    private final ThreadLocal<ByteBuffer> readBuffers = new ThreadLocal<>();
    private final ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    });

    /** A writer that may link from the site at {@code live} (described by {@code previous}). */
    SiteFileWriter(Disk disk, Path live, FileIndex previous) {
        this.disk = disk;
        this.live = live;
        this.previous = previous;
        this.linkFromLive = Files.isDirectory(live);
    }

    /**
     * Puts {@code content} at {@code target}, the file {@code rel} of the site. {@code mayExist}: a file may
     * be at {@code target} already (a reused folder, or a file written twice); {@code again}: this build
     * wrote {@code rel} before, so the live site's file is not this content's to link.
     */
    void write(String rel, Path target, byte[] content, boolean mayExist, boolean again) throws IOException {
        String quick = FileIndex.quick(content);
        FileIndex.Entry before = previous.entries().get(rel);
        boolean unchanged = before != null
                && before.size() == content.length
                && before.quick().equals(quick);
        written.put(rel, new FileIndex.Entry(content.length, quick, unchanged ? before.sha256() : sha256(content)));
        if (mayExist && sameBytes(target, content)) {
            // Reused from the site before the live one: changed since the live one, so it is new to sync tools.
            if (!unchanged) Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
        } else {
            if (mayExist) FileTrees.deleteAny(target);
            if (again || !linkFromLive || !linkSame(target, live.resolve(rel), content)) {
                disk.create(target, content);
            }
        }
    }

    /** The index of the files written, for the folder of {@code identity}. */
    FileIndex index(String identity) {
        return new FileIndex(identity, new TreeMap<>(written));
    }

    /** Hard links {@code target} to {@code existing} when that is a regular file with exactly these bytes. */
    private boolean linkSame(Path target, Path existing, byte[] content) throws IOException {
        if (!sameBytes(existing, content)) return false;
        try {
            Files.createLink(target, existing);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            linkFromLive = false; // e.g. a file system without hard links: write every file
            Files.deleteIfExists(target);
            return false;
        }
    }

    private String sha256(byte[] content) {
        MessageDigest md = sha256.get();
        md.reset();
        return HexFormat.of().formatHex(md.digest(content));
    }

    /** Whether {@code file} is a regular file (not a link) holding exactly {@code content}. */
    private boolean sameBytes(Path file, byte[] content) throws IOException {
        BasicFileAttributes a = FileTrees.attributes(file);
        if (a == null || !a.isRegularFile() || a.size() != content.length) return false;
        ByteBuffer buf = readBuffers.get();
        if (buf == null || buf.capacity() < content.length + 1) {
            buf = ByteBuffer.allocateDirect(Math.max(64 * 1024, Integer.highestOneBit(content.length + 1) * 2));
            readBuffers.set(buf);
        }
        // The size matched; read that many bytes (not up to the end, which costs one more read per file).
        buf.clear().limit(content.length);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // read until the expected length, or the end
            }
        } catch (NoSuchFileException e) {
            return false;
        }
        return buf.flip().equals(ByteBuffer.wrap(content));
    }
}
