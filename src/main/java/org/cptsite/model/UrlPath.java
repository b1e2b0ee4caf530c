package org.cptsite.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The path of a link as a file of the site is named: for load (image sizes) and check (links) alike. */
public final class UrlPath {
    private UrlPath() {}

    /**
     * {@code path} with its %-escapes decoded as UTF-8 ('+' stays itself: it means a space only in queries), as a
     * file of content/static/ with a space or an accent is named; as it is when an escape is malformed.
     */
    public static String decoded(String path) {
        if (path.indexOf('%') < 0) return path;
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** Where a link's path ends: at its query or #anchor, whichever comes first, else at its end. */
    public static int pathEnd(String link) {
        int end = link.length();
        int hash = link.indexOf('#');
        int query = link.indexOf('?');
        if (hash >= 0) end = hash;
        if (query >= 0 && query < end) end = query;
        return end;
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    /** A URL without a scheme that is a path relative to its page ({@code cpt/38792/}, {@code ../x}, not {@code ?q=}). */
    public static boolean isRelativePath(String url) {
        return !url.isEmpty()
                && !url.startsWith("/")
                && !url.startsWith("#")
                && !url.startsWith("?")
                && !SCHEME.matcher(url).lookingAt();
    }

    /**
     * The path from the site's root that {@code relative} leads to from the page at {@code page} (/cpt/38900/), as
     * a browser resolves it ({@code ../38792/} to /cpt/38792/), with its query and #anchor; null when it climbs
     * above the root.
     */
    public static String resolved(String page, String relative) {
        int end = pathEnd(relative);
        String path = page.substring(0, page.lastIndexOf('/') + 1) + relative.substring(0, end);
        java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
        String[] parts = path.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            switch (parts[i]) {
                case "." -> {
                    if (last) segments.addLast("");
                }
                case ".." -> {
                    if (segments.pollLast() == null) return null;
                    if (last) segments.addLast("");
                }
                default -> {
                    if (!parts[i].isEmpty() || last) segments.addLast(parts[i]);
                }
            }
        }
        return "/" + String.join("/", segments) + relative.substring(end);
    }
}
