package org.cptsite.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cptsite.model.Problems;
import org.cptsite.write.StagingFolder.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging folder's life: where it comes from, its folders, the swap, and an abort. */
class StagingFolderTest {
    @TempDir
    Path tmp;

    private OutputFolder claim() {
        return claim(Disk.REAL);
    }

    /** Claimed as a build claims it: nothing may have been added inside the site before it is staged. */
    private OutputFolder claim(Disk disk) {
        Problems problems = new Problems();
        OutputFolder f = OutputFolder.claim(tmp.resolve("site"), Map.of(), disk, problems);
        assertNotNull(f, problems.all()::toString);
        assertTrue(f.nothingAddedInside(problems), problems.all()::toString);
        return f;
    }

    /** Records naming the staging folder, which is what tells the next build that the output is a site. */
    private static Map<String, String> records(OutputFolder f) throws IOException {
        return Map.of(
                OutputFolder.LASTMODS,
                "",
                OutputFolder.FILES,
                "site\t" + OutputFolder.identity(f.staging()) + "\n",
                OutputFolder.DEPLOY,
                "{}");
    }

    /** One build that writes {@code files} (path to text) and swaps them in. */
    private Origin build(Map<String, String> files) throws IOException {
        try (OutputFolder f = claim()) {
            StagingFolder staging = new StagingFolder(f);
            for (Map.Entry<String, String> e : files.entrySet()) {
                staging.add(e.getKey());
                Path target = staging.resolve(e.getKey());
                Files.deleteIfExists(target);
                Files.writeString(target, e.getValue());
            }
            staging.swapIn(records(f));
            return staging.origin();
        }
    }

    @Test
    void aNewFolderGetsTheFoldersOfItsFilesAndAnAbortRemovesIt() throws IOException {
        try (OutputFolder f = claim()) {
            StagingFolder staging = new StagingFolder(f);
            assertEquals(Origin.NEW, staging.origin());
            assertFalse(staging.reused());
            assertFalse(staging.add("cpt/38900/index.html"));
            assertTrue(staging.add("cpt/38900/index.html"), "the second time a file is added");
            assertTrue(Files.isDirectory(f.staging().resolve("cpt/38900")));
            staging.abort();
            assertFalse(Files.exists(f.staging()));
            assertFalse(Files.exists(f.out()), "the output folder is never touched before the swap");
        }
    }

    @Test
    void theSwapPutsTheSiteLiveAndKeepsThePreviousOneAsOld() throws IOException {
        assertEquals(Origin.NEW, build(Map.of("a.html", "one")));
        Path out = tmp.resolve("site");
        assertEquals("one", Files.readString(out.resolve("a.html")));
        assertEquals(Origin.NEW, build(Map.of("a.html", "two")), "no site before the first: nothing kept");
        assertEquals("two", Files.readString(out.resolve("a.html")));
        try (OutputFolder f = claim()) {
            assertEquals("one", Files.readString(f.old().resolve("a.html")), "the previous site, kept as old");
            assertTrue(Files.exists(f.record(OutputFolder.FILES)), "the records promoted");
            assertFalse(Files.exists(f.record(OutputFolder.FILES + OutputFolder.PENDING)));
        }
    }

