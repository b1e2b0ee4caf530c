package org.cptsite.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the previous build wrote: per page URL, the hash of its main content and its lastmod, so lastmod
 * changes only when a page's content does. Kept in the working folder ({@link OutputFolder}).
 */
record Manifest(Map<String, Entry> entries) {
    /** Where cptsite 1.0 kept it: inside the site, which was deployed with it. */
    static final String LEGACY_FILE = ".cptsite-manifest.tsv";

    record Entry(String hash, String lastmod) {}

    static Manifest read(Path file) {
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (f.length == 3) entries.put(f[0], new Entry(f[1], f[2]));
                }
            } catch (IOException e) {
                // An unreadable manifest only costs fresh lastmod dates.
            }
        }
        return new Manifest(entries);
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        entries.forEach((url, e) -> sb.append(url)
                .append('\t')
                .append(e.hash())
                .append('\t')
                .append(e.lastmod())
                .append('\n'));
        return sb.toString();
    }
}
