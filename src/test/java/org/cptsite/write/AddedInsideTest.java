package org.cptsite.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddedInsideTest {
    private static final FileTime BUILT = FileTime.from(Instant.parse("2026-01-15T10:00:00Z"));
    private static final FileTime BEFORE = FileTime.from(Instant.parse("2026-01-15T09:59:00Z"));
    private static final FileTime AFTER = FileTime.from(Instant.parse("2026-01-15T10:01:00Z"));

    @TempDir
    Path site;

    private static FileIndex index(String... paths) {
        Map<String, FileIndex.Entry> entries = new TreeMap<>();
        for (String p : paths) entries.put(p, new FileIndex.Entry(1, "q", "s"));
        return new FileIndex("-", entries);
    }

    /** The site as its build left it: every folder last changed before the index was written. */
    private void built(String... paths) throws IOException {
        for (String p : paths) {
            Files.createDirectories(site.resolve(p).getParent());
            Files.writeString(site.resolve(p), "x");
        }
        try (var s = Files.walk(site)) {
            for (Path p : s.filter(Files::isDirectory).toList()) Files.setLastModifiedTime(p, BEFORE);
        }
    }

    @Test
    void eachFolderWithTheNamesTheIndexHasInIt() {
        assertEquals(
                Map.of(
                        "",
                        Set.of("index.html", "cpt"),
                        "cpt",
                        Set.of("38900", "38900.json"),
                        "cpt/38900",
                        Set.of("index.html")),
                AddedInside.folders(index("index.html", "cpt/38900/index.html", "cpt/38900.json")));
    }

    @Test
    void aPathOfADamagedIndexThatLeadsOutOfTheSiteNamesNoFolder() {
        assertEquals(
                Map.of("", Set.of("cpt"), "cpt", Set.of("index.html")),
                AddedInside.folders(index(
                        "cpt/index.html", "../etc/passwd", "cpt/../../x", "/etc/x", "a//b", "./a/b", "a\\..\\b")));
    }

    @Test
    void anUntouchedSiteHasNothingAdded() throws IOException {
        String[] paths = {"index.html", "cpt/38900/index.html", "cpt/38900.json"};
        built(paths);
        assertEquals(List.of(), AddedInside.of(site, index(paths), BUILT));
    }

    @Test
    void filesAndFoldersAddedInsideAreFoundInTheFoldersChangedSinceTheBuild() throws IOException {
        String[] paths = {"index.html", "cpt/38900/index.html", "cpt/38900.json", "cpt/38901/index.html"};
        built(paths);
        Files.writeString(site.resolve("cpt/38900/notes.txt"), "mine");
        Files.setLastModifiedTime(site.resolve("cpt/38900"), AFTER);
        Files.createDirectory(site.resolve("cpt/mine"));
        Files.setLastModifiedTime(site.resolve("cpt"), AFTER);
        Files.delete(site.resolve("cpt/38901/index.html")); // a file of the build taken out: no one's loss
        Files.setLastModifiedTime(site.resolve("cpt/38901"), AFTER);
        assertEquals(List.of("cpt/38900/notes.txt", "cpt/mine"), AddedInside.of(site, index(paths), BUILT));
        // The top is compared whole by the output folder, and a folder taken out is no one's loss.
        Files.writeString(site.resolve("CNAME"), "mine");
        assertEquals(List.of("cpt/38900/notes.txt", "cpt/mine"), AddedInside.of(site, index(paths), BUILT));
    }

    /** A desktop's files in a folder it showed (Finder's .DS_Store, Explorer's Thumbs.db) are no one's work. */
    @Test
    void aDesktopsOwnFilesAreNotCounted() throws IOException {
        String[] paths = {"cpt/38900/index.html"};
        built(paths);
        for (String name : List.of(".DS_Store", "._index.html", "Thumbs.db", "desktop.ini", "DS_Store")) {
            Files.writeString(site.resolve("cpt/38900").resolve(name), "");
        }
        Files.setLastModifiedTime(site.resolve("cpt/38900"), AFTER);
        assertEquals(List.of("cpt/38900/DS_Store"), AddedInside.of(site, index(paths), BUILT));
    }

    /** What is added to a folder in the same tick as the build's end is not seen: the README says so. */
    @Test
    void aFolderNotChangedSinceTheIndexIsNotListed() throws IOException {
        String[] paths = {"cpt/38900/index.html"};
        built(paths);
        Files.writeString(site.resolve("cpt/38900/notes.txt"), "mine");
        Files.setLastModifiedTime(site.resolve("cpt/38900"), BUILT);
        assertEquals(List.of(), AddedInside.of(site, index(paths), BUILT));
    }

    @Test
    void aFolderSwappedForALinkIsFound(@TempDir Path elsewhere) throws IOException {
        String[] paths = {"cpt/38900/index.html", "cpt/38901/index.html"};
        built(paths);
        Files.delete(site.resolve("cpt/38900/index.html"));
        Files.delete(site.resolve("cpt/38900"));
        Files.createSymbolicLink(site.resolve("cpt/38900"), elsewhere);
        Files.setLastModifiedTime(site.resolve("cpt"), BEFORE);
        assertEquals(List.of("cpt/38900"), AddedInside.of(site, index(paths), BUILT));
    }
}
