package org.cptsite.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cptsite.model.DesktopFiles;
import org.cptsite.model.Problems;

/**
 * {@code content/static/}: the owner's files that the site publishes as they are, at the same path (a
 * CNAME, {@code .well-known/security.txt}, a verification page, an image or PDF the content links to). A
 * file placed in the built site instead would be deleted by the next build, which replaces the whole folder.
 *
 * <p>Names starting with a dot are left out ({@code .DS_Store}, {@code .gitkeep}, {@code .git/}), but for the
 * {@code .well-known} folder at the top. A link is refused: the site would publish whatever it points to,
 * outside the content folder too; so is a name no link can write. What the files may be beside the site's own
 * is the render stage's to judge ({@code StaticFileRules}), which knows the site.
 */
final class StaticFilesReader {
    /** The folder under the content folder. */
    static final String FOLDER = "static";

    private static final String WELL_KNOWN = ".well-known";
    /** The largest file Cloudflare Pages takes (25 MiB); other hosts take more, so it is a warning. */
    static final long LARGE_BYTES = 25L << 20;

    private StaticFilesReader() {}

    /** The files under {@code dir} by their path in the site ('/'-separated), sorted; empty when it is absent. */
    static Map<String, Path> read(Path dir, Problems problems) {
        return read(dir, LARGE_BYTES, problems);
    }

    /** The same, with another size past which a file is reported as large. */
    static Map<String, Path> read(Path dir, long largeBytes, Problems problems) {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return files;
        if (Files.isSymbolicLink(dir)) {
            problems.error(
                    dir.toString(),
                    0,
                    "is a link; the site publishes the files of " + FOLDER + "/ as they are, and a link could "
                            + "publish files from outside the content folder",
                    "make " + dir + " a real folder holding the files");
            return files;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            problems.error(
                    dir.toString(),
                    0,
                    "is a file, not a folder; nothing of it is published",
                    "make it a folder holding the files to publish as they are (CNAME, files/form.pdf)");
            return files;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    if (d.equals(dir)) return FileVisitResult.CONTINUE;
                    return hidden(dir, d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (hidden(dir, f)) return FileVisitResult.CONTINUE;
                    String path = sitePath(dir, f);
                    if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                        // A tab or a line break would also break the build's records, one line per file.
                        problems.error(
                                shown(f),
                                0,
                                "its name has a control character (a tab, a line break), which no link can name",
                                "rename the file");
                    } else if (path.indexOf('\uFFFD') >= 0) {
                        // Bytes that are not UTF-8 read as U+FFFD: two such names would become one.
                        problems.error(
                                f.toString(),
                                0,
                                "its name is not valid UTF-8, so no link can name it",
                                "rename the file (with a tool that writes UTF-8 names)");
                    } else if (a.isSymbolicLink()) {
                        problems.error(
                                f.toString(),
                                0,
                                "is a link; the site publishes the files of " + FOLDER + "/ as they are, and a link "
                                        + "could publish a file from outside the content folder",
                                "copy the file into " + dir + " instead of linking to it");
                    } else if (a.isRegularFile()) {
                        if (a.size() > largeBytes) {
                            problems.warning(
                                    f.toString(),
                                    0,
                                    String.format(
                                            Locale.ROOT,
                                            "%.1f MiB, more than the %d MiB a file may have on Cloudflare Pages",
                                            a.size() / 1048576.0,
                                            largeBytes >> 20),
                                    "on Cloudflare Pages, host the file elsewhere and link to it; other hosts take it");
                        }
                        files.put(path, f);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error(
                    dir.toString(),
                    0,
                    "cannot be read: " + e.getMessage(),
                    "check the folder's permissions; its files are published with the site");
        }
        return files;
    }

    /** A path as a message shows it: control characters as escapes (\t, \n, \u0001), on one line. */
    private static String shown(Path p) {
        StringBuilder sb = new StringBuilder();
        p.toString().chars().forEach(c -> {
            if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c < 0x20 || c == 0x7F) sb.append(String.format(Locale.ROOT, "\\u%04x", c));
            else sb.append((char) c);
        });
        return sb.toString();
    }

    private static String sitePath(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * A name starting with a dot, but the {@code .well-known} folder at the top; an editor's backup (name~); a
     * desktop's own file (Explorer's Thumbs.db).
     */
    private static boolean hidden(Path dir, Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".")
                        && !(name.equals(WELL_KNOWN) && p.getParent().equals(dir))
                || name.endsWith("~")
                || DesktopFiles.is(name);
    }
}
