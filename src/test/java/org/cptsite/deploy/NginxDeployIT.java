package org.cptsite.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.zip.GZIPInputStream;
import org.cptsite.Sites;
import org.cptsite.browser.Browser;
import org.cptsite.write.Headers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample site served by a real nginx with the shipped deploy/nginx.conf: pretty URLs, the 404 status
 * and page, cache and security headers, a precompressed response, and the site under a sub-path with every
 * link of its pages answering. In headless chromium, the pages run under the Content-Security-Policy
 * without a violation.
 */
class NginxDeployIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    static Path tmp;

    private static Path root;
    private static Nginx nginx;
    private static Nginx subPath;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Files.writeString(content.resolve("site.yml"), "\nprecompress: [gzip]\n", StandardOpenOption.APPEND);
        root = tmp.resolve("www");
        Sites.build(Sites.SAMPLE, content, root, LocalDate.of(2026, 1, 15));
        nginx = Nginx.serve(root, "/404.html", tmp.resolve("nginx"));
        SubPathSiteIT.build(tmp.resolve("sub/fees"));
        subPath = Nginx.serve(tmp.resolve("sub"), "/fees/404.html", tmp.resolve("nginx-sub"));
    }

    @AfterAll
    static void stop() {
        if (nginx != null) nginx.close();
        if (subPath != null) subPath.close();
    }

    private static HttpResponse<byte[]> get(Nginx server, String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.origin() + path));
            if (headers.length > 0) b.headers(headers);
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static byte[] file(String path) throws IOException {
        return Files.readAllBytes(root.resolve(path));
    }

    @Test
    void prettyUrls() throws IOException {
        HttpResponse<byte[]> page = get(nginx, "/cpt/38900/");
        assertEquals(200, page.statusCode());
        assertTrue(header(page, "Content-Type").startsWith("text/html"), header(page, "Content-Type"));
        assertArrayEquals(file("cpt/38900/index.html"), page.body());
        HttpResponse<byte[]> noSlash = get(nginx, "/cpt/38900");
        assertEquals(301, noSlash.statusCode());
        assertEquals("/cpt/38900/", header(noSlash, "Location"));
        assertArrayEquals(file("index.html"), get(nginx, "/").body());
        HttpResponse<byte[]> json = get(nginx, "/cpt/38900.json");
        assertEquals("application/json", header(json, "Content-Type"));
        // Text says its charset (RFC 9116 asks it of a security.txt in content/static/).
        assertEquals("text/plain; charset=utf-8", header(get(nginx, "/robots.txt"), "Content-Type"));
    }

    @Test
    void unknownUrlsAnswer404WithThe404Page() throws IOException {
        for (String path : List.of(
                "/cpt/00000/",
                "/no/such/page",
                "/_headers",
                "/_redirects",
                "/.cptsite-manifest.tsv",
                "/cpt/", // a folder without a page: nginx's 403 without the error_page
                "/assets/")) {
            HttpResponse<byte[]> r = get(nginx, path);
            assertEquals(404, r.statusCode(), path);
            assertArrayEquals(file("404.html"), r.body(), path);
        }
        // At its own address the page answers 200, as any file does: it asks not to be indexed, so that search
        // engines do not keep a "Page not found" page (a soft 404). No other page asks it.
        HttpResponse<byte[]> direct = get(nginx, "/404.html");
        assertEquals(200, direct.statusCode());
        String html = new String(direct.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"), html);
        assertFalse(new String(file("index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("noindex"));
    }

    @Test
    void cacheAndSecurityHeaders() {
        String css = "/" + root.relativize(firstAsset("site.")).toString();
        HttpResponse<byte[]> asset = get(nginx, css);
        assertEquals(200, asset.statusCode(), css);
        assertEquals(Headers.IMMUTABLE, header(asset, "Cache-Control"));
        assertEquals("text/css", header(asset, "Content-Type"));
        for (String path : List.of("/cpt/38900/", "/cpt/38900.json", "/sitemap.xml", "/no/such/page")) {
            HttpResponse<byte[]> r = get(nginx, path);
            assertEquals(Headers.REVALIDATE, header(r, "Cache-Control"), path);
            assertEquals(Headers.CONTENT_SECURITY_POLICY, header(r, "Content-Security-Policy"), path);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
            assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"), path);
        }
    }

    @Test
    void thePrecompressedFileIsServedWithContentEncoding() throws IOException {
        HttpResponse<byte[]> r = get(nginx, "/cpt/38900/", "Accept-Encoding", "gzip");
        assertEquals(200, r.statusCode());
        assertEquals("gzip", header(r, "Content-Encoding"));
        assertArrayEquals(file("cpt/38900/index.html.gz"), r.body(), "the .gz file itself (gzip_static)");
        assertArrayEquals(
                file("cpt/38900/index.html"), new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes());
        assertEquals("", header(get(nginx, "/cpt/38900/"), "Content-Encoding"), "plain to a client without gzip");
    }

    @Test
    void theSiteUnderASubPathAnswersEveryLinkOfItsPages() throws IOException {
        HttpResponse<byte[]> home = get(subPath, "/fees/");
        assertEquals(200, home.statusCode());
        HttpResponse<byte[]> missing = get(subPath, "/fees/cpt/00000/");
        assertEquals(404, missing.statusCode());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("sub/fees/404.html")), missing.body());
        TreeSet<String> links = new TreeSet<>();
        for (String page :
                List.of("/fees/", "/fees/cpt/38900/", "/fees/category/surgery/", "/fees/search/", "/fees/404.html")) {
            Document d = Jsoup.parse(new String(get(subPath, page).body(), StandardCharsets.UTF_8));
            for (Element e : d.select("[href], [src], [action], [data-search], [data-localities]")) {
                for (String attr : List.of("href", "src", "action", "data-search", "data-localities")) {
                    String v = e.attr(attr);
                    if (v.startsWith("/")) links.add(v.replaceAll("#.*", ""));
                }
            }
        }
        assertTrue(links.size() > 50, links::toString);
        List<String> broken = new ArrayList<>();
        for (String link : links) {
            int status = get(subPath, link).statusCode();
            if (status != 200) broken.add(link + " " + status);
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void pagesRunUnderTheContentSecurityPolicyWithoutViolation() throws IOException {
        // A page that breaks the policy, to show that a violation would be seen.
        Files.writeString(
                root.resolve("csp-probe.html"),
                "<!DOCTYPE html><title>probe</title>"
                        + "<p style=\"color:red\">x</p><script>document.title = 'ran';</script>");
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.get(nginx.origin() + "/csp-probe.html");
            assertEquals("probe", driver.getTitle(), "the inline script was blocked");
            assertTrue(violations(driver).size() >= 2, "the probe's violations are logged");

            driver.get(nginx.origin() + "/cpt/38900/");
            // The locality script ran and fetched the localities: choose one and see its amounts.
            new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector("#locality[data-ready=true]"))
                            .isEmpty());
            driver.get(nginx.origin() + "/search/?q=3890"); // a full code would open its page
            new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector("#search-page-results a[href='/cpt/38900/']"))
                            .isEmpty());
            driver.get(nginx.origin() + "/");
            driver.get(nginx.origin() + "/404.html");
            assertEquals(List.of(), violations(driver));
        } finally {
            driver.quit();
        }
    }

    private static List<String> violations(ChromeDriver driver) {
        List<String> found = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()
                    && e.getMessage().contains("Content Security Policy")) {
                found.add(e.getMessage());
            }
        }
        return found;
    }

    private static Path firstAsset(String prefix) {
        try (var s = Files.list(root.resolve("assets"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.toString().endsWith(".css"))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
