package org.cptsite.output;

import java.util.regex.Pattern;

/**
 * The names of the files a build writes for search engines and hosts, besides the pages: known to the render
 * stage (no file of content/static/ may take their place) and to the write stage, which makes them.
 */
public final class HostFileNames {
    public static final String ROBOTS = "robots.txt";
    public static final String REDIRECTS = "_redirects";
    public static final String HEADERS = "_headers";
    private static final Pattern SITEMAP = Pattern.compile("sitemap(-[0-9]+)?\\.xml");

    private HostFileNames() {}

    /** Whether a path (relative to the root) may be one of these files: sitemap.xml and its parts too. */
    public static boolean named(String path) {
        return path.equals(ROBOTS)
                || path.equals(REDIRECTS)
                || path.equals(HEADERS)
                || SITEMAP.matcher(path).matches();
    }
}
