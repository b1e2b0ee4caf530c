package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.cptsite.Sites;
import org.cptsite.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} computes the site's facts again when an input they depend on changes: a ranges.yml edit that
 * splits 38900's range gives its page the new range's comparison, as a build of the edited inputs does.
 */
class ServeRangesEditIT {
    @Test
    void aRangeSplitWhileServingChangesTheComparison(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir.resolve("in"))) {
            assertTrue(served.text("/cpt/38900/")
                    .contains("<th scope=\"row\">38100–38999</th><td data-label=\"Codes\">37</td>"));
            String ranges = Sites.read(served.content.resolve("ranges.yml"));
            String whole =
                    "  - { from: \"38100\", to: \"38999\", name: \"Spleen, bone marrow and lymph nodes (hemic and lymphatic systems)\" }\n";
            assertTrue(ranges.contains(whole));
            served.write("ranges.yml", ranges.replace(whole, """
                      - { from: "38100", to: "38789", name: "Spleen, bone marrow and lymph node removal" }
                      - { from: "38790", to: "38999", name: "Lymph node imaging and mapping" }
                    """));
            String page = served.await("/cpt/38900/", t -> t.contains("<th scope=\"row\">38790–38999</th>"));
            assertTrue(!page.contains("38100–38999"), "the old range is gone from the comparison");

            Pipeline.Result r = new Pipeline(served.options(dir.resolve("site")), m -> {}).run(true);
            assertTrue(r.ok(), () -> r.problems().all().toString());
            assertArrayEquals(
                    Sites.files(dir.resolve("site")).get("cpt/38900/index.html"),
                    Served.withoutScript(served.get("/cpt/38900/").body()));
        }
    }
}
