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
}
