package org.cptsite.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them (folders created later too) and hands the changed files to a
 * listener, once a burst of events has been quiet for {@link #QUIET_MS}: an editor's save is often several
 * events (truncate, write, rename).
 */
final class InputWatcher implements AutoCloseable {
    static final long QUIET_MS = 25;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /**
     * The folders that hold a root folder, watched for it alone: a root deleted and made again (a release
     * unzipped anew, a content folder restored) is watched again; a root that does not exist yet, once made.
     */
    private final Map<WatchKey, Path> parents = new HashMap<>();

    private final Consumer<Set<Path>> listener;
    private final Supplier<List<Path>> roots;
    /** The roots watched so far; only the watcher's thread adds to it once it runs. */
    private final Set<Path> watched = new HashSet<>();

    private final Thread thread;

    /**
     * Watches each of the {@code roots} (a folder, or a file such as a release zip: then its folder, for it
     * alone), asking for them again after each change: site.yml may name other releases.
     */
    InputWatcher(Supplier<List<Path>> roots, Consumer<Set<Path>> listener) throws IOException {
        List<Path> first = roots.get();
        this.service = first.get(0).getFileSystem().newWatchService();
        this.listener = listener;
        this.roots = roots;
        watch(first);
        thread = new Thread(this::run, "cptsite-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching the roots not watched yet. */
    private void watch(List<Path> roots) throws IOException {
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            if (!watched.add(abs)) continue;
            Path parent = abs.getParent();
            if (Files.isDirectory(abs)) {
                registerTree(abs);
                // Its folder, for it alone (unless watched whole already: registering again would narrow it).
                if (parent != null && !folders.containsValue(parent)) {
                    parents.put(parent.register(service, ENTRY_CREATE, ENTRY_DELETE), parent);
                }
            } else if (parent != null && Files.isDirectory(parent)) {
                register(parent); // a file (a release zip), or a folder not made yet: its folder, whole
            }
        }
    }

    /**
     * Watches {@code root} and the folders below it. A folder made between the walk and its parent's
     * registration sends no event to anyone ({@code mkdir -p static/files} while serving left files/ unwatched,
     * and a PDF deleted from it unnoticed): the tree is walked again until no folder is new.
     */
    private void registerTree(Path root) throws IOException {
        Set<Path> registered = new HashSet<>();
        boolean added = true;
        while (added) {
            added = false;
            try (Stream<Path> s = Files.walk(root)) {
                for (Path dir : s.filter(Files::isDirectory).toList()) {
                    if (!registered.add(dir)) continue;
                    register(dir);
                    added = true;
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private void register(Path dir) throws IOException {
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                WatchKey key = service.take();
                // Collect until the burst is over.
                while (key != null) {
                    collect(key, changed);
                    key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
                }
                if (!changed.isEmpty()) {
                    try {
                        listener.accept(changed);
                    } catch (RuntimeException | StackOverflowError e) {
                        // A bug in a reload must not end the watching: the editor's next save tries again. (A
                        // stack overflow unwinds to here whole; out of memory has a handler of its own.)
                        System.err.println("cptsite: reloading after a change failed (a bug; please report it): " + e);
                    }
                    watchNew();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void watchNew() {
        try {
            watch(roots.get());
        } catch (IOException | UncheckedIOException e) {
            // a release that cannot be read: its load has said so; a later change asks again
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path parent = parents.get(key);
        if (parent != null && !folders.containsKey(key)) {
            collectRoots(key, parent, changed);
            return;
        }
        Path dir = folders.get(key);
        for (var event : key.pollEvents()) {
            if (dir == null) continue;
            if (event.kind() == OVERFLOW) {
                changed.add(dir); // events were lost: the whole folder counts as changed
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            changed.add(file);
            if (event.kind() == ENTRY_CREATE) watchNewFolder(file, changed);
        }
        if (!key.reset()) folders.remove(key);
    }

    /** A folder just made: watched from now on, and what was written into it before that, as changed. */
    private void watchNewFolder(Path file, Set<Path> changed) {
        if (!Files.isDirectory(file)) return;
        try {
            registerTree(file);
            try (Stream<Path> s = Files.walk(file)) {
                s.forEach(changed::add);
            }
        } catch (IOException | UncheckedIOException e) {
            // gone again already: the change (the file itself) is reported all the same
        }
    }

    /** A root folder made (again) in {@code parent}: watched, with what it holds, as a change. */
    private void collectRoots(WatchKey key, Path parent, Set<Path> changed) {
        for (var event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) continue;
            Path file = parent.resolve((Path) event.context());
            if (!watched.contains(file)) continue; // another file beside a root
            changed.add(file);
            if (event.kind() == ENTRY_CREATE) watchNewFolder(file, changed);
        }
        if (!key.reset()) parents.remove(key);
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