    @Test
    void theOldSiteIsReusedAndWhatTheBuildDidNotWriteIsRemoved() throws IOException {
        build(Map.of("a.html", "one", "gone/b.html", "b"));
        build(Map.of("a.html", "two"));
        // The third build reuses the first site: a.html stays, gone/ goes, and a file where a folder goes is replaced.
        try (OutputFolder f = claim()) {
            Files.writeString(f.old().resolve("x"), "a file where the build wants a folder");
        }
        assertEquals(Origin.OLD, build(Map.of("a.html", "three", "x/c.html", "c")));
        Path out = tmp.resolve("site");
        assertEquals(
                List.of("a.html", "x"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals("c", Files.readString(out.resolve("x/c.html")));
    }

    @Test
    void anAbortGivesTheReusedOldSiteBackAndLeavesTheLiveOne() throws IOException {
        build(Map.of("a.html", "one"));
        build(Map.of("a.html", "two"));
        try (OutputFolder f = claim()) {
            StagingFolder staging = new StagingFolder(f);
            assertEquals(Origin.OLD, staging.origin());
            assertTrue(staging.reused());
            staging.abort();
            assertEquals("one", Files.readString(f.old().resolve("a.html")));
            assertEquals("two", Files.readString(f.out().resolve("a.html")));
        }
    }

    @Test
    void aLeftOverStagingFolderIsReusedAndKeptOnAbort() throws IOException {
        try (OutputFolder f = claim()) {
            Files.createDirectories(f.staging());
            Files.write(f.staging().resolve("left.html"), "from a killed build".getBytes(StandardCharsets.UTF_8));
            StagingFolder staging = new StagingFolder(f);
            assertEquals(Origin.LEFT_OVER, staging.origin());
            staging.abort();
            assertTrue(Files.exists(f.staging().resolve("left.html")));
        }
        assertEquals(Origin.LEFT_OVER, build(Map.of("a.html", "one")));
        assertFalse(Files.exists(tmp.resolve("site/left.html")), "what the build did not write is removed");
    }

    /**
     * A build killed after its swap, before its records' rename: its pending file index names the live site,
     * and the names the site gained are its own, not files someone added.
     */
    @Test
    void aSiteWhoseRecordsAreStillPendingIsClaimedWithTheNamesItGained() throws IOException {
        try (OutputFolder f = claim()) {
            StagingFolder staging = new StagingFolder(f);
            staging.add("a.html");
            Files.writeString(staging.resolve("a.html"), "one");
            Map<String, String> records = new java.util.HashMap<>(records(f));
            records.put(OutputFolder.FILES, "site\t" + OutputFolder.identity(f.staging()) + "\na.html\t3\tq\ts\n");
            staging.swapIn(records);
        }
        Disk killed = new Disk() {
            @Override
            public void move(Path from, Path to) throws IOException {
                if (from.getFileName().toString().endsWith(OutputFolder.PENDING)) throw new IOException("killed");
                Disk.super.move(from, to);
            }
        };
        try (OutputFolder f = claim(killed)) {
            StagingFolder staging = new StagingFolder(f);
            for (String rel : List.of("a.html", "releases/index.html")) {
                staging.add(rel);
                Files.writeString(staging.resolve(rel), "two");
            }
            Map<String, String> records = new java.util.HashMap<>(records(f));
            records.put(
                    OutputFolder.FILES,
                    "site\t" + OutputFolder.identity(f.staging())
                            + "\na.html\t3\tq\ts\nreleases/index.html\t3\tq\ts\n");
            staging.swapIn(records);
            assertTrue(Files.exists(f.record(OutputFolder.FILES + OutputFolder.PENDING)), "left pending");
        }
        Problems problems = new Problems();
        try (OutputFolder f = OutputFolder.claim(tmp.resolve("site"), Map.of(), Disk.REAL, problems)) {
            assertNotNull(f, problems.all()::toString);
            assertTrue(Files.readString(f.record(OutputFolder.FILES)).contains("releases/index.html"), "promoted");
        }
    }

    @Test
    void aRefusedSwapLeavesTheLiveSiteAndDropsTheRecords() throws IOException {
        build(Map.of("a.html", "one"));
        Disk refusing = new Disk() {
            @Override
            public void move(Path from, Path to) throws IOException {
                if (from.getFileName().toString().equals("staging")) throw new IOException("refused");
                Disk.super.move(from, to);
            }
        };
        try (OutputFolder f = claim(refusing)) {
            StagingFolder staging = new StagingFolder(f);
            staging.add("a.html");
            Files.writeString(staging.resolve("a.html"), "two");
            try {
                staging.swapIn(records(f));
            } catch (IOException expected) {
                // the second rename failed; the first was undone
            }
            assertEquals("one", Files.readString(f.out().resolve("a.html")));
            assertFalse(Files.exists(f.record(OutputFolder.FILES + OutputFolder.PENDING)));
        }
    }
}
