package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.cptsite.PageKinds;
import org.cptsite.Sites;
import org.cptsite.build.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page from {@code serve} is the page {@code build} writes, plus the reload script: before and after edits. */
class ServeMatchesBuildIT {

    @Test
    void everyKindOfPageEqualsTheBuiltOneBeforeAndAfterEdits(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir.resolve("in"))) {
            assertSameAsBuild(served, dir.resolve("site1"));

            // A body edit: only 38900's page and twin change.
            String md = Sites.read(served.content.resolve("codes/38900.md"));
            served.write("codes/38900.md", md.replace("## Billing and documentation",
                    "A sentence added while serving.\n\n## Billing and documentation"));
            served.await("/cpt/38900/", t -> t.contains("A sentence added while serving."));
            assertSameAsBuild(served, dir.resolve("site2"));

            // A title edit: in the search index (whose hashed name is on every page) and the lists.
            served.write("codes/38900.md", md.replace("title: Intraoperative sentinel lymph node mapping",
                    "title: Sentinel node mapping during surgery"));
            served.await("/category/surgery/38100-38999/", t -> t.contains("Sentinel node mapping during surgery"));
            assertSameAsBuild(served, dir.resolve("site3"));

            // A template edit invalidates every page.
            Path layout = served.templates.resolve("layout.ftlh");
            java.nio.file.Files.writeString(layout, Sites.read(layout).replace("</head>", "<meta name=\"x-edited\" content=\"1\">\n</head>"));
            served.await("/cpt/38300/", t -> t.contains("x-edited"));
            assertSameAsBuild(served, dir.resolve("site4"));
        }
    }

    private static void assertSameAsBuild(Served served, Path out) {
        Pipeline.Result r = new Pipeline(served.options(out), m -> { }).run(true);
        assertTrue(r.ok(), () -> r.problems().all().toString());
        Map<String, byte[]> built = Sites.files(out);
        for (String url : PageKinds.SAMPLE.values()) {
            HttpResponse<byte[]> page = served.get(url);
            assertEquals(200, page.statusCode(), url);
            assertArrayEquals(built.get(PageKinds.file(url)), Served.withoutScript(page.body()), url);
        }
        for (String path : built.keySet()) {
            if (path.endsWith(".json") && path.startsWith("cpt/38900") || path.startsWith("assets/")) {
                assertArrayEquals(built.get(path), served.get("/" + path).body(), path);
            }
        }
    }
}
