package org.cptsite.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cptsite.CommandRun;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several releases in one build: from site.yml, from repeated --data, from a folder of releases. */
class SeveralReleasesIT {
    static final Path OLDER = Sites.FIXTURE.resolve("data/sample-2025");

    @Test
    void withoutDataTheReleasesOfSiteYmlAreBuiltAndTheNewestIsCurrent() {
        CommandRun r = CommandRun.of(
                "check", "--content", Sites.CONTENT.toString(), "--templates", Sites.TEMPLATES.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("ok: RVU26A, "), r::toString);
    }

    @Test
    void repeatedDataInAnyOrderGivesTheSameCurrentRelease() {
        CommandRun r = CommandRun.of(
                "check",
                "--data",
                Sites.SAMPLE.toString(),
                "--data",
                OLDER.toString(),
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                Sites.TEMPLATES.toString());
        CommandRun reversed = CommandRun.of(
                "check",
                "--data",
                OLDER.toString(),
                "--data",
                Sites.SAMPLE.toString(),
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                Sites.TEMPLATES.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals(r.out(), reversed.out());
        assertTrue(r.out().startsWith("ok: RVU26A, "), r::toString);
    }

    @Test
    void aFolderOfReleasesIsEachOfItsSubFolders(@TempDir Path tmp) throws IOException {
        Sites.copyTree(Sites.SAMPLE, tmp.resolve("releases/rvu26a"));
        Sites.copyTree(OLDER, tmp.resolve("releases/rvu25d"));
        Files.writeString(tmp.resolve("releases/notes.txt"), "where these came from");
        // Hidden folders (a repository's, a build's own) and a desktop's file hold no release.
        Files.createDirectories(tmp.resolve("releases/.git/objects"));
        Files.writeString(tmp.resolve("releases/.git/HEAD"), "ref: refs/heads/main");
        Files.createDirectories(tmp.resolve("releases/.cptsite"));
        Files.writeString(tmp.resolve("releases/.DS_Store"), "x");
        CommandRun r = CommandRun.of(
                "check",
                "--data",
                tmp.resolve("releases").toString(),
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                Sites.TEMPLATES.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("ok: RVU26A, "), r::toString);
        // A file beside the releases is part of none, and build says so as it does a release's unused files.
        CommandRun built = CommandRun.of(
                "build",
                "--data",
                tmp.resolve("releases").toString(),
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                Sites.TEMPLATES.toString(),
                "--out",
                tmp.resolve("site").toString());
        assertEquals(0, built.code(), built::toString);
        assertTrue(
                built.err().contains("cptsite: ignored notes.txt (not a release) in " + tmp.resolve("releases")),
                built::toString);
    }

    /** A wrong path of releases: is said at its line of site.yml; an empty list does not build the sample. */
    @Test
    void aReleasesPathThatNamesNothingIsAnErrorAtItsLine(@TempDir Path tmp) throws IOException {
        Path fixture = Sites.copyTree(Sites.FIXTURE, tmp.resolve("site"));
        Path settings = fixture.resolve("content/site.yml");
        String yml = Files.readString(settings);
        Files.writeString(
                settings,
                yml.replaceFirst("(?m)^releases: .*$", "releases:\n  - ../data/sample\n  - ../data/sampel-2025"));
        int line = lineOf(settings, "  - ../data/sampel-2025");
        CommandRun r = check(fixture);
        assertEquals(1, r.code(), r::toString);
        assertTrue(
                r.err()
                        .contains(settings + ":" + line + ": error: releases: '../data/sampel-2025' names no file or "
                                + "folder (" + fixture.resolve("data/sampel-2025") + ")"),
                r::toString);
        assertTrue(r.err().contains("fix: the paths are relative to the content folder"), r::toString);
        // --data replaces releases:, whose paths then do not matter.
        CommandRun given = CommandRun.of(
                "check",
                "--data",
                Sites.SAMPLE.toString(),
                "--content",
                fixture.resolve("content").toString(),
                "--templates",
                Sites.TEMPLATES.toString());
        assertEquals(0, given.code(), given::toString);

        Files.writeString(settings, yml.replaceFirst("(?m)^releases: .*$", "releases: []"));
        CommandRun empty = check(fixture);
        assertEquals(1, empty.code(), empty::toString);
        assertTrue(
                empty.err()
                        .contains(settings + ":" + lineOf(settings, "releases: []")
                                + ": error: 'releases' is an empty list"),
                empty::toString);
    }

    /** A content folder without site.yml is said once, with what to write. */
    @Test
    void aMissingSiteYmlIsSaidOnce(@TempDir Path tmp) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Files.delete(content.resolve("site.yml"));
        CommandRun r = CommandRun.onSample("check", content);
        assertEquals(1, r.code(), r::toString);
        String said = content.resolve("site.yml") + ": error: missing";
        assertTrue(r.err().contains(said + "\n  fix: create site.yml with at least name and base_url"), r::toString);
        assertEquals(
                1,
                r.err().split(java.util.regex.Pattern.quote(content.resolve("site.yml") + ":"), -1).length - 1,
                r::toString);
    }

    private static CommandRun check(Path fixture) {
        return CommandRun.of(
                "check", "--content", fixture.resolve("content").toString(), "--templates", Sites.TEMPLATES.toString());
    }

    private static int lineOf(Path file, String text) throws IOException {
        return Files.readAllLines(file).indexOf(text) + 1;
    }

    @Test
    void twoReleasesWithTheSameIdAreAnErrorNamingBoth(@TempDir Path tmp) {
        Path copy = Sites.copyTree(Sites.SAMPLE, tmp.resolve("copy"));
        CommandRun r = CommandRun.of(
                "check",
                "--data",
                Sites.SAMPLE.toString(),
                "--data",
                copy.toString(),
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                Sites.TEMPLATES.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("release RVU26A is given twice: " + Sites.SAMPLE + " and " + copy), r::toString);
        assertTrue(r.err().contains("fix: give each release once"), r::toString);
    }
}
