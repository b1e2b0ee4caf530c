package org.cptsite.check;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tag and attribute names, lower-cased, each made once per thread: a site's pages share a hundred or so names,
 * and each page has them hundreds of times. Not thread-safe: one per thread ({@link #forThisThread}).
 */
final class Names {
    private static final ThreadLocal<Names> PER_THREAD = ThreadLocal.withInitial(Names::new);
    /** Slots tried for a name: a page with more names than fit is read as well, its extra names made anew. */
    private static final int PROBES = 8;
    /** Longer names (none in HTML or SVG) are made anew each time: the table keeps no page's long strings. */
    private static final int LONGEST = 64;

    private final byte[][] asWritten = new byte[1024][];
    private final String[] lowerCase = new String[1024];

    static Names forThisThread() {
        return PER_THREAD.get();
    }

    /** The lower-case name written in {@code page} from {@code start} to {@code end}. */
    String of(byte[] page, int start, int end) {
        int length = end - start;
        if (length > LONGEST) return lowerCase(page, start, end);
        // Length, first, middle and last byte: cheap, and they tell a page's names apart.
        int h = 31 * (31 * (31 * length + page[start]) + page[start + (length >> 1)]) + page[end - 1];
        int mask = lowerCase.length - 1;
        for (int probe = 0; probe < PROBES; probe++) {
            int slot = (h + probe) & mask;
            byte[] written = asWritten[slot];
            if (written == null) {
                asWritten[slot] = Arrays.copyOfRange(page, start, end);
                return lowerCase[slot] = lowerCase(page, start, end);
            }
            if (isAt(written, page, start, length)) return lowerCase[slot];
        }
        return lowerCase(page, start, end);
    }

    private static boolean isAt(byte[] written, byte[] page, int start, int length) {
        if (written.length != length) return false;
        for (int k = 0; k < length; k++) {
            if (page[start + k] != written[k]) return false;
        }
        return true;
    }

    private static String lowerCase(byte[] page, int start, int end) {
        byte[] name = Arrays.copyOfRange(page, start, end);
        for (int k = 0; k < name.length; k++) name[k] = HtmlScanner.toLowerAscii(name[k]);
        return new String(name, StandardCharsets.UTF_8);
    }
}
