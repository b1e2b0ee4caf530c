package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cptsite.PageKinds;
import org.cptsite.Sites;
import org.cptsite.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file {@code serve} answers with is the file {@code build} writes, byte for byte (a page plus the
 * reload script): every page, JSON twin, asset, the search index, the sitemap, robots.txt, _redirects and
 * _headers, on a site with release reports and deleted codes, before and after edits.
 */
class ServeMatchesBuildIT {
    /** A file of each kind the build writes, so that none of them can go missing from the comparison unseen. */
    private static final List<String> KINDS = List.of(
            "sitemap.xml",
            "robots.txt",
            "_redirects",
            "_headers",
            "cpt/38900.json",
            "cpt/0042T/index.html",
            "cpt/0042T.json",
            "releases/index.html",
            "releases/RVU26A/index.html",
            "404.html",
            "index.html");

    @Test
    void everyFileEqualsTheBuiltOneBeforeAndAfterEdits(@TempDir Path dir) throws IOException {
        try (Served served = Served.withHistory(dir.resolve("in"))) {
            assertSameAsBuild(served, dir.resolve("site1"));

            // A body edit: only 38900's page and twin change.
            String md = Sites.read(served.content.resolve("codes/38900.md"));
            served.write(
                    "codes/38900.md",
                    md.replace(
                            "## Billing and documentation",
                            "A sentence added while serving.\n\n## Billing and documentation"));
            served.await("/cpt/38900/", t -> t.contains("A sentence added while serving."));
            assertSameAsBuild(served, dir.resolve("site2"));

            // A title edit: in the search index (whose hashed name is on every page) and the lists.
            served.write(
                    "codes/38900.md",
                    md.replace(
                            "title: Intraoperative sentinel lymph node mapping",
                            "title: Sentinel node mapping during surgery"));
            served.await("/category/surgery/38100-38999/", t -> t.contains("Sentinel node mapping during surgery"));
            assertSameAsBuild(served, dir.resolve("site3"));

            // A deleted code's content: its page, the release reports and _redirects show it.
            String deleted = Sites.read(served.content.resolve("codes/history/0042T.md"));
            served.write(
                    "codes/history/0042T.md",
                    deleted.replace("(deleted code)", "(retired code)")
                            .replace("replaced_by: [\"70450\"]", "replaced_by: [\"70450\", \"74177\"]"));
            served.await("/cpt/0042T/", t -> t.contains("(retired code)"));
            assertSameAsBuild(served, dir.resolve("site4"));

            // A template edit invalidates every page.
            Path layout = served.templates.resolve("layout.ftlh");
            Files.writeString(
                    layout, Sites.read(layout).replace("</head>", "<meta name=\"x-edited\" content=\"1\">\n</head>"));
            served.await("/cpt/38300/", t -> t.contains("x-edited"));
            assertSameAsBuild(served, dir.resolve("site5"));
        }
    }

    private static void assertSameAsBuild(Served served, Path out) {
        Pipeline.Result r = new Pipeline(served.options(out), m -> {}).run(true);
        assertTrue(r.ok(), () -> r.problems().all().toString());
        Map<String, byte[]> built = Sites.files(out);
        assertTrue(built.keySet().containsAll(KINDS), () -> "the build wrote " + built.keySet());
        assertTrue(built.keySet()
                .containsAll(
                        PageKinds.HISTORY.values().stream().map(PageKinds::file).toList()));
        for (Map.Entry<String, byte[]> file : built.entrySet()) {
            String path = file.getKey();
            // Pages by the URL a browser asks for (/cpt/38900/), other files by their path.
            String url = "/"
                    + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
            HttpResponse<byte[]> answer = served.get(url);
            assertEquals(200, answer.statusCode(), url);
            byte[] body = path.endsWith(".html") ? Served.withoutScript(answer.body()) : answer.body();
            assertArrayEquals(file.getValue(), body, url);
        }
    }
}
