package org.cptsite.write;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.cptsite.output.BasePath;
import org.cptsite.output.HostFileNames;

/**
 * {@code _headers} for Netlify and Cloudflare Pages. Security headers on every URL; a year's {@code immutable}
 * cache for /assets/, whose names change with their content; and a cache that revalidates for everything
 * else (pages, JSON twins, the sitemap), which changes at each release. Each top-level folder and root
 * file gets its own cache rule, so no URL matches two Cache-Control rules (both hosts would join their
 * values); that is a dozen rules, far within Cloudflare's 100, unless content/static/ puts many files at the
 * top: then those files get no rule of their own, and the host's default, which is the same.
 */
public final class Headers {
    public static final String FILE = HostFileNames.HEADERS;
    /**
     * What the pages need and nothing more: scripts, styles, fetches (search index, localities) and images
     * from the site itself. No 'unsafe-inline': the pages' inline scripts are JSON data blocks, which are
     * not run, and they have no event handler or style attributes (tests scan every page for them).
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    public static final String REVALIDATE = "public, max-age=0, must-revalidate";
    /** Names a rule may hold as they are. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._~-]+");
    /** The one folder of content-hashed files. */
    private static final String ASSETS = "assets";

    private Headers() {}

    /** The file's bytes, for a site of {@code files} (paths relative to the site root) served under {@code base}. */
    static byte[] of(BasePath base, Collection<String> files) {
        StringBuilder text = new StringBuilder();
        rule(
                text,
                base.url("/*"),
                "X-Content-Type-Options: nosniff",
                "Referrer-Policy: strict-origin-when-cross-origin",
                "Content-Security-Policy: " + CONTENT_SECURITY_POLICY);
        rule(text, base.url("/" + ASSETS + "/*"), "Cache-Control: " + IMMUTABLE);
        rule(text, base.url("/"), "Cache-Control: " + REVALIDATE);
        TreeSet<String> folders = new TreeSet<>();
        TreeSet<String> rootFiles = new TreeSet<>();
        for (String f : files) {
            int slash = f.indexOf('/');
            String name = slash < 0 ? f : f.substring(0, slash);
            boolean wellKnown = name.equals(".well-known") && slash > 0; // content/static/'s, served as files
            if (!wellKnown && (name.startsWith(".") || name.startsWith("_")) || name.equals(ASSETS)) continue;
            // A name of content/static/ that a rule cannot write as it is (* and : are patterns, a space or an
            // accent would need escapes the hosts may not read alike) gets no rule: the host's default cache.
            if (!PLAIN_NAME.matcher(name).matches()) continue;
            if (slash < 0) rootFiles.add("/" + name);
            else folders.add("/" + name + "/*");
        }
        // Past Cloudflare's 100 rules, the files at the top (content/static/'s: favicons, verification pages)
        // go without one: both hosts' default for them is this same revalidating cache.
        TreeSet<String> top = new TreeSet<>(folders);
        if (FIXED_RULES + folders.size() + rootFiles.size() <= MAX_RULES) top.addAll(rootFiles);
        int room = MAX_RULES - FIXED_RULES;
        for (String pattern : top) {
            if (room-- > 0) rule(text, base.url(pattern), "Cache-Control: " + REVALIDATE);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rules Cloudflare Pages reads from {@code _headers}; it ignores the file's rules past them. */
    static final int MAX_RULES = 100;

    /** Every URL's security headers, /assets/*, and the home page. */
    private static final int FIXED_RULES = 3;

    private static void rule(StringBuilder text, String pattern, String... headers) {
        text.append(pattern).append('\n');
        for (String h : headers) text.append("  ").append(h).append('\n');
    }
}
