package org.cptsite.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cptsite.Sites;

/**
 * Debian's nginx serving a folder with the shipped {@code deploy/nginx.conf}, its three EDIT lines filled in:
 * on 127.0.0.1 and a free port, in the foreground, with its pid, logs and temp files in a temp folder.
 * Skipped where nginx is not installed, except on CI (CI=true), where .ci/run installs it.
 */
final class Nginx implements AutoCloseable {
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path SHIPPED = Sites.ROOT.resolve("deploy/nginx.conf");

    private final Process process;
    private final int port;
    private final Path dir;

    /** Serves {@code root}; {@code notFound} is the 404 page's URL (/404.html, or /fees/404.html under /fees). */
    static Nginx serve(Path root, String notFound, Path dir) {
        boolean present = Files.isExecutable(NGINX);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("nginx is required on CI; .ci/run installs it");
        }
        assumeTrue(present, "nginx not installed");
        try {
            return new Nginx(root, notFound, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Nginx(Path root, String notFound, Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.port = freePort();
        String shipped = Files.readString(SHIPPED);
        List<String> edits =
                List.of("listen 127.0.0.1:8080;", "root /var/www/cptsite;", "error_page 403 404 =404 /404.html;");
        // Each EDIT line must be there to be filled in (a check of the result for "8080" failed when the free
        // port or the temporary folder happened to contain it).
        if (!edits.stream().allMatch(shipped::contains)) {
            throw new IllegalStateException("deploy/nginx.conf no longer has the EDIT lines this test fills in");
        }
        String site = shipped.replace(edits.get(0), "listen 127.0.0.1:" + port + ";")
                .replace(edits.get(1), "root " + root.toAbsolutePath() + ";")
                .replace(edits.get(2), "error_page 403 404 =404 " + notFound + ";");
        Files.writeString(dir.resolve("site.conf"), site);
        String temp = dir.toAbsolutePath().toString();
        Files.writeString(
                dir.resolve("nginx.conf"),
                "daemon off;\nmaster_process off;\nworker_processes 1;\n"
                        + "pid " + temp + "/nginx.pid;\nerror_log " + temp + "/error.log;\n"
                        + "events { worker_connections 64; }\n"
                        + "http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n"
                        + "  access_log off;\n"
                        + "  client_body_temp_path " + temp + "/body;\n  proxy_temp_path " + temp + "/proxy;\n"
                        + "  fastcgi_temp_path " + temp + "/fastcgi;\n  uwsgi_temp_path " + temp + "/uwsgi;\n"
                        + "  scgi_temp_path " + temp + "/scgi;\n"
                        + "  include " + temp + "/site.conf;\n}\n");
        process = new ProcessBuilder(
                        NGINX.toString(), "-e", temp + "/error.log", "-p", temp, "-c", temp + "/nginx.conf")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!listening()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("out.log"))
                        + readOrEmpty(dir.resolve("error.log")));
            }
            sleep();
        }
    }

    /** http://127.0.0.1:PORT */
    String origin() {
        return "http://127.0.0.1:" + port;
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String readOrEmpty(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: nginx exits at once
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
