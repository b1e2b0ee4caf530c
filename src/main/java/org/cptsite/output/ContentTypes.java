package org.cptsite.output;

import java.util.Locale;
import java.util.Map;

/**
 * The Content-Type of each kind of file a site holds, by the file's extension (any case): its pages, assets
 * and twins, and what content/static/ commonly holds, as nginx's mime.types names them. {@code serve} answers
 * with it and the deploy manifest lists it for uploads that must set it (S3).
 */
public final class ContentTypes {
    public static final String HTML = "text/html; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", TEXT),
            Map.entry("md", "text/markdown; charset=utf-8"),
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
            Map.entry("zip", "application/zip"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("gz", "application/gzip"),
            Map.entry("br", "application/x-brotli"));

    private ContentTypes() {}

    /** By the last extension of {@code path}; {@code _headers} and {@code _redirects} (the hosts' settings) as text. */
    public static String of(String path) {
        int slash = path.lastIndexOf('/');
        if (path.startsWith("_", slash + 1) && path.indexOf('.', slash) < 0) return TEXT;
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < slash) return "application/octet-stream";
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
