package org.cptsite.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A Writer that encodes what it is given to UTF-8 at once, into a growing byte array. A page goes from the
 * template to the checks and the disk as these bytes, never as one large String: pages hold en dashes and
 * curly quotes, so Java would keep such a String in UTF-16 and copy it twice more to encode it. Unlike
 * {@link java.io.StringWriter} it takes no lock: a page is written by one thread, in thousands of small pieces.
 */
final class Utf8Writer extends Writer {
    private byte[] bytes;
    private int length;
    /** Where a String's chars are copied to be encoded: reading a char array is cheaper than charAt. */
    private final char[] chunk = new char[512];
    /** A high surrogate that ended the last write, waiting for its low half; 0 when none. */
    private char pendingHigh;

    Utf8Writer(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        // At most 3 bytes a char (a surrogate pair is 4 bytes for 2 chars, a lone half 1): room once, not per char.
        ensure(3 * count + 1);
        byte[] b = bytes; // locals: C1 would read the fields on every turn of the loop
        int n = length;
        char high = pendingHigh;
        for (int i = offset, end = offset + count; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && high == 0) {
                b[n++] = (byte) c;
                continue;
            }
            if (high != 0) {
                if (Character.isLowSurrogate(c)) {
                    int codePoint = Character.toCodePoint(high, c);
                    high = 0;
                    b[n++] = (byte) (0xF0 | codePoint >> 18);
                    b[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    b[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | codePoint & 0x3F);
                    continue;
                }
                high = 0;
                b[n++] = '?';
            }
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                b[n++] = '?';
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = n;
        pendingHigh = high;
    }

    @Override
    public void write(String s, int offset, int count) {
        for (int done = 0; done < count; ) {
            int n = Math.min(chunk.length, count - done);
            s.getChars(offset + done, offset + done + n, chunk, 0);
            write(chunk, 0, n);
            done += n;
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(int c) {
        chunk[0] = (char) c;
        write(chunk, 0, 1);
    }

    /** Empties the writer, keeping its buffer. */
    void reset() {
        length = 0;
        pendingHigh = 0;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** What was written, as UTF-8; a lone surrogate is written as '?', as {@link String#getBytes} does. */
    byte[] toByteArray() {
        byte[] result = Arrays.copyOf(bytes, length + (pendingHigh != 0 ? 1 : 0));
        if (pendingHigh != 0) result[length] = '?';
        return result;
    }

    /** Room for {@code more} bytes. */
    private void ensure(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
    }
}
