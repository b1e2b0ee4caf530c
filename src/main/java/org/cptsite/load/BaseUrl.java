package org.cptsite.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;

/**
 * The base URL, checked once where it is given (site.yml or {@code --base-url}) rather than on every page's
 * canonical URL: an absolute http(s) URL, with a path at most (a site under a sub-path), never a query or a
 * fragment, which would end up inside every page URL.
 */
public final class BaseUrl {
    private static final String EXAMPLE =
            "write it as https://www.example.org, or https://www.example.org/fees for a " + "site under a path";

    private BaseUrl() {}

    /** Adds one error to {@code problems} when {@code url} is not a usable base URL; {@code where} names its source. */
    public static boolean check(String url, String where, int line, Problems problems) {
        String reason = reason(url);
        if (reason == null) return true;
        problems.error(where, line, "base URL '" + url + "' " + reason, EXAMPLE);
        return false;
    }

    private static String reason(String url) {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a URL (" + e.getReason() + ")";
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")
                || u.getHost() == null
                || u.getHost().isEmpty()) {
            return "is not an absolute http or https URL";
        }
        if (u.getRawQuery() != null)
            return "has a query (?" + u.getRawQuery() + "), which would end up in every page URL";
        if (u.getRawFragment() != null) return "has a fragment (#" + u.getRawFragment() + ")";
        if (u.getRawUserInfo() != null) return "has a user name, which would end up in every page URL";
        if (u.getPort() > 65535) return "has the port " + u.getPort() + ", above 65535";
        return pathReason(u.getRawPath() == null ? "" : u.getRawPath());
    }

    /**
     * Why the path cannot start every link of the site, or null. It goes into each page's links as it is: a
     * {@code .} or {@code ..} segment (plain or {@code %2e}) would be resolved away by browsers, to links the
     * checks never saw; an encoded slash or backslash or an empty segment likewise; and a character such as
     * {@code &} or {@code "} would need escaping in every attribute. Letters, digits, {@code - . _ ~} and
     * percent-encoded bytes (a path in another script) are enough for any real one.
     */
    static String pathReason(String path) {
        for (String segment : path.split("/", -1)) {
            String lower = segment.toLowerCase(Locale.ROOT);
            if (lower.replace("%2e", ".").matches("\\.{1,2}")) {
                return "has a '" + segment + "' segment in its path, which browsers resolve away";
            }
            if (lower.contains("%2f") || lower.contains("%5c")) return "has an encoded slash or backslash in its path";
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                boolean ok =
                        c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0;
                if (c == '%'
                        && i + 2 < segment.length()
                        && isHex(segment.charAt(i + 1))
                        && isHex(segment.charAt(i + 2))) {
                    i += 2;
                    continue;
                }
                if (!ok) return "has the character '" + c + "' in its path; use letters, digits, '-', '.', '_' and '~'";
            }
        }
        if (path.length() > 1 && path.substring(0, path.length() - 1).contains("//"))
            return "has an empty segment ('//') in its path";
        return null;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * Warns when a real release is built with an example domain: canonical URLs, the sitemap and the JSON
     * twins would point there. Our sample release (data/sample, files named *_sample.csv) is meant to be.
     */
    public static void warnIfExample(String url, Release release, String where, Problems problems) {
        boolean sample = release.sources().stream()
                .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains("_sample."));
        if (sample || !isExample(url)) return;
        problems.warning(
                where,
                0,
                "the base URL " + url + " is an example domain, in a build of a real release: "
                        + "canonical URLs, the sitemap and the JSON twins will point there",
                "set base_url in site.yml, or " + "pass --base-url, to the address the site is served at");
    }

    /**
     * Whether {@code url} is on one of the example domains reserved by RFC 2606 (example.org, .com, .net),
     * which the shipped site.yml names: fine for the sample, a forgotten setting for a real release.
     */
    static boolean isExample(String url) {
        try {
            String host = new URI(url).getHost();
            if (host == null) return false;
            host = host.toLowerCase(Locale.ROOT);
            for (String d : new String[] {"example.org", "example.com", "example.net"}) {
                if (host.equals(d) || host.endsWith("." + d)) return true;
            }
            return false;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
