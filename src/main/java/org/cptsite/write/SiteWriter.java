package org.cptsite.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.cptsite.render.BasePath;
import org.cptsite.render.Output;
import org.cptsite.render.Urls;

/**
 * Writes the site into a staging folder in the working folder ({@link OutputFolder}) and swaps it in for
 * the output folder only when the whole build has succeeded, so a failed build leaves the previous site
 * exactly as it was.
 *
 * <p>Rebuilds are incremental on disk, never in content: every file is rendered and checked as before,
 * but a file whose bytes are already on disk is not written again.
 * <ul>
 * <li>After the swap the previous site is kept in the working folder as {@code old} instead of being
 * deleted (deleting ~50,000 files and folders costs more than the whole build on some disks). The next
 * build renames it to its staging folder and reuses it: a file with the same bytes stays, a changed one is
 * replaced by a new file, and whatever the build did not produce is removed before the swap.</li>
 * <li>A file that is not in the staging folder but is in the current site with the same bytes is hard
 * linked from there instead of written.</li>
 * </ul>
 * Files are compared byte for byte, never by name or date. A file that may be shared with the live site
 * (a hard link) is never opened for writing: a changed file is unlinked and created anew, so nothing the
 * build does can change a byte of the live site. Where hard links are not supported, files are written.
 * <p>Each file's fingerprint is compared with the live site's file index: a file unchanged since the
 * previous build keeps its bytes and its modification time (a hard link, or a reused file with the same
 * bytes), and a changed one gets a new modification time, so that tools that compare size and time
 * ({@code aws s3 sync}) upload exactly what changed. The deploy manifest lists both.
 */
