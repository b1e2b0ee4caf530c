package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site whose base URL has a path is served under that path, as it is deployed. */
class ServeSubPathIT {
    @TempDir
    Path dir;

    @Test
    void pagesAndAssetsAreServedUnderTheBasePathOnly() throws IOException {
        try (Served served = new Served(dir, "https://example.org/fees")) {
            HttpResponse<byte[]> page = served.get("/fees/cpt/38900/");
            assertEquals(200, page.statusCode());
            String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(html.contains("href=\"/fees/cpt/"), "links under /fees/");
            Matcher css = Pattern.compile("href=\"(/fees/assets/site\\.[0-9a-f]+\\.css)\"")
                    .matcher(html);
            assertTrue(css.find(), "stylesheet under /fees/assets/");
            HttpResponse<byte[]> asset = served.get(css.group(1));
            assertEquals(200, asset.statusCode());
            assertTrue(asset.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
            assertEquals(404, served.get("/cpt/38900/").statusCode(), "outside the base path");
            HttpResponse<byte[]> root = served.get("/");
            assertEquals(302, root.statusCode());
            assertEquals("/fees/", root.headers().firstValue("Location").orElse(""));
            HttpResponse<byte[]> noSlash = served.get("/fees/cpt/38900");
            assertEquals(301, noSlash.statusCode());
            assertEquals(
                    "/fees/cpt/38900/", noSlash.headers().firstValue("Location").orElse(""));
            assertEquals(200, served.get("/fees/").statusCode());
            // The address serve prints to open: the home page under the base path.
            assertEquals("/fees/", served.serve.home());
        }
    }

    /** The overlay asks for a page's problems with its URL as served, under the base path. */
    @Test
    void aPagesProblemsAreFoundByItsUrlUnderTheBasePath() throws IOException {
        try (Served served = new Served(dir, "https://example.org/fees")) {
            String md = java.nio.file.Files.readString(served.content.resolve("codes/38900.md"));
            served.write("codes/38900.md", md + "\nSee [a missing code](/cpt/99999/).\n");
            String problems = served.await("/__cptsite/problems?page=/fees/cpt/38900/", t -> t.contains("/cpt/99999/"));
            assertTrue(problems.contains("codes/38900.md"), problems);
        }
    }
}
