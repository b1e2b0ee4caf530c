package org.cptsite.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.cptsite.model.DesktopFiles;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;

/**
 * The output folder of a build, claimed for it: a safe place to write (see {@link OutputRules}), a site
 * cptsite built or an empty folder, and locked against other builds.
 *
 * <p>Everything the build keeps for itself lives in one working folder beside the output,
 * {@code .cptsite/NAME/}, never in the folder that gets deployed: the staging folder, the previous site kept
 * for reuse ({@code old}), the lastmod manifest, the file index that recognises the site, the deploy manifest
 * and the lock file. The build moves and deletes nothing outside the output and this folder.
 *
 * <p>A folder is recognised as a site cptsite built by the file index in the working folder, which names the
 * folder's identity (its file key: device and inode), or by the manifest that cptsite 1.0 kept inside the
 * site. Records are written before the swap under a {@code .new} name and renamed after it; a build killed in
 * between leaves them to the next build, which keeps them exactly when their identity is the live site's.
 */
public final class OutputFolder implements AutoCloseable {
    /** The working folder's name, beside the output folder. */
    public static final String WORK = ".cptsite";

    static final String LOCK = "lock";
    static final String FILES = "files.tsv";
    static final String LASTMODS = "manifest.tsv";
    static final String DEPLOY = "deploy-manifest.json";
    static final String PENDING = ".new";
    /** The records that describe the live site, written together. */
    private static final List<String> RECORDS = List.of(LASTMODS, DEPLOY, FILES);

    private final Path out;
    private final Path work;
    private final Disk disk;
    private final FileChannel lockFile;
    private final FileLock lock;
    /** The file index read when the folder was claimed (empty when there was none), read once per build. */
    private final FileIndex claimedIndex;

    /** The output folder as the user named it, for messages. */
    private final String named;
    /** What was added inside the site's folders since its last build, looked into meanwhile; null: nothing to. */
    private final FutureTask<List<String>> addedInside;

    private boolean insideChecked;

