package org.cptsite.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cptsite.model.Problems;

/**
 * {@code content/static/}: the owner's files that the site publishes as they are, at the same path (a
 * CNAME, {@code .well-known/security.txt}, a verification page, an image or PDF the content links to). A
 * file placed in the built site instead would be deleted by the next build, which replaces the whole folder.
 *
 * <p>Names starting with a dot are left out ({@code .DS_Store}, {@code .gitkeep}, {@code .git/}), but for the
 * {@code .well-known} folder at the top. A link is refused: the site would publish whatever it points to,
 * outside the content folder too. So are files a browser runs scripts in (.html, .svg, .js...), unless site.yml
 * allows them ({@code static: { allow_scripts: true }}): served from the site's own origin, they pass its
 * Content-Security-Policy, as raw HTML in Markdown would.
 */
final class StaticFilesReader {
    /** The folder under the content folder. */
    static final String FOLDER = "static";

    private static final String WELL_KNOWN = ".well-known";
    /** The largest file Cloudflare Pages takes (25 MiB); other hosts take more, so it is a warning. */
    static final long LARGE_BYTES = 25L << 20;

    /** Extensions of files a browser may run scripts in, opened at their own URL. */
    private static final Set<String> ACTIVE =
            Set.of("html", "htm", "xhtml", "shtml", "svg", "svgz", "xml", "xsl", "xslt", "js", "mjs", "swf");

    private StaticFilesReader() {}

    /**
     * The files under {@code dir} by their path in the site ('/'-separated), sorted; empty when it is absent.
     * {@code scripts}: files that can run scripts are allowed.
     */
    static Map<String, Path> read(Path dir, boolean scripts, Problems problems) {
        return read(dir, scripts, LARGE_BYTES, problems);
    }

    /** The same, with another size past which a file is reported as large. */
    static Map<String, Path> read(Path dir, boolean scripts, long largeBytes, Problems problems) {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) return files;
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
                    if (sitePath(dir, f).chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                        // A tab or a line break would also break the build's records, one line per file.
                        problems.error(
                                f.toString(),
                                0,
                                "its name has a control character (a tab, a line break), which no link can name",
                                "rename the file");
                    } else if (a.isSymbolicLink()) {
                        problems.error(
                                f.toString(),
                                0,
                                "is a link; the site publishes the files of " + FOLDER + "/ as they are, and a link "
                                        + "could publish a file from outside the content folder",
                                "copy the file into " + dir + " instead of linking to it");
                    } else if (a.isRegularFile() && !scripts && active(f)) {
                        problems.error(
                                f.toString(),
                                0,
                                "a browser runs scripts in such a file, and the site would serve it from its own "
                                        + "address, past its Content-Security-Policy",
                                "leave it out, or, if every file of " + FOLDER + "/ is trusted, allow such files in "
                                        + "site.yml: static: { allow_scripts: true }");
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
                        files.put(sitePath(dir, f), f);
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

    private static boolean active(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && ACTIVE.contains(name.substring(dot + 1));
    }

    private static String sitePath(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** A name starting with a dot, but the {@code .well-known} folder at the top. */
    private static boolean hidden(Path dir, Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".")
                && !(name.equals(WELL_KNOWN) && p.getParent().equals(dir));
    }
}
