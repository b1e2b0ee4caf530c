package org.cptsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cptsite.CommandRun;
import org.cptsite.Sites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page checks in a real build of the sample: an editor's link to an anchor that the other page does not
 * have fails {@code build} (exit 1, nothing written, the page and the rule named); {@code checks: { anchors:
 * warning }} in site.yml lets the same build through with a warning.
 */
class PageChecksBuildIT {
    @TempDir
    Path tmp;

    private Path content;

    @BeforeEach
    void contentWithABrokenAnchor() throws IOException {
        content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Path code = content.resolve("codes/38900.md");
        String md = Files.readString(code);
        String marker = "## Clinical context\n\n";
        assertTrue(md.contains(marker));
        Files.writeString(code, md.replace(marker, marker + "See [the FAQ of 38792](/cpt/38792/#no-such-id).\n\n"));
    }

    private CommandRun build(Path out) {
        return CommandRun.onSample("build", content, "--out", out.toString());
    }

    @Test
    void aViolationFailsTheBuildAndNamesThePageAndTheRule() {
        Path site = tmp.resolve("site");
        CommandRun r = build(site);
        String all = r.all();
        assertEquals(1, r.code(), all);
        // The link is the content's: named at its line (ContentLinkLinesTest), a template's at the page.
        assertTrue(
                all.contains(content.resolve("codes/38900.md") + ":15: error: anchors: links to "
                        + "/cpt/38792/#no-such-id, but that page has no such id"),
                all);
        assertTrue(all.contains("checks: { anchors: warning }"), all);
        assertFalse(Files.exists(site), "nothing written");
    }

    /** A page's own error does not hide the errors found across pages: one run reports them all. */
    @Test
    void anErrorOnOnePageDoesNotHideABrokenLinkOnAnother() throws IOException {
        Path code = content.resolve("codes/38792.md");
        Files.writeString(code, Files.readString(code) + "\nSee [a form](/files/missing.pdf).\n");
        Path own = content.resolve("codes/38900.md");
        Files.writeString(own, Files.readString(own) + "\nSee [below](#nowhere).\n");
        CommandRun r = CommandRun.onSample("check", content);
        String all = r.all();
        assertEquals(1, r.code(), all);
        assertTrue(all.contains("links to #nowhere"), all);
        assertTrue(all.contains("links to /files/missing.pdf, which the build does not generate"), all);
        assertTrue(all.contains("links to /cpt/38792/#no-such-id"), all);
        assertFalse(all.contains("nothing was written"), "check writes nothing in any case: " + all);
    }

    /**
     * check goes on past an error in another code's file (left out) and lists the pages' problems with it; build
     * stops at it, before rendering; an error outside content/codes/ stops check too.
     */
    @Test
    void checkListsThePagesProblemsBesideAnErrorInACodeFile() throws IOException {
        Files.writeString(content.resolve("codes/27447.md"), "---\ntitle: [unclosed\n---\nText.\n");
        CommandRun r = CommandRun.onSample("check", content);
        String all = r.all();
        assertEquals(1, r.code(), all);
        assertTrue(all.contains("27447.md:2: error: YAML does not parse"), all);
        assertTrue(all.contains("38900.md:15: error: anchors: links to /cpt/38792/#no-such-id"), all);

        Path site = tmp.resolve("site");
        r = build(site);
        all = r.all();
        assertEquals(1, r.code(), all);
        assertTrue(all.contains("27447.md:2: error: YAML does not parse"), all);
        assertFalse(all.contains("no-such-id"), "build stops at the load stage: " + all);
        assertFalse(Files.exists(site));

        Path ranges = content.resolve("ranges.yml");
        Files.writeString(ranges, Files.readString(ranges) + "ranges: [\n");
        all = CommandRun.onSample("check", content).all();
        assertTrue(all.contains("ranges.yml"), all);
        assertFalse(all.contains("no-such-id"), "an error outside the code files stops check: " + all);
    }

    @Test
    void aRuleMadeAWarningLetsTheBuildThrough() throws IOException {
        Path yml = content.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml) + "checks: { anchors: warning }\n");
        Path site = tmp.resolve("site");
        CommandRun r = build(site);
        String all = r.all();
        assertEquals(0, r.code(), all);
        assertTrue(all.contains("38900.md:15: warning: anchors: links to /cpt/38792/#no-such-id"), all);
        assertTrue(Files.isRegularFile(site.resolve("cpt/38900/index.html")));
    }
}
