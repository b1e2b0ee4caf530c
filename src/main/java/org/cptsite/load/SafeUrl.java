package org.cptsite.load;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Which link and image URLs of the content reach the pages: http, https, mailto and tel URLs, and URLs
 * relative to the site (paths, queries, fragments). A URL is judged as a browser reads it, after undoing
 * character references ({@code java&#x09;script:}), percent-encoding ({@code java%73cript:}), and dropping
 * the tabs, line breaks and control characters a browser ignores; a backslash counts as a slash, as browsers
 * treat it. Protocol-relative URLs ({@code //host/}, {@code /\host/}) point at another host like absolute
 * ones, but with the page's scheme: refused, since an absolute https:// URL says the same plainly.
 */
final class SafeUrl {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

    private SafeUrl() {}

    /** Why {@code url} is refused, for a warning ("its scheme 'javascript:' ..."), or null when it is safe. */
    static String refusal(String url) {
        String seen = asBrowserSees(url);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7F) return "it contains a control character or a line break";
        }
        int colon = seen.indexOf(':');
        int end = firstOf(seen, "/?#");
        if (colon > 0 && (end < 0 || colon < end) && seen.substring(0, colon).matches("[a-zA-Z][a-zA-Z0-9+.-]*")) {
            String scheme = seen.substring(0, colon).toLowerCase(Locale.ROOT);
            return SCHEMES.contains(scheme) ? null : "its scheme '" + scheme + ":' is not http, https, mailto or tel";
        }
        if (colon >= 0 && (end < 0 || colon < end)) {
            return "it starts like a scheme ('" + seen.substring(0, colon + 1)
                    + "') that is not http, https, mailto or tel";
        }
        if (seen.startsWith("//")) return "it is protocol-relative ('//'): it leads to another host";
        int query = firstOf(url, "?#");
        if (url.substring(0, query < 0 ? url.length() : query).indexOf('\\') >= 0) {
            // Browsers read it as '/': "\x/" goes to /x/, a page the link checks would not know it leads to.
            return "it has a '\\', which browsers read as '/'; write the path with '/'";
        }
        return null;
    }

    /** The URL after undoing references and percent-encoding, without what browsers skip, '\' as '/'. */
    private static String asBrowserSees(String url) {
        String s = url;
        for (int round = 0; round < 3; round++) {
            String decoded = percentDecode(Parser.unescapeEntities(s, true));
            if (decoded.equals(s)) break;
            s = decoded;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c == 0x7F || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            sb.append(c == '\\' ? '/' : c);
        }
        return sb.toString();
    }

    /** %XX sequences decoded as Latin-1 bytes: enough to reveal an ASCII scheme; other bytes stay as they are. */
    private static String percentDecode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                sb.append((char) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2))));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static int firstOf(String s, String chars) {
        int first = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (first < 0 || i < first)) first = i;
        }
        return first;
    }
}
