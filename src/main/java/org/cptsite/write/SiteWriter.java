package org.cptsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.cptsite.render.BasePath;
import org.cptsite.render.Output;
import org.cptsite.render.Urls;

/**
 * Writes the site into a staging folder beside the output folder and swaps it in only when the whole
 * build has succeeded, so a failed build leaves the previous site exactly as it was.
 *
 * <p>Rebuilds are incremental on disk, never in content: every file is rendered and checked as before,
 * but a file whose bytes are already on disk is not written again.
 * <ul>
 * <li>After the swap the previous site is kept beside the output as {@code .NAME.old} instead of being
 * deleted (deleting ~50,000 files and folders costs more than the whole build on some disks). The next
 * build renames it to its staging folder and reuses it: a file with the same bytes stays, a changed one is
 * replaced by a new file, and whatever the build did not produce is removed before the swap.</li>
 * <li>A file that is not in the staging folder but is in the current site with the same bytes is hard
 * linked from there instead of written.</li>
 * </ul>
 * Files are compared byte for byte, never by name or date. A file that may be shared with the live site
 * (a hard link) is never opened for writing: a changed file is unlinked and created anew, so nothing the
 * build does can change a byte of the live site. Where hard links are not supported, files are written.
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

    private final Path out;
    private final Path staging;
    private final Path old;
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

    public SiteWriter(Path out, String baseUrl, LocalDate today) {
        this(out, baseUrl, today, new Precompression(Set.of()));
    }

    /** With {@code precompression}: .gz/.br files beside the text files (precompress in site.yml). */
    public SiteWriter(Path out, String baseUrl, LocalDate today, Precompression precompression) {
        this.precompression = precompression;
        this.out = out.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
        this.today = today;
        this.staging = this.out.resolveSibling("." + this.out.getFileName() + ".staging");
        this.old = this.out.resolveSibling("." + this.out.getFileName() + ".old");
        try {
            if (isFolder(staging)) {
                base = Base.STAGING; // left over from a build that failed or was killed
            } else if (isFolder(old)) {
                Files.deleteIfExists(staging);
                Files.move(old, staging, StandardCopyOption.ATOMIC_MOVE);
                base = Base.OLD;
            } else {
                Files.deleteIfExists(staging);
                Files.createDirectories(staging);
                base = Base.NONE;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
        linkFromOut = Files.isDirectory(this.out);
        if (base != Base.NONE) {
            try {
                found.put("", list(staging));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + staging, e);
            }
        }
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
            boolean mayExist = base != Base.NONE || again;
            if (mayExist && sameBytes(target, content)) {
                kept.increment();
            } else {
                if (mayExist) deleteAny(target);
                if (!again && linkFromOut && linkSame(target, out.resolve(rel), content)) {
                    linked.increment();
                } else {
                    create(target, content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
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

    /** Creates a new file: never writes into an existing one, which may be a hard link into the live site. */
    private static void create(Path target, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(content);
            while (b.hasRemaining()) ch.write(b);
        }
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

    /** Writes the sitemap, robots.txt and manifest, then swaps the staging folder in for the output. */
    public void commit() throws IOException {
        Sitemap sitemap = new Sitemap(baseUrl, today, Manifest.read(out));
        Manifest manifest = sitemap.lastmods(pages);
        // sitemap.xml, or past 50,000 URLs a sitemap index and its parts sitemap-1.xml, sitemap-2.xml, ...
        sitemap.files(manifest).forEach((name, xml) -> file(name, xml.getBytes(StandardCharsets.UTF_8)));
        file("robots.txt", ("User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "/sitemap.xml\n")
                .getBytes(StandardCharsets.UTF_8));
        file(Manifest.FILE, manifest.text().getBytes(StandardCharsets.UTF_8));
        file(Headers.FILE, Headers.of(BasePath.of(baseUrl), files));
        if (base != Base.NONE) removeUnwritten();
        if (Files.exists(old, NOFOLLOW)) deleteTree(old); // beside a left-over staging folder: rare
        if (Files.exists(out, NOFOLLOW)) Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        // The previous site stays as .NAME.old for the next build to reuse.
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
                    else Files.move(staging, old, StandardCopyOption.ATOMIC_MOVE);
                }
                case STAGING -> { } // it was there before this build
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
