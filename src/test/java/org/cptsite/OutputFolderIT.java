package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cptsite.BadInputIT.Run;
import org.cptsite.BadInputIT.Snapshot;
import org.cptsite.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder: only a safe one is written (every refused --out leaves everything as it was), the
 * working folder beside it, one build at a time, and the deploy manifest with what changed.
 */
class OutputFolderIT {
    private static final LocalDate D1 = LocalDate.of(2026, 1, 15);
    private static final String CHOOSE = "choose a folder of its own for the site, e.g. --out site";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FileTime LONG_AGO = FileTime.fromMillis(978_307_200_000L); // 2001-01-01

    @TempDir
    Path tmp;

    private static Run build(Path out, Path content) {
        return Run.of(
                "build",
                "--data",
                Sites.SAMPLE.toString(),
                "--content",
                content.toString(),
                "--templates",
                Sites.TEMPLATES.toString(),
                "--out",
                out.toString(),
                "--base-url",
                Sites.BASE_URL);
    }

    /** Exit 1 with the message and fix for --out {@code out}, and {@code watched} exactly as it was. */
    private static void assertRefused(String out, Path content, String message, String fix, Path watched, boolean deep)
            throws IOException {
        Object before = deep ? Snapshot.of(watched) : shallow(watched);
        Run r = build(Path.of(out), content);
        assertEquals(1, r.code, r::toString);
        r.assertError(Path.of(out), 0, message, fix);
        assertEquals(before, deep ? Snapshot.of(watched) : shallow(watched), "the folder changed");
        Path abs = Path.of(out).toAbsolutePath().normalize();
        if (abs.getParent() != null) {
            assertFalse(
                    Files.exists(abs.resolveSibling(".cptsite")
                            .resolve(abs.getFileName().toString())),
                    "a working folder was made for a refused output");
        }
    }

