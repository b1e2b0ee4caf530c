package org.cptsite.write;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * deploy-manifest.json, for any host: every file of the site with its size, SHA-256 and content type, and
 * the paths added, changed and removed since the previous build, for selective uploads and CDN purges.
 * One file per line, sorted by path, so that two builds' manifests diff cleanly.
 */
final class DeployManifest {
    /** By extension; the charset where the file is text, as every page and asset is UTF-8. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("gz", "application/gzip"),
            Map.entry("br", "application/x-brotli"));

    private DeployManifest() {}

    static String contentType(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String ext = dot > slash ? path.substring(dot + 1) : "";
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** The manifest of {@code now}, with the changes since {@code before}. */
    static String text(FileIndex now, FileIndex before) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        now.entries().forEach((path, e) -> {
            FileIndex.Entry b = before.entries().get(path);
            if (b == null) added.add(path);
            else if (!b.sha256().equals(e.sha256())) changed.add(path);
        });
        before.entries().keySet().stream()
                .filter(p -> !now.entries().containsKey(p))
                .forEach(removed::add);
        StringBuilder sb = new StringBuilder("{\n  \"files\": [");
        String sep = "\n    ";
        for (Map.Entry<String, FileIndex.Entry> f : now.entries().entrySet()) {
            // By hand: one object mapper call per file (34,000) costs more than the whole line.
            sb.append(sep)
                    .append("{\"path\":")
                    .append(json(f.getKey()))
                    .append(",\"size\":")
                    .append(f.getValue().size())
                    .append(",\"sha256\":\"")
                    .append(f.getValue().sha256())
                    .append("\",\"content_type\":\"")
                    .append(contentType(f.getKey()))
                    .append("\"}");
            sep = ",\n    ";
        }
        sb.append("\n  ],\n");
        list(sb, "added", added);
        sb.append(",\n");
        list(sb, "changed", changed);
        sb.append(",\n");
        list(sb, "removed", removed);
        return sb.append("\n}\n").toString();
    }

    private static void list(StringBuilder sb, String name, List<String> paths) {
        sb.append("  \"").append(name).append("\": [");
        String sep = "\n    ";
        for (String p : paths) {
            sb.append(sep).append(json(p));
            sep = ",\n    ";
        }
        sb.append(paths.isEmpty() ? "]" : "\n  ]");
    }

    /** A JSON string. */
    private static String json(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }
}
