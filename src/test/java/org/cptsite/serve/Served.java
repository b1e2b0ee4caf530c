package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.cptsite.Sites;
import org.cptsite.pipeline.Pipeline;

/** A {@code serve} of a copy of the fixture site, in this JVM on a free loopback port, for tests. */
final class Served implements AutoCloseable {
    final Path content;
    final Path templates;
    final StringWriter terminal = new StringWriter();
    final Serve serve;
    private final String baseUrl;
    private final List<Path> data;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Serves copies of the fixture content and of the templates made under {@code dir}. */
    Served(Path dir) throws IOException {
        this(dir, Sites.BASE_URL);
    }

    /** The same, with {@code --base-url baseUrl}. */
    Served(Path dir, String baseUrl) throws IOException {
        this(dir, baseUrl, List.of(Sites.SAMPLE), Sites.copyTree(Sites.CONTENT, dir.resolve("content")));
    }

    /** Serves the releases {@code data} (the newest first) with the content folder {@code content}. */
    Served(Path dir, String baseUrl, List<Path> data, Path content) throws IOException {
        this.baseUrl = baseUrl;
        this.data = data;
        this.content = content;
        templates = Sites.copyTree(Sites.TEMPLATES, dir.resolve("templates"));
        serve = Serve.start(options(null), "127.0.0.1", 0, new PrintWriter(terminal, true));
    }

    /** The sample and its older release, with the content of a deleted code: a site with release reports. */
    static Served withHistory(Path dir) throws IOException {
        return new Served(dir, Sites.BASE_URL, Sites.HISTORY, Sites.historyContent(dir.resolve("content")));
    }

    /** The same inputs, for a build into {@code out}. */
    Pipeline.Options options(Path out) {
        return new Pipeline.Options(data, content, templates, out, baseUrl, LocalDate.of(2026, 1, 1));
    }

    String url(String path) {
        return "http://127.0.0.1:" + serve.port() + path;
    }

    HttpResponse<byte[]> get(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    String text(String path) {
        return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    /** GETs {@code path} until its text meets {@code test} (the watcher reloads in the background), at most 10 s. */
    String await(String path, Predicate<String> test) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String text = "";
        while (System.nanoTime() < end) {
            text = text(path);
            if (test.test(text)) return text;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return fail("no change of " + path + " seen in 10 s; last answer:\n" + text + "\nterminal:\n" + terminal);
    }

    /** The answer to a request line sent as written, byte for byte (an HTTP client would normalize the path). */
    String raw(String requestTarget) throws IOException {
        return raw(requestTarget, "127.0.0.1");
    }

    /** The same, with {@code host} as its Host header. */
    String raw(String requestTarget, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", serve.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The page as {@code build} would write it: the served bytes without the injected reload script. */
    static byte[] withoutScript(byte[] served) {
        String html = new String(served, StandardCharsets.UTF_8);
        String stripped =
                html.replaceFirst("<script src=\"/__cptsite/reload\\.js\" data-version=\"\\d+\" defer></script>", "");
        if (stripped.equals(html)) fail("no reload script in the served page");
        return stripped.getBytes(StandardCharsets.UTF_8);
    }

    void write(String relative, String text) throws IOException {
        Files.writeString(content.resolve(relative), text);
    }

    @Override
    public void close() throws IOException {
        serve.close();
    }
}
