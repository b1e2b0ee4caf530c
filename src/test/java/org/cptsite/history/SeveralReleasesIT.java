package org.cptsite.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aFolderOfReleasesIsEachOfItsSubFolders(@TempDir Path tmp) {
        Sites.copyTree(Sites.SAMPLE, tmp.resolve("releases/rvu26a"));
        Sites.copyTree(OLDER, tmp.resolve("releases/rvu25d"));
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
