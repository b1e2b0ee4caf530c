package org.cptsite.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The benchmark of {@code serve} ({@code .ci/bench-serve} runs it): starts {@code java -jar JAR serve} on a
 * release and a copy of the content, then measures
 * <ul>
 * <li>the time from the start of the command to the first page served;</li>
 * <li>for each of EDITS edits of a code's Markdown, the time from the file write to the HTTP response that
 * carries the new text (the page polled every 2 ms);</li>
 * <li>the server JVM's peak and current memory (VmHWM, VmRSS) after every page has been requested once.</li>
 * </ul>
 * Usage: ServeBench JAR DATA CONTENT_COPY PORT [CODE] [EDITS]
 */
public final class ServeBench {
    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String data = args[1];
        Path content = Path.of(args[2]);
        int port = Integer.parseInt(args[3]);
        String code = args.length > 4 ? args[4] : "38900";
        int edits = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        String base = "http://127.0.0.1:" + port;
        String page = base + "/" + (Character.isLetter(code.charAt(0)) ? "hcpcs" : "cpt") + "/" + code + "/";
        Path md = content.resolve("codes").resolve(code + ".md");
        String original = Files.readString(md);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        long start = System.nanoTime();
        Process server = new ProcessBuilder("java", "-jar", jar, "serve", "--data", data, "--content", content.toString(),
                "--port", Integer.toString(port)).redirectErrorStream(true)
                .redirectOutput(content.resolveSibling("serve.log").toFile()).start();
        try {
            String body;
            while (true) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        body = r.body();
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (!server.isAlive()) throw new IllegalStateException("serve stopped; see serve.log");
                Thread.sleep(10);
            }
            double first = (System.nanoTime() - start) / 1e6;
            System.out.printf("first page %s: %.0f ms after the start of the command (%d bytes)%n", page, first,
                    body.length());

            List<Double> times = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                String marker = "Benchmark edit number " + i + " of the text.";
                String edited = original.replaceFirst("(?m)^## Clinical context\\s*$", "## Clinical context\n\n" + marker);
                if (edited.equals(original)) throw new IllegalStateException(md + " has no '## Clinical context'");
                Thread.sleep(300);
                long t = System.nanoTime();
                Files.writeString(md, edited);
                while (!http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString())
                        .body().contains(marker)) {
                    Thread.sleep(2);
                }
                double ms = (System.nanoTime() - t) / 1e6;
                times.add(ms);
                System.out.printf("edit %2d: %.0f ms%n", i, ms);
            }
            Files.writeString(md, original);
            List<Double> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            System.out.printf("edit to response: median %.0f ms, min %.0f, max %.0f (%d edits)%n", median,
                    sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());

            List<String> urls = http.send(HttpRequest.newBuilder(URI.create(base + "/__cptsite/pages.txt")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().lines().toList();
            long t = System.nanoTime();
            long bytes = 0;
            for (String url : urls) {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + url))
                        .timeout(java.time.Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) throw new IllegalStateException(url + ": " + r.statusCode());
                bytes += r.body().length;
            }
            System.out.printf("every page requested once: %d pages, %.0f MB, in %.1f s%n", urls.size(), bytes / 1e6,
                    (System.nanoTime() - t) / 1e9);
            ProcessHandle jvm = server.toHandle().descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                    .findFirst().orElse(server.toHandle());
            for (String line : Files.readAllLines(Path.of("/proc/" + jvm.pid() + "/status"))) {
                if (line.startsWith("VmHWM") || line.startsWith("VmRSS")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    System.out.printf("server JVM %s %d MiB%n", line.substring(0, 5), kb / 1024);
                }
            }
        } finally {
            Files.writeString(md, original);
            server.destroy();
            server.waitFor();
        }
    }
}
