package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cptsite.BadInputIT.Snapshot;
import org.cptsite.model.Problem;
import org.cptsite.pipeline.Pipeline;
import org.cptsite.write.Disk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that refuses a write (full, read-only), made to fail through the writer's one seam ({@link Disk}):
 * a problem with the path, the system's reason and a fix; the previous site byte-identical.
 */
class WriteFailureIT {
    private static final LocalDate D1 = LocalDate.of(2026, 1, 15);

    @TempDir
    Path tmp;

    private Path site;

    @BeforeEach
    void previousSite() {
        site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, D1);
    }

    /** Builds over the previous site with another base URL, so that every page changes and is written anew. */
    private Pipeline.Result rebuild(Disk disk) {
        return new Pipeline(
                        new Pipeline.Options(
                                Sites.SAMPLE, Sites.CONTENT, Sites.TEMPLATES, site, "https://other.example.org", D1),
                        line -> {},
                        disk)
                .run(true);
    }

    /** A disk that refuses the second rename of the swap: staging to the live site's name. */
    private Disk refusingTheSwap() {
        return new Disk() {
            @Override
            public void move(Path from, Path to) throws IOException {
                if (to.equals(site) && from.getFileName().toString().equals("staging")) {
                    throw new AccessDeniedException(to.toString());
                }
                Disk.super.move(from, to);
            }
        };
    }

    private static Problem onlyError(Pipeline.Result r) {
        assertFalse(r.ok());
        List<Problem> errors =
                r.problems().all().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        return errors.get(0);
    }

    @Test
    void aFullDiskFailsTheBuildAndLeavesThePreviousSite() throws IOException {
        Snapshot before = Snapshot.of(site);
        AtomicInteger created = new AtomicInteger();
        Pipeline.Result r = rebuild(new Disk() {
            @Override
            public void create(Path target, byte[] content) throws IOException {
                if (created.incrementAndGet() > 20) {
                    throw new FileSystemException(target.toString(), null, "No space left on device");
                }
                Disk.super.create(target, content);
            }
        });
        Problem p = onlyError(r);
        assertTrue(p.file().startsWith(tmp.resolve(".cptsite/site/staging").toString()), p.file());
        assertEquals("cannot write the site: No space left on device", p.message());
        assertTrue(p.fix().startsWith("free space on that disk, or make the folder writable"), p.fix());
        assertTrue(created.get() < 30, "the build stopped at the first refused write, not after " + created);
        assertEquals(before, Snapshot.of(site), "the previous site changed");
        assertFalse(Files.exists(tmp.resolve(".cptsite/site/staging")), "the staging folder was left");
        assertEquals(List.of(".cptsite", "site"), names(tmp));
    }

    @Test
    void aReadOnlyOutputFolderIsReportedBeforeAnyWork() throws IOException {
        Snapshot before = Snapshot.of(tmp);
        AtomicInteger created = new AtomicInteger();
        Pipeline.Result r = rebuild(new Disk() {
            @Override
            public void create(Path target, byte[] content) throws IOException {
                created.incrementAndGet();
                Disk.super.create(target, content);
            }

            @Override
            public boolean writable(Path folder) {
                return !folder.equals(site);
            }
        });
        Problem p = onlyError(r);
        assertEquals(site.toString(), p.file());
        assertTrue(p.message().startsWith("the folder is read-only"), p.message());
        assertEquals(
                "make it writable (chmod u+w " + site + "), or choose --out in a folder you can write to. "
                        + "Nothing was touched",
                p.fix());
        assertEquals(0, created.get());
        assertEquals(before, Snapshot.of(tmp), "something changed");
    }

    /** The second rename of the swap refused: the first is undone, and the previous site is live again. */
    @Test
    void aRefusedSwapPutsThePreviousSiteBack() throws IOException {
        Snapshot before = Snapshot.of(site);
        Pipeline.Result r = rebuild(refusingTheSwap());
        Problem p = onlyError(r);
        assertEquals(site.toString(), p.file());
        assertEquals("cannot write the site: permission denied", p.message());
        assertEquals(before, Snapshot.of(site), "the previous site changed");
        try (Stream<Path> s = Files.list(tmp.resolve(".cptsite/site"))) {
            assertTrue(s.noneMatch(f -> f.toString().endsWith(".new")), "records of a site that never went live");
        }
        // and the next build goes through
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, D1);
        assertEquals(before.entries().keySet(), Snapshot.of(site).entries().keySet());
    }

    /** Pages gone since the previous build are warned of only when the new site and its manifest went live. */
    @Test
    void aRefusedSwapDoesNotWarnOfPagesGone() {
        Sites.build(Sites.HISTORY, Sites.historyContent(tmp.resolve("content")), site, D1);
        Pipeline.Result r = rebuild(refusingTheSwap());
        onlyError(r);
        assertEquals(
                List.of(),
                r.problems().all().stream()
                        .filter(p -> p.message().contains("will answer 404"))
                        .toList());
        // and a build that goes live does warn: the deleted codes' pages of the history build are gone
        Pipeline.Result ok = rebuild(Disk.REAL);
        assertTrue(ok.problems().all().stream().anyMatch(p -> p.message().contains("will answer 404")));
    }

    /**
     * A build killed between the two renames of its swap leaves no output folder: the previous site is in
     * old, the new one complete in staging with its records pending. The next build finishes that swap
     * before anything else, even when its own inputs then fail.
     */
    @Test
    void aSwapCutShortIsFinishedByTheNextBuild() throws IOException {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 4, 1)); // the previous site is now in old
        Path work = tmp.resolve(".cptsite/site");
        Snapshot newSite = Snapshot.of(site);
        // As the build left them: the new site (here the one just built) in staging, named by pending records.
        Files.move(site, work.resolve("staging"));
        for (String record : List.of("files.tsv", "manifest.tsv", "deploy-manifest.json")) {
            Files.move(work.resolve(record), work.resolve(record + ".new"));
        }
        Pipeline.Result r = new Pipeline(
                        new Pipeline.Options(
                                Sites.SAMPLE.resolve("missing"),
                                Sites.CONTENT,
                                Sites.TEMPLATES,
                                site,
                                Sites.BASE_URL,
                                D1),
                        line -> {})
                .run(true);
        assertFalse(r.ok());
        assertEquals(newSite, Snapshot.of(site), "the interrupted swap was not finished");
        assertTrue(Files.isRegularFile(work.resolve("files.tsv")), "the pending records were not kept");
        assertFalse(Files.exists(work.resolve("staging")));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
