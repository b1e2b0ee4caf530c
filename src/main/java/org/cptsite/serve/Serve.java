package org.cptsite.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.cptsite.pipeline.Pipeline;

/** A running {@code serve}: the live site, its HTTP server and the watcher of its inputs. */
public final class Serve implements AutoCloseable {
    /** Rendered pages kept in memory: about 3,000 code pages; the rest are rendered again when asked for. */
    public static final long CACHE_BYTES = 48L << 20;

    private final LiveSite live;
    private final DevServer server;
    private final InputWatcher watcher;

    private Serve(LiveSite live, DevServer server, InputWatcher watcher) {
        this.live = live;
        this.server = server;
        this.watcher = watcher;
    }

    /**
     * Starts watching, loads the inputs and starts the server on {@code host:port} (0: any free port).
     * Problems of the inputs are reported on {@code err} and in the browser; an IOException means the
     * address cannot be used.
     */
    public static Serve start(Pipeline.Options options, String host, int port, PrintWriter err) throws IOException {
        LiveSite live = new LiveSite(options, err, CACHE_BYTES);
        // Watch before loading, so that an edit made during the load is not missed.
        InputWatcher watcher = new InputWatcher(
                () -> {
                    List<Path> roots = new java.util.ArrayList<>(List.of(options.content(), options.templates()));
                    roots.addAll(live.releasePaths());
                    return roots;
                },
                live::changed);
        DevServer server;
        try {
            server = new DevServer(live, host, port);
        } catch (IOException e) {
            watcher.close();
            throw e;
        }
        live.start();
        return new Serve(live, server, watcher);
    }

    public int port() {
        return server.port();
    }

    /** The home page's path: "/", or the base URL's path ("/fees/"). */
    public String home() {
        return live.home();
    }

    @Override
    public void close() throws IOException {
        server.close();
        watcher.close();
    }
}
