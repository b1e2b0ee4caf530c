package org.cptsite.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.cptsite.Sites;
import org.cptsite.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several releases in one build: from site.yml, from repeated --data, from a folder of releases. */
class SeveralReleasesIT {
    static final Path OLDER = Sites.FIXTURE.resolve("data/sample-2025");

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void withoutDataTheReleasesOfSiteYmlAreBuiltAndTheNewestIsCurrent() {
        Run r = run("check", "--content", Sites.CONTENT.toString(), "--templates", Sites.TEMPLATES.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("ok: RVU26A, "), r::toString);
    }

    @Test
    void repeatedDataInAnyOrderGivesTheSameCurrentRelease() {
        Run r = run(
                "check",
                "--data",
                Sites.SAMPLE.toString(),
                "--data",
                OLDER.toString(),
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                Sites.TEMPLATES.toString());
        Run reversed = run(
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
        Run r = run(
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
        Run r = run(
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