public final class SiteWriter implements Output {
    /** Where the staging folder came from. */
    private enum Base {
        /** Created empty by this build. */
        NONE,
        /** The staging folder of a build that failed or was killed. */
        STAGING,
        /** The site before the current one, kept by the last build. */
        OLD
    }

    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private final OutputFolder output;
    private final Disk disk;
    private final Path out;
    private final Path staging;
    private final Path old;
    /** The live site's files, to tell what changed. */
    private final FileIndex previous;
    /** What this build wrote, by path: the next file index. */
    private final Map<String, FileIndex.Entry> written = new ConcurrentHashMap<>();
    private final String baseUrl;
    private final LocalDate today;
    private final Precompression precompression;
    private final Base base;
    /** Files may be hard linked from the current site: it is a folder and links work. */
    private volatile boolean linkFromOut;
    /** Page URL to the hash of its main content, for the sitemap's lastmod. */
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    /** What this build put in the staging folder: paths relative to it, '/'-separated, normalised. */
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Set<String> dirs = ConcurrentHashMap.newKeySet();
    /**
     * For a reused staging folder: what each of its folders held when this build first came to it (while
     * rendering, in parallel), so that what the build did not write can be removed at the end without
     * listing ~17,000 folders again.
     */
    private final Map<String, List<String>> found = new ConcurrentHashMap<>();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder count = new LongAdder();
    private final LongAdder kept = new LongAdder();
    private final LongAdder linked = new LongAdder();
    private final ThreadLocal<ByteBuffer> readBuffers = new ThreadLocal<>();
    private final ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    });

    /**
     * Prepares the staging folder of a claimed output folder; with {@code precompression}, .gz/.br files
     * beside the text files (precompress in site.yml).
     */
    public SiteWriter(OutputFolder folder, String baseUrl, LocalDate today, Precompression precompression)
            throws IOException {
        this.output = folder;
        this.disk = folder.disk();
        this.out = folder.out();
        this.precompression = precompression;
        this.baseUrl = baseUrl;
        this.today = today;
        this.staging = folder.staging();
        this.old = folder.old();
        this.previous = folder.previousFiles();
        if (isFolder(staging)) {
            base = Base.STAGING; // left over from a build that failed or was killed
        } else if (isFolder(old)) {
            Files.deleteIfExists(staging);
            disk.move(old, staging);
            base = Base.OLD;
        } else {
            Files.deleteIfExists(staging);
            Files.createDirectories(staging);
            base = Base.NONE;
        }
        linkFromOut = Files.isDirectory(this.out);
        if (base != Base.NONE) found.put("", list(staging));
    }

    @Override
    public void page(String url, byte[] html) {
        pages.put(url, Sitemap.contentHash(html));
        file(Urls.file(url), html);
    }

    @Override
    public void file(String path, byte[] content) {
        String rel = relative(path);
        Path target = staging.resolve(rel);
        boolean again = !files.add(rel);
        try {
            int slash = rel.lastIndexOf('/');
            if (slash > 0) folder(rel.substring(0, slash));
            String quick = FileIndex.quick(content);
            FileIndex.Entry before = previous.entries().get(rel);
            boolean unchanged = before != null && before.size() == content.length && before.quick().equals(quick);
            written.put(rel, new FileIndex.Entry(content.length, quick, unchanged ? before.sha256() : sha256(content)));
            boolean mayExist = base != Base.NONE || again;
            if (mayExist && sameBytes(target, content)) {
                kept.increment();
                // Reused from the site before the live one: changed since the live one, so it is new to sync tools.
                if (!unchanged) Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            } else {
                if (mayExist) deleteAny(target);
                if (!again && linkFromOut && linkSame(target, out.resolve(rel), content)) {
                    linked.increment();
                } else {
                    disk.create(target, content);
                }
            }
        } catch (IOException e) {
            throw new WriteFailed(target, e);
        }
        bytes.add(content.length);
        count.increment();
        precompression.variants(path, content, this::file);
    }

    /** {@code path} relative to the site root, normalised, '/'-separated; it must stay inside the site. */
    private static String relative(String path) {
        String p = path;
        while (p.startsWith("/")) p = p.substring(1);
        boolean plain = !p.isEmpty() && !p.endsWith("/") && !p.contains("//") && !p.equals(".") && !p.equals("..")
                && !p.startsWith("./") && !p.startsWith("../") && !p.contains("/./") && !p.contains("/../")
                && !p.endsWith("/.") && !p.endsWith("/..");
        if (plain) return p;
        Path n = Path.of(p).normalize();
        String s = n.toString().replace(n.getFileSystem().getSeparator(), "/");
        if (s.isEmpty() || s.equals("..") || s.startsWith("../")) {
            throw new IllegalArgumentException("not a path inside the site: " + path);
        }
        return s;
    }

    /** Makes sure {@code rel} is a real folder in the staging folder, once per folder and build. */
    private void folder(String rel) throws IOException {
        if (dirs.contains(rel)) return;
        int slash = rel.lastIndexOf('/');
        if (slash > 0) folder(rel.substring(0, slash));
        Path dir = staging.resolve(rel);
        if (base == Base.NONE) {
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(dir, NOFOLLOW)) throw e;
            }
        } else {
            BasicFileAttributes a = attributes(dir);
            if (a != null && a.isDirectory()) {
                found.put(rel, list(dir));
            } else { // missing, or a file or link where the folder goes
                if (a != null) deleteAny(dir);
                try {
                    Files.createDirectory(dir);
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isDirectory(dir, NOFOLLOW)) throw e;
                    found.put(rel, list(dir));
                }
            }
        }
        dirs.add(rel);
    }

    /** Hard links {@code target} to {@code existing} when that is a regular file with exactly these bytes. */
    private boolean linkSame(Path target, Path existing, byte[] content) throws IOException {
        if (!sameBytes(existing, content)) return false;
        try {
            Files.createLink(target, existing);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            linkFromOut = false; // e.g. a file system without hard links: write every file
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
        BasicFileAttributes a = attributes(file);
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

    private static BasicFileAttributes attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Writes the sitemap and robots.txt, and the records of the new site (lastmod manifest, file index, deploy
     * manifest) in the working folder; then swaps the staging folder in for the output by two renames. When
     * the second fails, the first is undone: the previous site stays live.
     */
    public void commit() throws IOException {
        Sitemap sitemap = new Sitemap(baseUrl, today, output.previousLastmods());
        Manifest manifest = sitemap.lastmods(pages);
        // sitemap.xml, or past 50,000 URLs a sitemap index and its parts sitemap-1.xml, sitemap-2.xml, ...
        sitemap.files(manifest).forEach((name, xml) -> file(name, xml.getBytes(StandardCharsets.UTF_8)));
        file(SiteFiles.ROBOTS, SiteFiles.robots(baseUrl));
        file(Headers.FILE, Headers.of(BasePath.of(baseUrl), files));
        if (base != Base.NONE) removeUnwritten();
        FileIndex index = new FileIndex(OutputFolder.identity(staging), new TreeMap<>(written));
        output.writePending(Map.of(OutputFolder.LASTMODS, manifest.text(), OutputFolder.FILES, index.text(),
                OutputFolder.DEPLOY, DeployManifest.text(index, previous)));
        if (Files.exists(old, NOFOLLOW)) deleteTree(old); // beside a left-over staging folder: rare
        boolean hadSite = Files.exists(out, NOFOLLOW);
        try {
            if (hadSite) disk.move(out, old);
            try {
                disk.move(staging, out);
            } catch (IOException e) {
                if (hadSite) disk.move(old, out);
                throw e;
            }
        } catch (IOException e) {
            output.dropPending();
            throw e;
        }
        // The previous site stays as old for the next build to reuse.
        try {
            output.promotePending();
        } catch (IOException e) {
            // The site is live; the next build finds the records under their pending names and keeps them.
        }
    }

    /**
     * Removes from a reused staging folder everything this build did not write. Whatever was there is in
     * {@link #found}: every folder the build uses was listed when first used, and anything else hangs off
     * one of them (at worst the root).
     */
    private void removeUnwritten() throws IOException {
        for (Map.Entry<String, List<String>> e : found.entrySet()) {
            String prefix = e.getKey().isEmpty() ? "" : e.getKey() + "/";
            for (String name : e.getValue()) {
                String r = prefix + name;
                if (!files.contains(r) && !dirs.contains(r)) deleteAny(staging.resolve(r));
            }
        }
    }

    private static List<String> list(Path dir) throws IOException {
        List<String> names = new ArrayList<>(4);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) names.add(p.getFileName().toString());
        }
        return names;
    }

    /** Drops the staging folder; the output folder was never touched. */
    public void abort() {
        try {
            switch (base) {
                case NONE -> deleteTree(staging);
                case OLD -> {
                    // Give the reused folder back, for the next build to reuse again.
                    if (Files.exists(old, NOFOLLOW)) deleteTree(staging);
                    else disk.move(staging, old);
                }
                case STAGING -> { } // it was there before this build
            }
        } catch (IOException e) {
            // What is left is in the working folder, and the next build reuses or removes it.
        }
    }

    public long bytesWritten() {
        return bytes.sum();
    }

    public int filesWritten() {
        return count.intValue();
    }

    /** Files that were already in the staging folder with the right bytes. */
    public int filesKept() {
        return kept.intValue();
    }

    /** Files hard linked from the previous site. */
    public int filesLinked() {
        return linked.intValue();
    }

    private static void deleteAny(Path p) throws IOException {
        try {
            Files.delete(p);
        } catch (NoSuchFileException e) {
            // already gone
        } catch (DirectoryNotEmptyException e) {
            deleteTree(p);
        }
    }

    private static boolean isFolder(Path p) {
        return Files.isDirectory(p, NOFOLLOW);
    }

    /** Deletes a file, link or folder tree; links are deleted, never followed. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, NOFOLLOW)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