    private OutputFolder(
            String named,
            Path out,
            Path work,
            Disk disk,
            FileChannel lockFile,
            FileLock lock,
            FileIndex claimedIndex,
            FutureTask<List<String>> addedInside) {
        this.named = named;
        this.addedInside = addedInside;
        if (addedInside != null) {
            Thread t = new Thread(addedInside, "cptsite-added-inside");
            t.setDaemon(true);
            t.start();
        }
        this.claimedIndex = claimedIndex;
        this.out = out;
        this.work = work;
        this.disk = disk;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Claims {@code out} for a build, or returns null after adding the reason to {@code problems}; then
     * nothing was created, moved or deleted. {@code inputs} are the folders the build reads.
     */
    public static OutputFolder claim(Path out, Map<String, Path> inputs, Disk disk, Problems problems) {
        String named = out.toString();
        FileIndex index = FileIndex.EMPTY;
        FutureTask<List<String>> inside = null;
        List<OutputRules.Input> in = new ArrayList<>();
        inputs.forEach((kind, path) -> in.add(new OutputRules.Input(kind, path)));
        OutputRules.Refusal r = OutputRules.refusal(out, in, Path.of(""), Path.of(System.getProperty("user.home")));
        Path abs = out.toAbsolutePath().normalize();
        Path work = r != null
                ? null
                : abs.resolveSibling(WORK).resolve(abs.getFileName().toString());
        try {
            boolean holdsFiles = r == null && Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS) && !isEmpty(abs);
            // The last build's file index: every file a site of ours may hold.
            LastIndex last = holdsFiles ? lastIndex(abs, work) : null;
            index = last == null ? FileIndex.EMPTY : last.index();
            Set<String> top = topOf(index); // all a site of ours may hold at its top
            if (holdsFiles && !isSite(abs, work, top)) {
                r = new OutputRules.Refusal(
                        "--out names a folder that is not empty and was not built by cptsite",
                        "choose a new or empty folder, e.g. --out site; cptsite writes only into folders it built, "
                                + "because the build replaces the whole folder. Nothing was touched");
            }
            List<String> foreign = r == null && holdsFiles ? foreign(abs, top) : List.of();
            if (!foreign.isEmpty()) r = notOurs(foreign, named);
            if (r == null && !index.entries().isEmpty()) {
                FileTime written = Files.getLastModifiedTime(last.file());
                inside = new FutureTask<>(() -> AddedInside.of(abs, last.index(), written));
            }
        } catch (IOException e) {
            r = new OutputRules.Refusal(
                    "cannot read the output folder: " + WriteFailed.reason(e),
                    "check the folder's permissions, or choose another --out");
        }
        if (r != null) {
            problems.error(named, 0, r.message(), r.fix());
            return null;
        }
        Path parent = abs.getParent();
        for (Path p : new Path[] {parent, abs}) {
            if (Files.isDirectory(p) && !disk.writable(p)) {
                problems.error(
                        p.toString(),
                        0,
                        "the folder is read-only; the build renames the output folder in "
                                + "it and keeps its working folder " + WORK + " beside the output",
                        "make it writable (chmod u+w " + p + "), or choose --out in a folder you can write to. "
                                + "Nothing was touched");
                return null;
            }
        }
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS) && MountPoints.is(abs)) {
            problems.error(
                    named,
                    0,
                    "--out names a mount point (a volume, a tmpfs, a share): the build makes the new site beside the "
                            + "output folder and swaps the two by renaming, which the system refuses for a mount point",
                    "build into a folder inside it (--out " + abs.resolve("site")
                            + ") and serve or upload that one, or mount the folder above it. Nothing was touched");
            return null;
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(work);
            channel = FileChannel.open(work.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // another build in this JVM holds it
            }
            if (lock == null) {
                channel.close();
                problems.error(
                        named,
                        0,
                        "another cptsite build is writing this folder (it holds the lock " + work.resolve(LOCK) + ")",
                        "wait for that build to finish, or stop it; a lock left by a "
                                + "build that was killed is released by the system and taken over. Nothing was touched");
                return null;
            }
            OutputFolder folder = new OutputFolder(named, abs, work, disk, channel, lock, index, inside);
            folder.settlePending();
            return folder;
        } catch (IOException e) {
            try {
                if (channel != null) channel.close();
            } catch (IOException ignored) {
                // closing releases the lock; nothing else to undo
            }
            problems.error(
                    work.toString(),
                    0,
                    "cannot create cptsite's working folder: " + WriteFailed.reason(e),
                    "make " + parent + " writable, or choose --out in a folder you can write to");
            return null;
        }
    }

    private static OutputRules.Refusal notOurs(List<String> foreign, String named) {
        String them = foreign.size() == 1 ? "it" : "them";
        return new OutputRules.Refusal(
                "the site holds " + Problem.examples(foreign) + ", which cptsite did not make; the build"
                        + " replaces the whole folder and would delete " + them,
                "move " + them + " out of " + named + "; a file to publish with the site, such as CNAME, goes in the"
                        + " content folder's static/ folder, which every build copies into the site. Nothing was"
                        + " touched");
    }

    /**
     * Whether nothing was added inside the folders of the site since its last build ({@link AddedInside}); else
     * an error says what, and nothing was touched. They are looked into while the build loads its inputs, and
     * this must be asked before the staging folder is made.
     */
    public boolean nothingAddedInside(Problems problems) {
        insideChecked = true;
        if (addedInside == null) return true;
        List<String> added;
        try {
            added = addedInside.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.error(named, 0, "the build was interrupted", "run it again");
            return false;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof IOException io)) throw new IllegalStateException(e.getCause());
            problems.error(
                    named,
                    0,
                    "cannot read the output folder: " + WriteFailed.reason(io),
                    "check the folder's permissions, or choose another --out");
            return false;
        }
        if (added.isEmpty()) return true;
        OutputRules.Refusal r = notOurs(added, named);
        problems.error(named, 0, r.message(), r.fix());
        return false;
    }

    /** For the staging folder: a site with files added inside must not be reused or replaced. */
    void requireNothingAddedInside() {
        if (!insideChecked) throw new IllegalStateException("nothingAddedInside was not asked before staging");
    }

    /**
     * Whether {@code dir} is a site cptsite built: the folder the file index names (by identity), or a folder
     * that holds nothing but names the index has at its top (the site and its working folder copied or
     * restored elsewhere: {@code top}, the names at the index's top); or a site of cptsite 1.0, which kept its
     * manifest inside.
     */
    private static boolean isSite(Path dir, Path work, Set<String> top) throws IOException {
        String id = identity(dir);
        for (String name : List.of(FILES, FILES + PENDING)) {
            if (id.equals(FileIndex.readIdentity(work.resolve(name)))) return true;
        }
        if (!top.isEmpty()) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                boolean all = true;
                for (Path p : s) {
                    String name = p.getFileName().toString();
                    all &= top.contains(name) || DesktopFiles.is(name);
                }
                if (all) return true;
            }
        }
        return Files.isRegularFile(dir.resolve(Manifest.LEGACY_FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The entries at the top of a site cptsite built that its last build did not make (a CNAME, a verification
     * page, a folder of one's own), sorted; empty when there is no file index to tell. {@link AddedInside} looks
     * into the folders below.
     */
    private static List<String> foreign(Path dir, Set<String> top) throws IOException {
        if (top.isEmpty()) return List.of();
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (!top.contains(name) && !name.equals(Manifest.LEGACY_FILE) && !DesktopFiles.is(name)) {
                    foreign.add(name);
                }
            }
        }
        java.util.Collections.sort(foreign);
        return foreign;
    }

    /**
     * The last build's file index: the pending one when it names this folder (a build killed between its swap
     * and the records' rename), else the live one; empty when there is none. With the file it was read from,
     * whose time says when the site was last changed by a build.
     */
    private static LastIndex lastIndex(Path dir, Path work) throws IOException {
        Path pending = work.resolve(FILES + PENDING);
        FileIndex index = FileIndex.read(pending);
        if (!index.entries().isEmpty() && index.identity().equals(identity(dir))) return new LastIndex(pending, index);
        Path live = work.resolve(FILES);
        return new LastIndex(live, FileIndex.read(live));
    }

    private record LastIndex(Path file, FileIndex index) {}

    /** The first names of the paths of a file index ({@code cpt}, {@code index.html}...). */
    private static Set<String> topOf(FileIndex index) {
        Set<String> top = new HashSet<>();
        for (String path : index.entries().keySet()) top.add(path.split("/", 2)[0]);
        return top;
    }

    /** Whether {@code dir} holds nothing, or nothing but a desktop's files (a new folder shown in Finder). */
    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) if (!DesktopFiles.is(p.getFileName().toString())) return false;
            return true;
        }
    }

    /** A folder's identity, kept across renames: its file key (device and inode), or "-" where there is none. */
    static String identity(Path dir) throws IOException {
        Object key = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .fileKey();
        return key == null ? "-" : key.toString();
    }

    /**
     * Records of a build killed between the swap and their rename: kept when they describe the live site. A
     * build killed between the two renames of its swap left no output folder, and its complete new site in
     * staging, which the pending records name: the swap is finished.
     */
    private void settlePending() throws IOException {
        Path pending = work.resolve(FILES + PENDING);
        if (!Files.exists(pending)) return;
        String id = FileIndex.readIdentity(pending);
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(staging(), LinkOption.NOFOLLOW_LINKS)
                && !identity(staging()).equals("-")
                && identity(staging()).equals(id)) {
            disk.move(staging(), out);
        }
        boolean swapped = Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)
                && identity(out).equals(FileIndex.readIdentity(pending))
                && !identity(out).equals("-");
        if (swapped) promotePending();
        else dropPending();
    }

    public Path out() {
        return out;
    }

    Path staging() {
        return work.resolve("staging");
    }

    /** The site before the live one, kept for the next build to reuse. */
    Path old() {
        return work.resolve("old");
    }

    Path record(String name) {
        return work.resolve(name);
    }

    Disk disk() {
        return disk;
    }

    /** The lastmod manifest of the live site; a site of cptsite 1.0 kept it inside. */
    Manifest previousLastmods() {
        Path file = record(LASTMODS);
        return Files.exists(file) ? Manifest.read(file) : Manifest.read(out.resolve(Manifest.LEGACY_FILE));
    }

    /**
     * The file index of the live site; empty when there is none, or when it describes another folder: one of
     * another identity is the same site only when it holds exactly the index's files (restored from a copy).
     */
    FileIndex previousFiles() {
        try {
            if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) return FileIndex.EMPTY;
            FileIndex index = claimedIndex.entries().isEmpty() ? FileIndex.read(record(FILES)) : claimedIndex;
            return index.identity().equals(identity(out)) || index.describes(out) ? index : FileIndex.EMPTY;
        } catch (IOException e) {
            return FileIndex.EMPTY; // it only costs a full upload list and fresh hashes
        }
    }

    /** Writes the records of the site about to be swapped in, under their pending names. */
    void writePending(Map<String, String> texts) throws IOException {
        for (String name : RECORDS) {
            Path file = record(name + PENDING);
            Files.deleteIfExists(file);
            disk.create(file, texts.get(name).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Makes the pending records the live ones; the file index last, as it is what says they are complete. */
    void promotePending() throws IOException {
        for (String name : RECORDS) {
            Path p = record(name + PENDING);
            if (Files.exists(p)) disk.move(p, record(name));
        }
    }

    void dropPending() throws IOException {
        for (String name : RECORDS) Files.deleteIfExists(record(name + PENDING));
    }

    /** Releases the lock; the lock file stays (deleting it would let two builds lock two different files). */
    @Override
    public void close() {
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }
}
