package org.cptsite.serve;

import java.util.Map;

/** The Content-Type of each kind of file the site has, by the file's extension. */
final class ContentTypes {
    private ContentTypes() {}

    static final String HTML = "text/html; charset=utf-8";
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "html", HTML,
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "xml", "application/xml",
            "txt", "text/plain; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    static String of(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (path.startsWith("/_", slash)) return BY_EXTENSION.get("txt"); // _headers, _redirects: the hosts' settings
        if (dot < 0 || dot < slash) return "application/octet-stream";
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1), "application/octet-stream");
    }
}
