package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits of content/search-synonyms.yml and site.yml while serving reach the pages without a restart. */
class ServeSettingsEditIT {
    private static final Pattern INDEX = Pattern.compile("/assets/search-index\\.[0-9a-f]{10}\\.json");
    private static final String PROBLEMS = "/__cptsite/problems?page=/";

    @Test
    void aNewSynonymGroupIsInTheSearchIndexEveryPageNames(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir)) {
            String before = index(served.text("/cpt/38900/"));
            assertTrue(served.text(before).contains("\"removal\""), "the fixture's synonyms are in the index");

            Path synonyms = served.content.resolve("search-synonyms.yml");
            Files.writeString(synonyms, Sites.read(synonyms) + "  - [lymph node mapping, lymphatic survey]\n");
            String page = served.await("/cpt/38900/", t -> !index(t).equals(before));
            assertTrue(served.text(index(page)).contains("lymphatic survey"), "the new index has the new group");
            assertEquals(index(page), index(served.text("/category/surgery/")), "every page names the new index");
        }
    }

    @Test
    void siteYmlEditsReloadAndItsNewReleasesAreWatched(@TempDir Path dir) throws IOException {
        Sites.copyTree(Sites.SAMPLE, dir.resolve("releases/sample"));
        Path older = Sites.copyTree(Sites.SAMPLE_2025, dir.resolve("releases/sample-2025"));
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path settings = content.resolve("site.yml");
        String yml = Sites.read(settings).replaceFirst("(?m)^releases: .*$", "releases: [../releases/sample]");
        Files.writeString(settings, yml);
        // No --data: the releases are site.yml's, as in an owner's site.
        try (Served served = new Served(dir, Sites.BASE_URL, List.of(), content)) {
            assertEquals(404, served.get("/releases/").statusCode(), "one release: no release reports");

            Files.writeString(settings, yml.replace("name: RVU Compass", "name: RVU Atlas"));
            served.await("/cpt/38900/", t -> t.contains("RVU Atlas"));

            // site.yml names a second release: loaded, and watched from then on.
            String two = yml.replace("name: RVU Compass", "name: RVU Atlas")
                    .replace(
                            "releases: [../releases/sample]",
                            "releases: [../releases/sample, ../releases/sample-2025]");
            Files.writeString(settings, two);
            served.await("/releases/", t -> t.contains("RVU25D"));
            Path gpci = older.resolve("GPCI2025_sample.csv");
            String good = Sites.read(gpci);
            Files.writeString(gpci, "not a GPCI file\n");
            served.await(PROBLEMS, t -> t.contains("GPCI2025_sample.csv"));
            Files.writeString(gpci, good);
            served.await(PROBLEMS, t -> t.equals("[]"));
        }
    }

    private static String index(String page) {
        Matcher m = INDEX.matcher(page);
        assertTrue(m.find(), "no search index named in the page");
        return m.group();
    }
}
