package org.cptsite.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
 * <p>The first page is timed over STARTS starts (median); "no-walk" leaves out the walk of every page.
 * Usage: ServeBench JAR DATA CONTENT_COPY PORT [CODE] [EDITS] [STARTS] [no-walk]
 */
public final class ServeBench {
    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String data = args[1];
        Path content = Path.of(args[2]);
        int port = Integer.parseInt(args[3]);
        String code = args.length > 4 ? args[4] : "38900";
        int edits = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        int starts = args.length > 6 ? Integer.parseInt(args[6]) : 1;
        boolean walk = args.length <= 7 || !args[7].equals("no-walk");
        String base = "http://127.0.0.1:" + port;
        String page = base + "/" + (Character.isLetter(code.charAt(0)) ? "hcpcs" : "cpt") + "/" + code + "/";
        Path md = content.resolve("codes").resolve(code + ".md");
        String original = Files.readString(md);

        // The first page of several starts (the last server goes on to the edits): one start is too noisy.
        List<Double> firsts = new ArrayList<>();
        Process server = null;
        for (int i = 1; i <= starts; i++) {
            if (server != null) stop(server);
            long start = System.nanoTime();
            server = new ProcessBuilder(
                            "java",
                            "-jar",
                            jar,
                            "serve",
                            "--data",
                            data,
                            "--content",
                            content.toString(),
                            "--port",
                            Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(content.resolveSibling("serve.log").toFile())
                    .start();
            int bytes = firstPage(server, page);
            double first = (System.nanoTime() - start) / 1e6;
            firsts.add(first);
            System.out.printf(
                    "start %d: first page %s %.0f ms after the start of the command (%d bytes)%n",
                    i, page, first, bytes);
        }
        System.out.printf("first page: median %.0f ms of %d starts%n", median(firsts), firsts.size());
        try {

            List<Double> times = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                String marker = "Benchmark edit number " + i + " of the text.";
                String edited =
                        original.replaceFirst("(?m)^## Clinical context\\s*$", "## Clinical context\n\n" + marker);
                if (edited.equals(original)) throw new IllegalStateException(md + " has no '## Clinical context'");
                Thread.sleep(300);
                long t = System.nanoTime();
                Files.writeString(md, edited);
                while (!get(page).text().contains(marker)) {
                    Thread.sleep(2);
                }
                double ms = (System.nanoTime() - t) / 1e6;
                times.add(ms);
                System.out.printf("edit %2d: %.0f ms%n", i, ms);
            }
            Files.writeString(md, original);
            List<Double> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            System.out.printf(
                    "edit to response: median %.0f ms, min %.0f, max %.0f (%d edits)%n",
                    median(times), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
            if (!walk) return;

            List<String> urls =
                    get(base + "/__cptsite/pages.txt").text().lines().toList();
            long t = System.nanoTime();
            long bytes = 0;
            for (String url : urls) {
                Answer r = get(base + url);
                if (r.status() != 200) throw new IllegalStateException(url + ": " + r.status());
                bytes += r.body().length;
            }
            System.out.printf(
                    "every page requested once: %d pages, %.0f MB, in %.1f s%n",
                    urls.size(), bytes / 1e6, (System.nanoTime() - t) / 1e9);
            ProcessHandle jvm = server.toHandle()
                    .descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("java"))
                    .findFirst()
                    .orElse(server.toHandle());
            for (String line : Files.readAllLines(Path.of("/proc/" + jvm.pid() + "/status"))) {
                if (line.startsWith("VmHWM") || line.startsWith("VmRSS")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    System.out.printf("server JVM %s %d MiB%n", line.substring(0, 5), kb / 1024);
                }
            }
        } finally {
            Files.writeString(md, original);
            stop(server);
        }
    }

    /** Waits for the page's first 200 answer; returns its length. */
    private static int firstPage(Process server, String page) throws InterruptedException {
        while (true) {
            try {
                Answer r = get(page);
                if (r.status() == 200) return r.body().length;
            } catch (IOException e) {
                // not listening yet
            }
            if (!server.isAlive()) throw new IllegalStateException("serve stopped; see serve.log");
            Thread.sleep(10);
        }
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        server.waitFor();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A GET with the JDK's classic blocking client (keep-alive pooled), 10 s at most. */
    private static Answer get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setConnectTimeout(10_000);
        c.setReadTimeout(10_000);
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Answer(status, in == null ? new byte[0] : in.readAllBytes());
        }
    }
}
