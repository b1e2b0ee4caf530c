package org.cptsite.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.cptsite.model.Problems;
import org.cptsite.model.SiteSettings;
import org.cptsite.output.BasePath;
import org.cptsite.output.HostFileNames;

/**
 * What the files of content/static/ may be, judged against the site they join, all in one pass so that one
 * run reports every problem: none may take the place of a file the build makes, or of a folder it needs;
 * none goes in assets/ (cached for a year); none a browser runs scripts in unless site.yml allows them. The
 * owner's robots.txt replaces the build's. Files only read at a domain's root are warned of under a path.
 */
final class StaticFileRules {
    /** Extensions of files a browser may run scripts in, opened at their own URL. */
    private static final Set<String> ACTIVE = Set.of(
            "html", "htm", "xhtml", "xht", "shtml", "svg", "svgz", "xml", "xsl", "xslt", "mml", "js", "mjs", "swf");
    /** The build's folder of content-hashed files, which hosts cache for a year. */
    private static final String ASSETS = "assets/";

    private StaticFileRules() {}

    /**
     * Reports the problems of {@code statics} (path in the site to source file). {@code made}: whether the build
     * makes a file at a path; {@code madeFolder}: whether it makes a folder there.
     */
    static void check(
            Map<String, Path> statics,
            SiteSettings settings,
            Predicate<String> made,
            Predicate<String> madeFolder,
            Problems problems) {
        boolean compressed = !settings.hosting().precompress().isEmpty();
        BasePath base = BasePath.of(settings.baseUrl());
        String basePath = base.url("/");
        statics.forEach((path, source) -> {
            String taken = taken(path, made, madeFolder, statics, compressed);
            String stands = taken == null ? compressedCopyOf(path, made) : null;
            if (stands != null) {
                problems.error(
                        source.toString(),
                        0,
                        "a server that sends precompressed files (nginx's gzip_static or brotli_static, as in "
                                + "deploy/nginx.conf) would send this file in place of /" + stands
                                + ", which the site makes",
                        "delete it; to have the site's files precompressed, set precompress: [gzip] in site.yml");
            } else if (taken != null) {
                problems.error(
                        source.toString(),
                        0,
                        taken.equals(path)
                                ? "the site makes /" + path + " itself, and the file would take its place"
                                : "the site makes the file /" + taken + " itself, where this file needs a folder",
                        "rename or move the file in content/static/ (or delete it)");
            } else if (path.startsWith(ASSETS)) {
                problems.error(
                        source.toString(),
                        0,
                        "assets/ holds the build's own files, which hosts keep for a year because their names change"
                                + " with their content; this file's name does not",
                        "move it to another folder of content/static/ (files/, images/)");
            } else if (!settings.staticScripts() && active(path)) {
                problems.error(
                        source.toString(),
                        0,
                        "a browser runs scripts in such a file, and the site would serve it from its own "
                                + "address, past its Content-Security-Policy",
                        "leave it out, or, if every file of content/static/ is trusted, allow such files in "
                                + "site.yml: static: { allow_scripts: true }");
            } else {
                if (path.equals(HostFileNames.ROBOTS)) warnIfNoSitemap(source, settings.baseUrl(), problems);
                if (!base.isRoot() && rootOnly(path)) {
                    problems.warning(
                            source.toString(),
                            0,
                            "only read at the root of a domain, but the site is under " + basePath
                                    + ", so it is published at " + basePath + path,
                            "put it at the root of the domain in another way, or leave it out");
                }
            }
        });
    }

    /**
     * The path the build makes itself that {@code path} would take, or need as a folder; null when none. With
     * precompress, the build makes NAME.gz and NAME.br beside each of its files and of content/static/'s.
     */
    private static String taken(
            String path,
            Predicate<String> made,
            Predicate<String> madeFolder,
            Map<String, Path> statics,
            boolean compressed) {
        boolean ownHostFile = HostFileNames.named(path) && !path.equals(HostFileNames.ROBOTS);
        if (ownHostFile || made.test(path) || madeFolder.test(path)) return path;
        if (compressed && (path.endsWith(".gz") || path.endsWith(".br"))) {
            String base = path.substring(0, path.length() - 3);
            if (made.test(base) || HostFileNames.named(base) || statics.containsKey(base)) return path;
        }
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String folder = path.substring(0, slash);
            if (made.test(folder) || HostFileNames.named(folder)) return folder;
        }
        return null;
    }

    /**
     * The file the build makes (or a host file) of which {@code path} would be the .gz or .br copy, which
     * servers send in its place; null when it is none. (With precompress, {@link #taken} names it.)
     */
    private static String compressedCopyOf(String path, Predicate<String> made) {
        if (!path.endsWith(".gz") && !path.endsWith(".br")) return null;
        String base = path.substring(0, path.length() - 3);
        return made.test(base) || HostFileNames.named(base) ? base : null;
    }

    private static boolean active(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && ACTIVE.contains(name.substring(dot + 1));
    }

    /** CNAME, robots.txt and .well-known/: read by hosts and robots at the root of a domain only. */
    private static boolean rootOnly(String path) {
        return path.equals("CNAME") || path.equals(HostFileNames.ROBOTS) || path.startsWith(".well-known/");
    }

    /**
     * The owner's robots.txt replaces the one the build writes, which names the sitemap: without a Sitemap line
     * search engines must be told of it some other way.
     */
    private static void warnIfNoSitemap(Path robots, String baseUrl, Problems problems) {
        try {
            String text = Files.readString(robots, StandardCharsets.UTF_8);
            if (text.lines().noneMatch(l -> l.strip().toLowerCase(Locale.ROOT).startsWith("sitemap:"))) {
                problems.warning(
                        robots.toString(),
                        0,
                        "names no sitemap; it replaces the robots.txt the build writes, which does",
                        "add the line: Sitemap: " + baseUrl + "/sitemap.xml");
            }
        } catch (IOException e) {
            // unreadable: the render stage reports it when it copies the file
        }
    }
}
