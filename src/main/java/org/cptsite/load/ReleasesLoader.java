package org.cptsite.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cptsite.model.DesktopFiles;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.Releases;

/**
 * Loads every release of a build. Each path is a release (a CMS zip or a folder of its files) or a folder
 * holding several: one without a PPRRVU file of its own whose sub-folders and zips are each a release.
 * Releases are ordered by the release date of their banners; two with the same id are an error.
 */
public final class ReleasesLoader {
    /** Enough of a file to recognise a PPRRVU banner and header. */
    private static final int HEAD_BYTES = 16 * 1024;

    private final Problems problems;
    /** Files beside the releases of a folder of several, which are part of none. */
    private final List<Path> ignored = new ArrayList<>();

    public ReleasesLoader(Problems problems) {
        this.problems = problems;
    }

    /** The releases at {@code paths}; null when any cannot be used (the problems say why). */
    public Releases load(List<Path> paths) {
        List<Path> each = new ArrayList<>();
        for (Path p : paths) each.addAll(expand(p));
        // Each release takes about a second to read. Two threads (this one and a second) take the next release
        // to read as they finish one, beside the content: with eight releases this thread no longer waits for
        // the second to read seven. Each release reads into its own problems, reported in the order of the paths.
        // Two threads, not one each: eight releases at once would only add to the peak memory on 2 cores.
        Release[] loaded = new Release[each.size()];
        List<Problems> found = new ArrayList<>();
        for (int i = 0; i < each.size(); i++) found.add(new Problems());
        AtomicInteger next = new AtomicInteger();
        SharedTexts texts = new SharedTexts(); // the releases' codes and descriptors, held once
        Runnable reader = () -> {
            for (int i = next.getAndIncrement(); i < each.size(); i = next.getAndIncrement()) {
                loaded[i] = new ReleaseLoader(found.get(i), texts).load(each.get(i));
            }
        };
        ExecutorService threads = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "release-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<Void> second = each.size() > 1
                    ? CompletableFuture.runAsync(reader, threads)
                    : CompletableFuture.completedFuture(null);
            reader.run();
            second.join(); // a failure here is a bug, reported as such
        } finally {
            threads.shutdown();
        }
        List<Release> sorted = new ArrayList<>();
        Map<String, Path> byId = new LinkedHashMap<>();
        Map<Release, Path> pathOf = new java.util.IdentityHashMap<>();
        boolean failed = false;
        for (int i = 0; i < each.size(); i++) {
            Path p = each.get(i);
            Release r = loaded[i];
            problems.addAll(found.get(i));
            if (r == null) {
                failed = true;
                continue;
            }
            Path other = byId.putIfAbsent(r.id(), p);
            if (other != null) {
                problems.error(
                        p.toString(),
                        0,
                        "release " + r.id() + " is given twice: " + other + " and " + p,
                        "give each release once (check --data and releases: in site.yml)");
            }
            sorted.add(r);
            pathOf.put(r, p);
        }
        if (failed || problems.hasErrors()) return null;
        sorted.sort(Releases.ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            plausibleNext(sorted.get(i - 1), pathOf.get(sorted.get(i - 1)), sorted.get(i), pathOf.get(sorted.get(i)));
        }
        if (problems.hasErrors()) return null;
        return new Releases(sorted);
    }

    /**
     * A release deletes or adds a few hundred codes of some 17,000 (RVU26C: 210 and 454, about 2%). A PPRRVU file
     * cut at a line's end reads without a fault, and its lost codes would be published as deleted by CMS (a
     * release of two files has its QPP twin to compare with, one of one file has not): so many codes gone from
     * one release to the next, or come, is an error at the release that lacks them (of releases up to 15 months
     * apart).
     */
    private void plausibleNext(Release older, Path olderPath, Release newer, Path newerPath) {
        // Years apart, codes come and go by the thousand: only releases up to a year and a quarter apart are compared.
        if (older.released() == null
                || newer.released() == null
                || java.time.temporal.ChronoUnit.MONTHS.between(older.released(), newer.released()) > 15) return;
        long deleted = older.codes().keySet().stream()
                .filter(c -> !newer.codes().containsKey(c))
                .count();
        long added = newer.codes().keySet().stream()
                .filter(c -> !older.codes().containsKey(c))
                .count();
        if (implausible(deleted, older.codes().size())) {
            cutShort(newer, newerPath, deleted, older);
        } else if (implausible(added, newer.codes().size())) {
            cutShort(older, olderPath, added, newer);
        }
    }

    /** More than a tenth of a release's codes, and at least 100 (a small release of our own may differ more). */
    static boolean implausible(long changed, int of) {
        return changed >= 100 && changed * 10 > of;
    }

    private void cutShort(Release lacking, Path path, long missing, Release other) {
        problems.error(
                path.toString(),
                0,
                String.format(
                        Locale.ROOT,
                        "release %s lacks %,d of the %,d codes of %s, where one release deletes or adds a few hundred"
                                + " at most: is its PPRRVU file cut short?",
                        lacking.id(),
                        missing,
                        other.codes().size(),
                        other.id()),
                "use the complete PPRRVU file from the CMS zip of " + lacking.id()
                        + " (a download or a copy may stop at a line's end without a fault)");
    }

    /**
     * The releases a path names: itself, or the sub-folders and zips of a folder of several releases (not its hidden
     * ones).
     */
    private List<Path> expand(Path path) {
        if (!Files.isDirectory(path)) return List.of(path);
        List<Path> parts = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        try (Stream<Path> s = Files.list(path)) {
            for (Path p : s.sorted().toList()) {
                // A hidden folder (.git, a build's .cptsite) or a desktop's file holds no release: passed over.
                String name = p.getFileName().toString();
                if (name.startsWith(".") || DesktopFiles.is(name)) continue;
                if (Files.isDirectory(p)) {
                    parts.add(p);
                } else if (isZip(p)) {
                    parts.add(p);
                } else if (Files.isRegularFile(p) && isPprrvu(p)) {
                    return List.of(path); // a release of its own
                } else {
                    others.add(p);
                }
            }
        } catch (IOException e) {
            return List.of(path); // ReleaseLoader reports it
        }
        if (parts.size() > 1 || parts.size() == 1 && Files.isDirectory(parts.get(0))) {
            ignored.addAll(others);
            return parts;
        }
        return List.of(path);
    }

    /**
     * The files a folder of several releases holds beside them (a README, notes), which no release reads; known
     * once {@link #load} has run.
     */
    public List<Path> ignored() {
        return List.copyOf(ignored);
    }

    private static boolean isZip(Path p) {
        return Files.isRegularFile(p)
                && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static boolean isPprrvu(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return FileKind.recognise(new SourceFile(p.toString(), in.readNBytes(HEAD_BYTES))) == FileKind.PPRRVU;
        } catch (IOException e) {
            return false;
        }
    }
}
