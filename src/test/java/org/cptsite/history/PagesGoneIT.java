package org.cptsite.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cptsite.Sites;
import org.cptsite.model.Problem;
import org.cptsite.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that publishes fewer pages than the live site: the older release left out, the deleted codes' pages
 * go with it. The build still succeeds, and warns with the count, the first URLs and what to do.
 */
class PagesGoneIT {
    static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    @Test
    void leavingOutTheOlderReleaseWarnsOfTheDeletedCodesPagesItTakesDown(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        Pipeline.Result both = Sites.build(Sites.HISTORY, Sites.CONTENT, site, TODAY);
        assertTrue(
                goneWarnings(both).isEmpty(),
                () -> "a first build takes nothing down: " + both.problems().all());

        Pipeline.Result again = Sites.build(Sites.HISTORY, Sites.CONTENT, site, TODAY);
        assertTrue(
                goneWarnings(again).isEmpty(),
                () -> "the same inputs take nothing down: " + again.problems().all());

        // The deleted codes, from the two files themselves.
        Set<String> deletedPages = new TreeSet<>();
        Set<String> current = Sites.codes(Sites.pprrvu(Sites.SAMPLE));
        for (String code : Sites.codes(Sites.pprrvu(Sites.SAMPLE_2025))) {
            if (!current.contains(code)) deletedPages.add("/" + Sites.page(code).replace("index.html", ""));
        }
        assertFalse(deletedPages.isEmpty(), "the fixture's older release has codes the current one lacks");

        Pipeline.Result alone = Sites.build(Sites.SAMPLE, Sites.CONTENT, site, TODAY);
        assertTrue(alone.ok(), () -> alone.problems().all().toString());
        List<Problem> warnings = goneWarnings(alone);
        assertEquals(1, warnings.size(), () -> alone.problems().all().toString());
        Problem w = warnings.get(0);
        assertEquals(site.toString(), w.file());

        List<String> removedPages = new ArrayList<>();
        JsonNode manifest =
                new ObjectMapper().readTree(Files.readString(tmp.resolve(".cptsite/site/deploy-manifest.json")));
        manifest.get("removed").forEach(p -> {
            if (p.asText().endsWith(".html")) removedPages.add("/" + p.asText().replaceFirst("index\\.html$", ""));
        });
        assertTrue(removedPages.containsAll(deletedPages), () -> "removed: " + removedPages);
        assertTrue(
                w.message()
                        .startsWith(String.format(
                                "%,d pages of the previous build are not in this one", removedPages.size())),
                w::message);
        assertTrue(w.message().contains(": " + String.join(", ", removedPages.subList(0, 3)) + " and "), w::message);
        assertTrue(
                w.message()
                        .endsWith("(" + tmp.resolve(".cptsite/site/deploy-manifest.json")
                                + " lists them all under removed)"),
                w::message);
        assertTrue(w.fix().contains("give the older releases again (--data, or releases: in site.yml)"), w::fix);
        assertTrue(Files.notExists(
                site.resolve(Sites.page(deletedPages.iterator().next().split("/")[2]))));

        Pipeline.Result after = Sites.build(Sites.SAMPLE, Sites.CONTENT, site, TODAY);
        assertTrue(
                goneWarnings(after).isEmpty(),
                () -> "once gone, said once: " + after.problems().all());
    }

    /** No code page among the pages gone: the fix speaks of the content that made them, not of releases. */
    @Test
    void aSpecialtyPageGoneIsPutDownToTheContent(@TempDir Path tmp) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Path site = tmp.resolve("site");
        assertTrue(Sites.build(Sites.SAMPLE, content, site, TODAY).ok());
        // The one code file naming this specialty names another instead.
        Path file = content.resolve("codes/38792.md");
        Files.writeString(file, Files.readString(file).replace("Nuclear Medicine", "Surgical Oncology"));

        Pipeline.Result r = Sites.build(Sites.SAMPLE, content, site, TODAY);

        assertTrue(r.ok(), () -> r.problems().all().toString());
        List<Problem> warnings = goneWarnings(r);
        assertEquals(1, warnings.size(), () -> r.problems().all().toString());
        assertTrue(warnings.get(0).message().contains("/specialty/nuclear-medicine/"), warnings.get(0)::message);
        assertTrue(
                warnings.get(0).fix().startsWith("they came from content that is no longer there"),
                warnings.get(0)::fix);
    }

    private static List<Problem> goneWarnings(Pipeline.Result r) {
        return r.problems().all().stream()
                .filter(p -> !p.isError() && p.message().contains("of the previous build"))
                .toList();
    }
}