    /** A folder's entries with their modification times, one level deep (for /, the home and project folders). */
    private static Map<String, String> shallow(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        m.put(".", Files.getLastModifiedTime(dir).toString());
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.equals("target")) continue; // Maven writes there while the tests run
                m.put(
                        name,
                        Files.isSymbolicLink(p)
                                ? "link"
                                : Files.getLastModifiedTime(p).toString());
            }
        }
        return m;
    }

    // ---- 1. refused before any work ----

    @Test
    void aFileIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("README.md"), "# mine\n");
        assertRefused(file.toString(), Sites.CONTENT, "--out names a file, not a folder", CHOOSE, tmp, true);
    }

    /**
     * A mount point (a Docker volume, a tmpfs) cannot be renamed: refused before any work, with the folder to
     * build into instead. Needs the right to mount (root, as in CI's container); skipped without it.
     */
    @Test
    void aMountPointIsRefusedBeforeAnyWork() throws Exception {
        Path mounted = Files.createDirectories(tmp.resolve("volume"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mounted.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "cannot mount here");
        try {
            assertRefused(
                    mounted.toString(),
                    Sites.CONTENT,
                    "--out names a mount point (a volume, a tmpfs, a share)",
                    "build into a folder inside it (--out " + mounted.resolve("site") + ")",
                    tmp,
                    true);
        } finally {
            new ProcessBuilder("umount", mounted.toString()).start().waitFor();
        }
    }

    @Test
    void aFolderOfOtherFilesIsRefused() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("guide.md"), "mine\n");
        assertRefused(
                docs.toString(),
                Sites.CONTENT,
                "--out names a folder that is not empty and was not built by " + "cptsite",
                "choose a new or empty folder, e.g. --out site",
                tmp,
                true);
    }

    @Test
    void aProjectFolderIsRefused() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project/src/main"));
        Files.writeString(tmp.resolve("project/pom.xml"), "<project/>\n");
        assertRefused(
                tmp.resolve("project").toString(),
                Sites.CONTENT,
                "--out names a project folder (it holds pom.xml)",
                CHOOSE,
                tmp,
                true);
        assertTrue(Files.isDirectory(project));
    }

    @Test
    void theFolderOfTheContentOrAnyAboveItIsRefused() throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("work/in/content"));
        assertRefused(
                tmp.resolve("work/in").toString(),
                content,
                "--out names a folder that holds the content folder " + content,
                CHOOSE,
                tmp,
                true);
        assertRefused(
                tmp.resolve("work").toString(),
                content,
                "--out names a folder that holds the content folder",
                CHOOSE,
                tmp,
                true);
        assertRefused(
                content.resolve("site").toString(),
                content,
                "--out names a folder inside the content folder",
                CHOOSE,
                tmp,
                true);
    }

    @Test
    void theTemplatesAndTheDataAreNeverAnOutput() throws IOException {
        assertRefused(
                Sites.TEMPLATES.toString(),
                Sites.CONTENT,
                "--out names a folder that holds the templates folder",
                CHOOSE,
                Sites.TEMPLATES,
                true);
        assertRefused(
                Sites.SAMPLE.toString(),
                Sites.CONTENT,
                "--out names a folder that holds the data folder",
                CHOOSE,
                Sites.SAMPLE,
                true);
    }

    @Test
    void theRootAndTheHomeFolderAreRefused() throws IOException {
        Path root = tmp.getRoot();
        assertRefused(root.toString(), Sites.CONTENT, "--out names the root folder", CHOOSE, root, false);
        Path home = Path.of(System.getProperty("user.home"));
        assertRefused(home.toString(), Sites.CONTENT, "--out names your home folder", CHOOSE, home, false);
    }

    /** The tests run in the project folder, as a user does: "--out ." names it, with the content or without. */
    @Test
    void theCurrentProjectFolderIsRefused() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        assertTrue(Files.exists(cwd.resolve("pom.xml")), "the tests run in the project folder");
        assertRefused(".", Sites.CONTENT, "--out names a folder that holds the content folder", CHOOSE, cwd, false);
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        assertRefused(".", content, "--out names a folder that holds the templates folder", CHOOSE, cwd, false);
    }

    @Test
    void aLinkAndTheWorkingFolderAreRefused() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertRefused(
                link.toString(),
                Sites.CONTENT,
                "--out names a symbolic link",
                "name the folder itself: --out " + real.toRealPath(),
                tmp,
                true);
        // A link to a folder that is not there: the folder to make, not the link again.
        Path dangling = Files.createSymbolicLink(tmp.resolve("linkout"), Path.of("gone"));
        assertRefused(
                dangling.toString(),
                Sites.CONTENT,
                "--out names a symbolic link to " + tmp.resolve("gone") + ", which does not exist",
                "make that folder and name it: --out " + tmp.resolve("gone"),
                tmp,
                false);
        Files.delete(dangling); // the deep snapshot below follows links
        assertRefused(
                tmp.resolve(".cptsite/x").toString(),
                Sites.CONTENT,
                "--out names a folder inside cptsite's working folder .cptsite",
                CHOOSE,
                tmp,
                true);
    }

    // ---- accepted: missing, empty, built by cptsite (this version or 1.0) ----

    @Test
    void filesAddedToABuiltSiteAreNotDeletedByTheNextBuild() throws IOException {
        Path site = tmp.resolve("site");
        assertEquals(0, build(site, Sites.CONTENT).code);
        Files.writeString(site.resolve("CNAME"), "fees.example.org\n");
        Files.createDirectories(site.resolve("myfiles"));
        Files.writeString(site.resolve("myfiles/notes.txt"), "mine\n");
        Object before = Snapshot.of(tmp);
        Run r = build(site, Sites.CONTENT);
        assertEquals(1, r.code, r::toString);
        r.assertError(
                site,
                0,
                "the site holds CNAME and myfiles, which cptsite did not make; the build replaces the whole folder"
                        + " and would delete them",
                "move them out of " + site);
        assertEquals(before, Snapshot.of(tmp), "nothing was touched");
        Files.delete(site.resolve("CNAME"));
        Files.delete(site.resolve("myfiles/notes.txt"));
        Files.delete(site.resolve("myfiles"));
        assertEquals(0, build(site, Sites.CONTENT).code, "once they are moved out, the build goes on");
    }

    /**
     * A file put deep inside a built site, or a folder of the site swapped for a link, would go with the build
     * after next; the build refuses before any work. A file of the site taken out is no one's loss.
     */
    @Test
    void filesAddedDeepInsideABuiltSiteAreNotDeletedByTheNextBuild() throws IOException {
        Path site = tmp.resolve("site");
        assertEquals(0, build(site, Sites.CONTENT).code);
        assertEquals(0, build(site, Sites.CONTENT).code, "a rebuild of an untouched site");
        laterThan(tmp.resolve(".cptsite/site/files.tsv"));
        Files.writeString(site.resolve("cpt/38900/notes.txt"), "mine\n");
        Files.writeString(site.resolve("cpt/38900/.DS_Store"), ""); // Finder's, as it showed the folder
        Files.writeString(site.resolve(".DS_Store"), "");
        Files.createDirectories(site.resolve("assets/mine"));
        Files.delete(site.resolve("cpt/38900.json"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path range = firstFolderIn(site.resolve("specialty"));
        deleteTree(range);
        Files.createSymbolicLink(range, elsewhere);
        Object before = Snapshot.of(tmp);
        Run r = build(site, Sites.CONTENT);
        assertEquals(1, r.code, r::toString);
        String linked = site.relativize(range).toString();
        r.assertError(
                site,
                0,
                "the site holds assets/mine, cpt/38900/notes.txt and " + linked + ", which cptsite did not make;"
                        + " the build replaces the whole folder and would delete them",
                "move them out of " + site);
        assertEquals(before, Snapshot.of(tmp), "nothing was touched");
        Files.delete(site.resolve("cpt/38900/notes.txt"));
        Files.delete(site.resolve("assets/mine"));
        Files.delete(range);
        assertEquals(0, build(site, Sites.CONTENT).code, "once they are moved out, the build goes on");
        assertTrue(Files.isRegularFile(site.resolve("cpt/38900.json")), "and makes again what was taken out");
        assertFalse(Files.exists(site.resolve(".DS_Store")), "a desktop's files are not deployed");
        assertFalse(Files.exists(site.resolve("cpt/38900/.DS_Store")));
    }

    /**
     * Waits until the file system's clock (coarse: a few ms) has passed the time of {@code file}: a person adds
     * a file seconds after a build, a test within the same tick.
     */
    private static void laterThan(Path file) throws IOException {
        Path probe = file.resolveSibling("probe");
        do {
            Files.writeString(probe, "");
        } while (Files.getLastModifiedTime(probe).compareTo(Files.getLastModifiedTime(file)) <= 0);
        Files.delete(probe);
    }

    private static Path firstFolderIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void anEmptyFolderIsAccepted() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run r = build(empty, Sites.CONTENT);
        assertEquals(0, r.code, r::toString);
        assertTrue(Files.isRegularFile(empty.resolve("index.html")));
    }

    /** A new folder shown in Finder holds its .DS_Store: it is as empty as before. */
    @Test
    void aFolderOfADesktopsFilesAloneIsEmpty() throws IOException {
        Path shown = Files.createDirectories(tmp.resolve("shown"));
        Files.writeString(shown.resolve(".DS_Store"), "");
        Files.writeString(shown.resolve("Thumbs.db"), "");
        Run r = build(shown, Sites.CONTENT);
        assertEquals(0, r.code, r::toString);
        assertTrue(Files.isRegularFile(shown.resolve("index.html")));
        assertFalse(Files.exists(shown.resolve(".DS_Store")), "not deployed");
    }

    /** A site of cptsite 1.0 kept its lastmod manifest inside: it is ours, and its manifest moves out of it. */
    @Test
    void aSiteOfTheFormerVersionIsMigrated() throws IOException {
        Path site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, D1);
        Path work = tmp.resolve(".cptsite");
        String manifest = Files.readString(work.resolve("site/manifest.tsv"));
        assertTrue(manifest.contains("/cpt/38900/\t"), manifest);
        Files.writeString(site.resolve(".cptsite-manifest.tsv"), manifest);
        deleteTree(work); // as cptsite 1.0 left it: no working folder
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 4, 1));
        assertFalse(Files.exists(site.resolve(".cptsite-manifest.tsv")), "the manifest is no longer deployed");
        assertTrue(
                Sites.read(site.resolve("sitemap.xml")).contains("<lastmod>2026-01-15</lastmod>"),
                "lastmod carried over from the former manifest");
        assertEquals(manifest, Files.readString(work.resolve("site/manifest.tsv")));
    }

    // ---- 2. the working folder; 4. the deploy manifest ----

    @Test
    void everythingButTheSiteIsInTheWorkingFolder() throws IOException {
        Path site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, D1);
        assertEquals(List.of(".cptsite", "site"), names(tmp));
        assertEquals(List.of("site"), names(tmp.resolve(".cptsite")));
        assertEquals(
                List.of("deploy-manifest.json", "files.tsv", "lock", "manifest.tsv"),
                names(tmp.resolve(".cptsite/site")));
        assertTrue(
                Sites.files(site).keySet().stream().noneMatch(f -> f.contains("cptsite")), "no cptsite file deployed");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, D1);
        assertEquals(List.of(".cptsite", "site"), names(tmp));
        assertEquals(
                List.of("deploy-manifest.json", "files.tsv", "lock", "manifest.tsv", "old"),
                names(tmp.resolve(".cptsite/site")),
                "the previous site is kept for the next build; no staging");
        String gitignore = Files.readString(Sites.ROOT.resolve(".gitignore"));
        assertTrue(gitignore.lines().anyMatch(l -> l.equals("/.cptsite/")), gitignore);
    }

    @Test
    void deployManifestListsEveryFileAndWhatChanged() throws Exception {
        Path site = tmp.resolve("site");
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Sites.build(Sites.SAMPLE, content, site, D1);
        JsonNode m = deployManifest();
        Map<String, byte[]> files = Sites.files(site);
        assertEquals(files.keySet(), paths(m.get("files"), "path"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (JsonNode f : m.get("files")) {
            byte[] bytes = files.get(f.get("path").asText());
            assertEquals(bytes.length, f.get("size").asLong());
            assertEquals(
                    HexFormat.of().formatHex(sha.digest(bytes)), f.get("sha256").asText(), f.toString());
        }
        assertEquals("text/html; charset=utf-8", contentType(m, "cpt/38900/index.html"));
        assertEquals("application/json", contentType(m, "cpt/38900.json"));
        assertEquals(files.keySet(), paths(m.get("added"), null), "the first build adds every file");

        // The same inputs again: nothing changed, and no file got a new modification time.
        setAllMtimes(site, LONG_AGO);
        Sites.build(Sites.SAMPLE, content, site, D1);
        m = deployManifest();
        assertEquals(Set.of(), paths(m.get("added"), null));
        assertEquals(Set.of(), paths(m.get("changed"), null));
        assertEquals(Set.of(), paths(m.get("removed"), null));
        assertEquals(Set.of(), newerThanLongAgo(site));

        // 38900's summary edited: its page and twin changed, and exactly the changed files have a new time.
        Path code = content.resolve("codes/38900.md");
        String original = Files.readString(code);
        Files.writeString(code, original.replaceFirst("summary: >-\n", "summary: >-\n  Edited.\n"));
        Sites.build(Sites.SAMPLE, content, site, D1);
        m = deployManifest();
        Set<String> changed = paths(m.get("changed"), null);
        assertTrue(changed.contains("cpt/38900/index.html"), changed::toString);
        assertEquals(changed, newerThanLongAgo(site));

        // Back to the original: the reused file of two builds ago is right, but new to a sync tool.
        setAllMtimes(site, LONG_AGO);
        Files.writeString(code, original);
        Sites.build(Sites.SAMPLE, content, site, D1);
        m = deployManifest();
        assertEquals(changed, paths(m.get("changed"), null));
        assertEquals(changed, newerThanLongAgo(site));
    }

    /**
     * A site restored from a copy (a backup, a CI cache, a move across disks) is another folder to the file
     * system, but the same site: the next manifest still says what changed since the last build. A folder of
     * that name holding other files is not: every file is added.
     */
    @Test
    void aSiteRestoredFromACopyKeepsItsManifestHistory() throws Exception {
        Path site = tmp.resolve("site");
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Sites.build(Sites.HISTORY, content, site, D1);
        Path copy = Sites.copyTree(site, tmp.resolve("copy"));
        deleteTree(site);
        Files.move(copy, site);

        Sites.build(Sites.SAMPLE, content, site, D1); // without the older release: its reports and deleted codes go
        JsonNode m = deployManifest();
        assertEquals(Set.of(), paths(m.get("added"), null));
        Set<String> removed = paths(m.get("removed"), null);
        assertTrue(removed.contains("cpt/0042T/index.html"), removed::toString);
        assertTrue(removed.contains("releases/RVU26A/index.html"), removed::toString);
        assertFalse(paths(m.get("changed"), null).isEmpty());

        // Restored again, but a file is missing: not the site the index describes.
        copy = Sites.copyTree(site, tmp.resolve("copy2"));
        deleteTree(site);
        Files.move(copy, site);
        Files.delete(site.resolve("robots.txt"));
        Sites.build(Sites.SAMPLE, content, site, D1);
        assertEquals(Sites.files(site).keySet(), paths(deployManifest().get("added"), null));
    }

    private JsonNode deployManifest() throws IOException {
        return JSON.readTree(tmp.resolve(".cptsite/site/deploy-manifest.json").toFile());
    }

    private static Set<String> paths(JsonNode array, String field) {
        Set<String> s = new TreeSet<>();
        for (JsonNode n : array) s.add(field == null ? n.asText() : n.get(field).asText());
        return s;
    }

    private static String contentType(JsonNode m, String path) {
        for (JsonNode f : m.get("files"))
            if (f.get("path").asText().equals(path))
                return f.get("content_type").asText();
        throw new AssertionError(path);
    }

    private static void setAllMtimes(Path site, FileTime t) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, t);
        }
    }

    private static Set<String> newerThanLongAgo(Path site) throws IOException {
        Set<String> newer = new TreeSet<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (!Files.getLastModifiedTime(p).equals(LONG_AGO))
                    newer.add(site.relativize(p).toString());
            }
        }
        return newer;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- 3. one build at a time ----

    /** Two builds into one folder: the second fails at once, the first completes the site. */
    @Test
    void aSecondBuildIntoTheSameFolderFailsAtOnce() throws Exception {
        Path site = tmp.resolve("site");
        CountDownLatch rendering = new CountDownLatch(1);
        Writer progress = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                if (new String(buf, off, len).contains("rendering")) rendering.countDown();
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        AtomicInteger firstExit = new AtomicInteger(-1);
        Thread first = new Thread(() -> firstExit.set(Main.run(
                new String[] {
                    "build",
                    "--data",
                    Sites.SAMPLE.toString(),
                    "--content",
                    Sites.CONTENT.toString(),
                    "--templates",
                    Sites.TEMPLATES.toString(),
                    "--out",
                    site.toString(),
                    "--base-url",
                    Sites.BASE_URL
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(progress, true))));
        first.start();
        assertTrue(rendering.await(120, TimeUnit.SECONDS), "the first build did not start rendering");
        Run second = build(site, Sites.CONTENT);
        first.join();
        assertEquals(1, second.code, second::toString);
        second.assertError(
                site, 0, "another cptsite build is writing this folder", "wait for that build to finish, or stop it");
        assertEquals(0, firstExit.get());
        assertEquals(
                paths(deployManifest().get("files"), "path"), Sites.files(site).keySet(), "the site is complete");
        assertTrue(Files.isRegularFile(site.resolve(Sites.page("38900"))));
    }

    /**
     * A build in another process holds the lock: a build fails at once. Killed (kill -9), it leaves a stale lock
     * and its staging folder: the next build takes both over and completes the site.
     */
    @Test
    void aLockOfAnotherProcessHoldsUntilItIsKilled() throws Exception {
        Path site = tmp.resolve("site");
        Path log = tmp.resolve("other.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcptsite.relaunched=true",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "build",
                "--data",
                Sites.SAMPLE.toString(),
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                Sites.TEMPLATES.toString(),
                "--out",
                site.toString(),
                "--base-url",
                Sites.BASE_URL));
        Process other = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("rendering")) {
                assertTrue(other.isAlive() && System.nanoTime() < deadline, () -> "no rendering: " + Sites.read(log));
                Thread.sleep(20);
            }
            // Stopped where it stands, lock held, staging half written.
            assertEquals(
                    0,
                    new ProcessBuilder("kill", "-STOP", Long.toString(other.pid()))
                            .start()
                            .waitFor());
            Run second = build(site, Sites.CONTENT);
            assertEquals(1, second.code, second::toString);
            second.assertError(site, 0, "another cptsite build is writing this folder", "released by the system");
            assertFalse(Files.exists(site), "nothing was swapped in");
        } finally {
            other.destroyForcibly().waitFor();
        }
        Run third = build(site, Sites.CONTENT);
        assertEquals(0, third.code, third::toString);
        assertEquals(
                paths(deployManifest().get("files"), "path"), Sites.files(site).keySet(), "the site is complete");
        assertFalse(Files.exists(tmp.resolve(".cptsite/site/staging")));
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
