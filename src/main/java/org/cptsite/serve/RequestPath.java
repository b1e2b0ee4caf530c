package org.cptsite.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The decoded path of a request, or null for one that tries to leave the site: a {@code .} or {@code ..}
 * segment (plain or percent-encoded), an encoded slash or backslash, a backslash, a NUL or malformed
 * encoding. Pages come from memory, never from a file named by the URL, so this is a second fence.
 */
final class RequestPath {
    private RequestPath() {}

    static String of(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return null;
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.indexOf('\\') >= 0) {
            return null;
        }
        String path = decode(rawPath);
        if (path == null || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) return null;
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) return null;
        }
        return path.contains("//") ? null : path;
    }

    /** Percent-decoding as UTF-8 ('+' stays a plus: it means a space only in query strings); null when malformed. */
    private static String decode(String raw) {
        byte[] out = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return null;
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                out[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else {
                return null; // a raw non-ASCII character: browsers always encode them
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
