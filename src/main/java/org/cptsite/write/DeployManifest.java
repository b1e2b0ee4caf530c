package org.cptsite.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * deploy-manifest.json, for any host: every file of the site with its size, SHA-256 and content type, and
 * the paths added, changed and removed since the previous build, for selective uploads and CDN purges.
 * One file per line, sorted by path, so that two builds' manifests diff cleanly.
 */
final class DeployManifest {
    private static final ObjectMapper JSON = new ObjectMapper();
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
        before.entries().keySet().stream().filter(p -> !now.entries().containsKey(p)).forEach(removed::add);
        StringBuilder sb = new StringBuilder("{\n  \"files\": [");
        String sep = "\n    ";
        for (Map.Entry<String, FileIndex.Entry> f : now.entries().entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", f.getKey());
            m.put("size", f.getValue().size());
            m.put("sha256", f.getValue().sha256());
            m.put("content_type", contentType(f.getKey()));
            sb.append(sep).append(json(m));
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

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // strings and numbers always serialise
        }
    }
}
