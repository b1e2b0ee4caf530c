package org.cptsite.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One file of a release, read into memory (the largest, the PPRRVU CSV, is under 3 MB).
 *
 * @param name how messages name the file: its path, or {@code release.zip!/file.csv} for a zip entry
 */
public record SourceFile(String name, byte[] bytes) {
    /**
     * CMS publishes its CSVs in Windows-1252 (a superset of ASCII, so plain files read the same); a file
     * re-saved by an editor is often UTF-8. Bytes that are valid UTF-8 are almost never meant as
     * Windows-1252 (that would take pairs like "Ã©"), so a valid UTF-8 file is read as UTF-8.
     */
    static final Charset CMS_CHARSET = Charset.forName("windows-1252");

    private static final int BOM_LENGTH = 3;

    public String text() {
        return decode(bytes.length);
    }

    /** The first lines of the file, enough to recognise what it is. */
    public List<String> head(int lines) {
        // Decode only up to the lines' last line feed: the PPRRVU file is megabytes long. A line feed is
        // never part of a multi-byte character, so the prefix holds whole characters.
        int end = 0;
        for (int found = 0; end < bytes.length && found < lines; end++) {
            if (bytes[end] == '\n') found++;
        }
        return decode(end).lines().limit(lines).toList();
    }

    /**
     * The 1-based line of the first control character other than tab, CR and line feed (a NUL left by a
     * broken download or disk), or 0 when there is none. Such bytes never belong in a CMS text file.
     */
    int lineOfControlCharacter() {
        int line = 1;
        for (byte b : bytes) {
            if (b == '\n') line++;
            else if ((b >= 0 && b < 0x20 && b != '\t' && b != '\r') || b == 0x7f) return line;
        }
        return 0;
    }

    public String baseName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /** The first {@code end} bytes as UTF-8 when they are valid UTF-8, else as Windows-1252; a UTF-8 BOM is dropped. */
    private String decode(int end) {
        int start = hasBom() ? BOM_LENGTH : 0;
        if (end <= start) return "";
        ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, end - start, CMS_CHARSET);
        }
    }

    private boolean hasBom() {
        return bytes.length >= BOM_LENGTH
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF;
    }
}
