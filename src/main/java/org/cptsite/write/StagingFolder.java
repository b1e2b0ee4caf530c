package org.cptsite.write;

import static org.cptsite.write.FileTrees.NOFOLLOW;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The staging folder of one build, in the working folder of a claimed output folder ({@link OutputFolder}):
 * where it comes from, the folders the build makes in it, and its end. It is swapped in for the output
 * folder only when the whole build has succeeded, so a failed build leaves the previous site exactly as it
 * was.
 *
 * <p>After the swap the previous site is kept in the working folder as {@code old} instead of being deleted
 * (deleting ~50,000 files and folders costs more than the whole build on some disks). The next build renames
 * it to its staging folder and reuses it; whatever that build does not write is removed before the swap.
 */
final class StagingFolder {
    /** Where the staging folder came from. */
    enum Origin {
        /** Created empty by this build. */
        NEW,
        /** The staging folder of a build that failed or was killed. */
        LEFT_OVER,
        /** The site before the current one, kept by the last build. */
        OLD
    }

    private final OutputFolder output;
    private final Disk disk;
    private final Path root;
    private final Path old;
    private final Origin origin;
    /** What this build put in the staging folder: paths relative to it, '/'-separated, normalised. */
    private final Set<String> files = ConcurrentHashMap.newKeySet();

    private final Set<String> dirs = ConcurrentHashMap.newKeySet();
    /**
     * For a reused staging folder: what each of its folders held when this build first came to it (while
     * rendering, in parallel), so that what the build did not write can be removed at the end without
     * listing ~17,000 folders again.
     */
    private final Map<String, List<String>> found = new ConcurrentHashMap<>();

    /** Makes the staging folder of a claimed output folder: a left-over one as it is, else old, else a new one. */
    StagingFolder(OutputFolder folder) throws IOException {
        folder.requireNothingAddedInside();
        this.output = folder;
        this.disk = folder.disk();
        this.root = folder.staging();
        this.old = folder.old();
        if (FileTrees.isFolder(root)) {
            origin = Origin.LEFT_OVER;
        } else if (FileTrees.isFolder(old)) {
            Files.deleteIfExists(root);
            disk.move(old, root);
            origin = Origin.OLD;
        } else {
            Files.deleteIfExists(root);
            Files.createDirectories(root);
            origin = Origin.NEW;
        }
        if (reused()) found.put("", FileTrees.list(root));
    }

    Origin origin() {
        return origin;
    }

    Path resolve(String rel) {
        return root.resolve(rel);
    }

    /** Whether the folder held files before this build: they may be where the build writes. */
    boolean reused() {
        return origin != Origin.NEW;
    }

    /**
     * Adds {@code rel} to the files of this build and makes sure its folder is there. Returns whether this
     * build had added it before.
     */
    boolean add(String rel) throws IOException {
        boolean again = !files.add(rel);
        int slash = rel.lastIndexOf('/');
        if (slash > 0) folder(rel.substring(0, slash));
        return again;
    }

    /** The files of this build, relative to the site root. */
    Set<String> files() {
        return files;
    }

    /** Makes sure {@code rel} is a real folder in the staging folder, once per folder and build. */
    private void folder(String rel) throws IOException {
        if (dirs.contains(rel)) return;
        int slash = rel.lastIndexOf('/');
        if (slash > 0) folder(rel.substring(0, slash));
        Path dir = root.resolve(rel);
        if (origin == Origin.NEW) {
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(dir, NOFOLLOW)) throw e;
            }
        } else {
            BasicFileAttributes a = FileTrees.attributes(dir);
            if (a != null && a.isDirectory()) {
                found.put(rel, FileTrees.list(dir));
            } else { // missing, or a file or link where the folder goes
                if (a != null) FileTrees.deleteAny(dir);
                try {
                    Files.createDirectory(dir);
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isDirectory(dir, NOFOLLOW)) throw e;
                    found.put(rel, FileTrees.list(dir));
                }
            }
        }
        dirs.add(rel);
    }

    /**
     * Removes what this build did not write, writes {@code records} (name to text) as pending in the working
     * folder, then swaps the staging folder in for the output by two renames. When the second fails, the
     * first is undone: the previous site stays live, and so do its records. The previous site stays as old
     * for the next build to reuse.
     */
    void swapIn(Map<String, String> records) throws IOException {
        if (reused()) removeUnwritten();
        output.writePending(records);
        if (Files.exists(old, NOFOLLOW)) FileTrees.deleteTree(old); // beside a left-over staging folder: rare
        Path out = output.out();
        boolean hadSite = Files.exists(out, NOFOLLOW);
        try {
            if (hadSite) disk.move(out, old);
            try {
                disk.move(root, out);
            } catch (IOException e) {
                if (hadSite) disk.move(old, out);
                throw e;
            }
        } catch (IOException e) {
            output.dropPending();
            throw e;
        }
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
                if (!files.contains(r) && !dirs.contains(r)) FileTrees.deleteAny(root.resolve(r));
            }
        }
    }

    /** Drops the staging folder; the output folder was never touched. */
    void abort() {
        try {
            switch (origin) {
                case NEW -> FileTrees.deleteTree(root);
                case OLD -> {
                    // Give the reused folder back, for the next build to reuse again.
                    if (Files.exists(old, NOFOLLOW)) FileTrees.deleteTree(root);
                    else disk.move(root, old);
                }
                case LEFT_OVER -> {} // it was there before this build
            }
        } catch (IOException e) {
            // What is left is in the working folder, and the next build reuses or removes it.
        }
    }
}
