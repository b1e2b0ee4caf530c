package org.cptsite.write;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cptsite.output.ContentTypes;

/**
 * deploy-manifest.json, for any host: every file of the site with its size, SHA-256 and content type, and
 * the paths added, changed and removed since the previous build, for selective uploads and CDN purges.
 * One file per line, sorted by path, so that two builds' manifests diff cleanly.
 */
final class DeployManifest {
    private DeployManifest() {}

    static String contentType(String path) {
        return ContentTypes.of(path);
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
