package org.cptsite.write;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Files and folders as they are on disk: symbolic links are never followed, only seen and deleted. */
final class FileTrees {
    static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private FileTrees() {}

    /**
     * The attributes of {@code p} itself (a link is a link), or null when nothing is there, also when a file
     * stands where a folder of its path goes (the live site's {@code docs/a.txt} when this build writes
     * {@code docs/a.txt/b.txt}).
     */
    static BasicFileAttributes attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
        } catch (NoSuchFileException e) {
            return null;
        } catch (FileSystemException e) {
            // "Not a directory": the nearest thing on the path is a file or a link, not a folder.
            for (Path a = p.getParent(); a != null; a = a.getParent()) {
                if (Files.isDirectory(a, NOFOLLOW)) break;
                if (Files.exists(a, NOFOLLOW)) return null;
            }
            throw e;
        }
    }

    static boolean isFolder(Path p) {
        return Files.isDirectory(p, NOFOLLOW);
    }

    /** The names in a folder, in the order the file system gives them. */
    static List<String> list(Path dir) throws IOException {
        List<String> names = new ArrayList<>(4);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) names.add(p.getFileName().toString());
        }
        return names;
    }

    /** Deletes whatever is at {@code p}: a file, a link, a folder with all it holds; nothing is fine. */
    static void deleteAny(Path p) throws IOException {
        try {
            Files.delete(p);
        } catch (NoSuchFileException e) {
            // already gone
        } catch (DirectoryNotEmptyException e) {
            deleteTree(p);
        }
    }

    /** Deletes a file, link or folder tree; links are deleted, never followed. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, NOFOLLOW)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
