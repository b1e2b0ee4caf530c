package org.cptsite.serve;

import java.util.Map;

/** The Content-Type of each kind of file the site has, by the file's extension. */
final class ContentTypes {
    private ContentTypes() {}

    static final String HTML = "text/html; charset=utf-8";
    /** The site's own files, and what content/static/ commonly holds (as nginx's mime.types gives them). */
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("webmanifest", "application/manifest+json"));

    static String of(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (path.startsWith("/_", slash)) return BY_EXTENSION.get("txt"); // _headers, _redirects: the hosts' settings
        if (dot < 0 || dot < slash) return "application/octet-stream";
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1), "application/octet-stream");
    }
}
