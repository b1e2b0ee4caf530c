package org.cptsite.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cptsite.output.ContentTypes;

/**
 * The HTTP side of {@code serve}: pages and files from the {@link LiveSite}, with a small script added to
 * each page that reloads it when the inputs change (server-sent events) and shows their problems.
 * Only GET and HEAD; paths that try to leave the site get the 404 page; on a loopback address, only requests
 * that name this machine (a page of another site that rebinds its name to 127.0.0.1 gets a 403).
 */
public final class DevServer implements AutoCloseable {
    static final String PREFIX = "/__cptsite/";
    static final String SCRIPT = PREFIX + "reload.js";
    private static final byte[] HEAD_END = "</head>".getBytes(StandardCharsets.US_ASCII);
    /** How often an idle event stream sends a comment, so that a closed tab frees its thread. */
    private static final long KEEP_ALIVE_MS = 15_000;

    private final LiveSite live;
    private final HttpServer server;
    private final ExecutorService threads;
    private final byte[] script;
    private final ObjectMapper json = new ObjectMapper();
    /** Bound to a loopback address: only requests that name this machine are answered ({@link LocalHosts}). */
    private final boolean loopback;

    static {
        // The JDK's server writes the headers and a small body in two packets; with Nagle's algorithm the
        // second waits for the client's delayed ACK, 40 ms on Linux, on every such answer (a JSON twin). Read
        // once, when the JDK's server is first used.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    public DevServer(LiveSite live, String host, int port) throws IOException {
        this.live = live;
        try (InputStream in = DevServer.class.getResourceAsStream("reload.js")) {
            this.script = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        loopback = server.getAddress().getAddress().isLoopbackAddress();
        // A thread per open event stream (one per tab) besides the requests: few, in development.
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cptsite-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The tag {@code serve} adds before {@code </head>}; a page served is the built page plus this. */
    public static String scriptTag(long version) {
        return "<script src=\"" + SCRIPT + "\" data-version=\"" + version + "\" defer></script>";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (loopback && !LocalHosts.allowed(exchange.getRequestHeaders().getFirst("Host"))) {
                send(
                        exchange,
                        403,
                        "text/plain; charset=utf-8",
                        "cptsite serve answers requests for localhost, 127.0.0.1 or [::1] only\n"
                                .getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(
                        exchange,
                        405,
                        "text/plain; charset=utf-8",
                        "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = RequestPath.of(exchange.getRequestURI().getRawPath());
            if (path == null) {
                respond(exchange, live.notFound(), live.version()); // a path that tries to leave the site
                return;
            }
            switch (path) {
                case SCRIPT -> send(exchange, 200, ContentTypes.of(SCRIPT), script);
                case PREFIX + "events" -> events(exchange);
                case PREFIX + "problems" ->
                    send(
                            exchange,
                            200,
                            "application/json",
                            json.writeValueAsBytes(live.problems(query(exchange, "page")).stream()
                                    .map(LiveSite::describe)
                                    .toList()));
                case PREFIX + "pages.txt" ->
                    send(
                            exchange,
                            200,
                            "text/plain; charset=utf-8",
                            (String.join("\n", live.pageUrls()) + "\n").getBytes(StandardCharsets.UTF_8));
                default -> page(exchange, path);
            }
        } catch (IOException | UncheckedIOException e) {
            // the browser went away mid-answer: nothing to do
        } catch (RuntimeException e) {
            // A bug, not bad input: shown in the terminal, and the server goes on serving the other pages.
            System.err.println("cptsite: internal error answering " + exchange.getRequestURI());
            e.printStackTrace();
        }
    }

    private void page(HttpExchange exchange, String path) throws IOException {
        long version = live.version();
        respond(exchange, live.get(path), version);
    }

    private void respond(HttpExchange exchange, LiveSite.Response r, long version) throws IOException {
        if (r.location() != null) {
            exchange.getResponseHeaders().set("Location", r.location());
            send(exchange, r.status(), "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (r.file() != null) {
            sendFile(exchange, r.type(), r.file());
            return;
        }
        byte[] body = r.type().equals(ContentTypes.HTML) ? inject(r.body(), version) : r.body();
        send(exchange, r.status(), r.type(), body);
    }

    /** A file of content/static/, as it is on disk, in pieces: no reload script, no copy in memory. */
    private static void sendFile(HttpExchange exchange, String type, Path file) throws IOException {
        long size = Files.size(file);
        boolean head = sendHeaders(exchange, 200, type, size);
        if (!head && size > 0) Files.copy(file, exchange.getResponseBody());
    }

    /** The page with the reload script before {@code </head>} (or at the end, for a page without a head). */
    static byte[] inject(byte[] html, long version) {
        byte[] tag = scriptTag(version).getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(html, HEAD_END);
        if (at < 0) at = html.length;
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** Server-sent events: "reload" as soon as the inputs' version differs from the page's. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long known;
        try {
            known = Long.parseLong(query(exchange, "v"));
        } catch (NumberFormatException e) {
            known = live.version();
        }
        try {
            while (true) {
                long now = live.awaitChange(known, KEEP_ALIVE_MS);
                String message = now != known ? "event: reload\ndata: " + now + "\n\n" : ": keep-alive\n\n";
                known = now;
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) return "";
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return ""; // malformed %-encoding
                }
            }
        }
        return "";
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (!sendHeaders(exchange, status, type, body.length))
            exchange.getResponseBody().write(body);
    }

    /** The status and headers of an answer of {@code length} bytes; whether it is to a HEAD (no body). */
    private static boolean sendHeaders(HttpExchange exchange, int status, String type, long length) throws IOException {
        var headers = exchange.getResponseHeaders();
        if (type != null) headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || length == 0 ? -1 : length);
        return head;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
