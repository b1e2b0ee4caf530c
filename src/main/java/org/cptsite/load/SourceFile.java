package org.cptsite.load;

import java.nio.charset.Charset;
import java.util.List;

/**
 * One file of a release, read into memory (the largest, the PPRRVU CSV, is under 3 MB).
 *
 * @param name how messages name the file: its path, or {@code release.zip!/file.csv} for a zip entry
 */
public record SourceFile(String name, byte[] bytes) {
    /** CMS publishes its CSVs in Windows-1252; it is a superset of ASCII, so plain files read the same. */
    static final Charset CMS_CHARSET = Charset.forName("windows-1252");

    public String text() {
        return new String(bytes, CMS_CHARSET);
    }

    /** The first lines of the file, enough to recognise what it is. */
    public List<String> head(int lines) {
        // Decode only up to the lines' last line feed: the charset has one byte per character, and the
        // PPRRVU file is megabytes long. Every line feed ends a line, so the prefix holds all of them.
        int end = 0;
        for (int found = 0; end < bytes.length && found < lines; end++) {
            if (bytes[end] == '\n') found++;
        }
        return new String(bytes, 0, end, CMS_CHARSET).lines().limit(lines).toList();
    }

    public String baseName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
