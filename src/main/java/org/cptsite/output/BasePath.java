package org.cptsite.output;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The path of the base URL, for a site served under one ({@code https://example.org/fees}: "/fees"), or ""
 * at the root of its domain. Pages, templates and content write site links from the root ({@code /cpt/38900/});
 * {@link #page} puts the path in front of each on the way out, as Hugo's canonifyURLs does, so one rewrite
 * covers templates, settings and Markdown alike and a site at the root pays nothing for it.
 */
public final class BasePath {
    /** The attributes that hold a URL in our pages; {@code data-*} holds the URLs our scripts fetch. */
    private static final String[] URL_ATTRIBUTES = {"href", "src", "action", "data-search", "data-localities"};

    private final String path;
    private final byte[] bytes;

    private BasePath(String path) {
        this.path = path;
        this.bytes = path.getBytes(StandardCharsets.UTF_8);
    }

    /** The path of {@code baseUrl} without its trailing slash; "" for none (or a URL that is not one). */
    public static BasePath of(String baseUrl) {
        String p = "";
        try {
            String raw = baseUrl == null ? null : URI.create(baseUrl).getRawPath();
            if (raw != null) p = raw.replaceAll("/+$", "");
        } catch (IllegalArgumentException e) {
            // an invalid base URL is reported when the settings are checked
        }
        return new BasePath(p);
    }

    /** "/fees", or "" at the root. */
    public String path() {
        return path;
    }

    public boolean isRoot() {
        return path.isEmpty();
    }

    /** The link to a site URL ({@code /cpt/38900/}) as served: {@code /fees/cpt/38900/}. */
    public String url(String siteUrl) {
        return path + siteUrl;
    }

    /**
     * The site URL of a link as served, {@code /fees/cpt/38900/} to {@code /cpt/38900/}, or null when the link
     * is outside the base path.
     */
    public String siteUrl(String link) {
        if (isRoot()) return link;
        if (link.equals(path)) return "/";
        return link.startsWith(path + "/") ? link.substring(path.length()) : null;
    }

    /**
     * The page with its root-relative links (in {@code href}, {@code src}, {@code action} and our scripts'
     * {@code data-} URLs, but not {@code //host} ones) moved under the base path. Text cannot fake an
     * attribute: templates and Markdown escape quotes in text, and JSON in scripts escapes them too.
     */
    public byte[] page(byte[] html) {
        if (isRoot()) return html;
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length + 1024);
        int copied = 0;
        for (int i = 0; i + 3 < html.length; i++) {
            // an attribute value in double quotes that starts with one '/': name="/x
            if (html[i] == '='
                    && html[i + 1] == '"'
                    && html[i + 2] == '/'
                    && html[i + 3] != '/'
                    && urlAttributeBefore(html, i)) {
                out.write(html, copied, i + 2 - copied);
                out.writeBytes(bytes);
                copied = i + 2;
            }
        }
        out.write(html, copied, html.length - copied);
        return out.toByteArray();
    }

    /** Whether one of {@link #URL_ATTRIBUTES}, preceded by a space, ends just before {@code at}. */
    private static boolean urlAttributeBefore(byte[] html, int at) {
        for (String name : URL_ATTRIBUTES) {
            int start = at - name.length();
            if (start < 1 || html[start - 1] != ' ' && html[start - 1] != '\n') continue;
            boolean same = true;
            for (int j = 0; j < name.length() && same; j++) same = html[start + j] == name.charAt(j);
            if (same) return true;
        }
        return false;
    }
}
