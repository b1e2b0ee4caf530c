package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders made while serving are watched, however fast they are made: {@code mkdir -p static/files/a} makes a
 * folder while its parent is being registered, and a file deleted from it later must still be seen.
 */
class InputWatcherTest {
    @Test
    void aFileInFoldersMadeAtOnceIsSeenGoing(@TempDir Path root) throws Exception {
        Set<Path> seen = ConcurrentHashMap.newKeySet();
        try (InputWatcher watcher = new InputWatcher(() -> List.of(root), seen::addAll)) {
            for (int i = 0; i < 20; i++) {
                Path deep = Files.createDirectories(root.resolve("static" + i + "/files/a/b"));
                Path file = Files.writeString(deep.resolve("form.pdf"), "%PDF");
                awaitSeen(seen, file);
                seen.clear();
                Files.delete(file);
                awaitSeen(seen, file);
            }
        }
    }

    private static void awaitSeen(Set<Path> seen, Path file) throws InterruptedException, IOException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!seen.contains(file) && System.nanoTime() < end) Thread.sleep(5);
        assertTrue(seen.contains(file), "not seen: " + file + " (seen " + seen + ")");
    }
}
