package org.cptsite.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing one file: kept when its bytes are there, linked from the live site, else created anew. */
class SiteFileWriterTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path tmp;

    Path live;
    Path staging;

    @BeforeEach
    void folders() throws IOException {
        live = Files.createDirectories(tmp.resolve("live"));
        staging = Files.createDirectories(tmp.resolve("staging"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The index of the live site, as the previous build wrote it, holding {@code files}. */
    private FileIndex liveIndex(Map<String, String> files) throws IOException {
        SiteFileWriter w = new SiteFileWriter(Disk.REAL, tmp.resolve("none"), FileIndex.EMPTY);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = live.resolve(e.getKey());
            w.write(e.getKey(), p, bytes(e.getValue()), false, false);
            Files.setLastModifiedTime(p, LONG_AGO);
        }
        return w.index("live");
    }

    private static Object inode(Path p) throws IOException {
        return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
    }

    @Test
    void anUnchangedFileIsLinkedFromTheLiveSiteWithItsTime() throws IOException {
        FileIndex previous = liveIndex(Map.of("a.html", "same"));
        SiteFileWriter w = new SiteFileWriter(Disk.REAL, live, previous);
        w.write("a.html", staging.resolve("a.html"), bytes("same"), false, false);
        assertEquals(inode(live.resolve("a.html")), inode(staging.resolve("a.html")), "a hard link");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(staging.resolve("a.html")));
        assertEquals(previous.entries().get("a.html"), w.index("x").entries().get("a.html"));
    }

    @Test
    void aChangedFileIsCreatedAndTheLiveOneIsNotTouched() throws IOException {
        liveIndex(Map.of("a.html", "old"));
        SiteFileWriter w = new SiteFileWriter(Disk.REAL, live, FileIndex.read(tmp.resolve("none")));
        w.write("a.html", staging.resolve("a.html"), bytes("new"), false, false);
        assertEquals("new", Files.readString(staging.resolve("a.html")));
        assertEquals("old", Files.readString(live.resolve("a.html")));
        assertNotEquals(inode(live.resolve("a.html")), inode(staging.resolve("a.html")));
    }

    @Test
    void aFileWithItsBytesInTheReusedFolderStaysAndGetsANewTimeWhenItChangedSinceTheLiveSite() throws IOException {
        FileIndex previous = liveIndex(new TreeMap<>(Map.of("same.html", "s", "changed.html", "live")));
        for (String name : new String[] {"same.html", "changed.html"}) {
            Files.writeString(staging.resolve(name), name.equals("same.html") ? "s" : "older");
            Files.setLastModifiedTime(staging.resolve(name), LONG_AGO);
        }
        Object before = inode(staging.resolve("changed.html"));
        SiteFileWriter w = new SiteFileWriter(Disk.REAL, live, previous);
        w.write("same.html", staging.resolve("same.html"), bytes("s"), true, false);
        w.write("changed.html", staging.resolve("changed.html"), bytes("older"), true, false);
        assertEquals(LONG_AGO, Files.getLastModifiedTime(staging.resolve("same.html")), "unchanged: its time kept");
        assertEquals(before, inode(staging.resolve("changed.html")), "the same bytes: the file stays");
        assertTrue(
                Files.getLastModifiedTime(staging.resolve("changed.html")).compareTo(LONG_AGO) > 0,
                "changed since the live site: new to sync tools");
    }

    @Test
    void aFileWithOtherBytesIsReplacedNeverWrittenInto() throws IOException {
        liveIndex(Map.of("a.html", "live"));
        Path target = staging.resolve("a.html");
        Files.createLink(target, live.resolve("a.html")); // a reused file that is a hard link into the live site
        SiteFileWriter w = new SiteFileWriter(Disk.REAL, live, FileIndex.EMPTY);
        w.write("a.html", target, bytes("new"), true, false);
        assertEquals("new", Files.readString(target));
        assertEquals("live", Files.readString(live.resolve("a.html")), "the live site's bytes are never changed");
    }

    @Test
    void aFileWrittenTwiceIsNotLinkedTheSecondTime() throws IOException {
        liveIndex(Map.of("a.html", "live"));
        SiteFileWriter w = new SiteFileWriter(Disk.REAL, live, FileIndex.EMPTY);
        Path target = staging.resolve("a.html");
        w.write("a.html", target, bytes("first"), false, false);
        w.write("a.html", target, bytes("live"), true, true);
        assertEquals("live", Files.readString(target));
        assertNotEquals(inode(live.resolve("a.html")), inode(target));
    }

    @Test
    void theIndexHoldsEveryFileWithItsFingerprints() throws IOException {
        SiteFileWriter w = new SiteFileWriter(Disk.REAL, live, FileIndex.EMPTY);
        w.write("b.html", staging.resolve("b.html"), bytes("b"), false, false);
        w.write("a.html", staging.resolve("a.html"), bytes("a"), false, false);
        FileIndex index = w.index("id");
        assertEquals("id", index.identity());
        assertEquals(
                java.util.List.of("a.html", "b.html"),
                java.util.List.copyOf(index.entries().keySet()));
        FileIndex.Entry a = index.entries().get("a.html");
        assertEquals(1, a.size());
        assertEquals(FileIndex.quick(bytes("a")), a.quick());
        assertEquals("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb", a.sha256());
        assertArrayEquals(bytes("a"), Files.readAllBytes(staging.resolve("a.html")));
        assertFalse(Files.exists(live.resolve("a.html")));
    }
}
