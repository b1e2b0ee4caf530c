package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running server: nothing outside the site, the site's 404 page, the right Content-Type for each kind. */
class ServeSafetyIT {
    @TempDir
    static Path dir;

    static Served served;

    @BeforeAll
    static void start() throws IOException {
        served = new Served(dir);
        // A link out of the templates' assets: never served, assets are the named files only.
        Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Files.createSymbolicLink(served.templates.resolve("assets/secret.txt"), dir.resolve("secret.txt"));
    }

    @AfterAll
    static void stop() throws IOException {
        served.close();
    }

    /** A page of another site whose name was rebound to 127.0.0.1 (DNS rebinding) cannot read the preview. */
    @Test
    void requestsForAnotherHostAreRefused() throws IOException {
        int port = served.serve.port();
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.evil.example:" + port)) {
            String answer = served.raw("/cpt/38900/", host);
            assertTrue(answer.startsWith("HTTP/1.1 403"), host + ":\n" + answer);
            assertFalse(answer.contains("38900"), host);
        }
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port)) {
            assertTrue(served.raw("/cpt/38900/", host).startsWith("HTTP/1.1 200"), host);
        }
    }

    @Test
    void pathsThatLeaveTheSiteGetThe404Page() throws IOException {
        for (String target : List.of(
                "/../secret.txt",
                "/cpt/../../secret.txt",
                "/%2e%2e/secret.txt",
                "/%2E%2E/%2e%2e/etc/passwd",
                "/cpt%2f..%2f..%2fsecret.txt",
                "/cpt/..%2F..%2Fsecret.txt",
                "/..%5c..%5csecret.txt",
                "/assets/secret.txt",
                "/./index.html",
                "/cpt/38900/%00",
                "//etc/passwd",
                "/%c0%ae%c0%ae/secret.txt")) {
            String answer = served.raw(target);
            assertTrue(answer.startsWith("HTTP/1.1 404"), target + ":\n" + answer);
            assertTrue(answer.contains("Page not found"), target);
            assertFalse(answer.contains("SECRET") || answer.contains("root:"), target);
        }
    }

    @Test
    void anUnknownPathGetsTheSites404PageWithStatus404() {
        HttpResponse<byte[]> r = served.get("/cpt/99999/");
        assertEquals(404, r.statusCode());
        // Without the reload script: its version may have moved on, as the link made in start() can set off a
        // rebuild between the two requests.
        byte[] page = Served.withoutScript(served.get("/404.html").body());
        assertEquals(new String(page), new String(Served.withoutScript(r.body())));
        assertEquals(404, served.get("/no/such/file.json").statusCode());
    }

    @Test
    void everyKindOfFileHasItsContentType() {
        Map<String, String> types = Map.of(
                "/",
                "text/html; charset=utf-8",
                "/cpt/38900/",
                "text/html; charset=utf-8",
                "/cpt/38900.json",
                "application/json",
                "/404.html",
                "text/html; charset=utf-8",
                "/__cptsite/reload.js",
                "text/javascript; charset=utf-8");
        types.forEach((path, type) -> assertEquals(
                type, served.get(path).headers().firstValue("Content-Type").orElse(""), path));
        String home = served.text("/");
        for (String asset : List.of("site\\.[0-9a-f]+\\.css", "search\\.[0-9a-f]+\\.js")) {
            var m = java.util.regex.Pattern.compile("/assets/" + asset).matcher(home);
            assertTrue(m.find(), asset);
            String path = m.group();
            HttpResponse<byte[]> r = served.get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals(
                    path.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
                    r.headers().firstValue("Content-Type").orElse(""),
                    path);
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    void aFolderUrlWithoutItsSlashIsRedirectedAndIndexHtmlServed() {
        HttpResponse<byte[]> r = served.get("/cpt/38900");
        assertEquals(301, r.statusCode());
        assertEquals("/cpt/38900/", r.headers().firstValue("Location").orElse(""));
        assertEquals(200, served.get("/cpt/38900/index.html").statusCode());
    }

    @Test
    void onlyGetAndHead() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var post = java.net.http.HttpRequest.newBuilder(java.net.URI.create(served.url("/")))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x"))
                .build();
        assertEquals(
                405, http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
