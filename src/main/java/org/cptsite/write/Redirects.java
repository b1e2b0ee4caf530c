package org.cptsite.write;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cptsite.model.Problems;
import org.cptsite.model.Redirect;
import org.cptsite.output.BasePath;
import org.cptsite.output.HostFileNames;

/**
 * {@code _redirects} for Netlify and Cloudflare Pages: one {@code FROM TO 301} line per redirect, sorted, with
 * the status always written (Cloudflare's default is a temporary 302). Cloudflare Pages reads at most
 * {@value #MAX_LINES} static redirects; past that the rest are left out, with a warning. Forced, the status is
 * {@code 301!}: Netlify applies a rule over a file that exists (the deleted code's page) only when forced.
 */
public final class Redirects {
    public static final String FILE = HostFileNames.REDIRECTS;
    static final int MAX_LINES = 2_000;

    private Redirects() {}

    /** The file's bytes; URLs go under the base path as served. */
    public static byte[] of(List<Redirect> redirects, BasePath base, boolean forced, Problems problems) {
        long all = redirects.stream().distinct().count();
        List<Redirect> sorted = written(redirects);
        if (all > MAX_LINES) {
            problems.warning(
                    FILE,
                    0,
                    all + " redirects, more than the " + MAX_LINES + " lines Cloudflare "
                            + "Pages reads: the first " + MAX_LINES + " (by URL) are written, the other "
                            + (all - MAX_LINES) + " are not",
                    "on Netlify, nginx or S3 serve all of them from the host's own "
                            + "configuration; on Cloudflare Pages, keep the deleted codes' pages instead");
        }
        StringBuilder text = new StringBuilder(sorted.size() * 40);
        for (Redirect r : sorted) {
            text.append(base.url(r.from())).append(' ').append(base.url(r.to())).append(forced ? " 301!\n" : " 301\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The URLs the file sends on: the sitemap leaves them out, as a search engine reports a listed URL that
     * redirects, and lists the successor instead.
     */
    public static Set<String> sources(List<Redirect> redirects) {
        Set<String> from = new HashSet<>();
        for (Redirect r : written(redirects)) from.add(r.from());
        return from;
    }

    /** The redirects the file holds: sorted, each once, the first {@value #MAX_LINES}. */
    private static List<Redirect> written(List<Redirect> redirects) {
        List<Redirect> sorted = redirects.stream().sorted().distinct().toList();
        return sorted.size() > MAX_LINES ? sorted.subList(0, MAX_LINES) : sorted;
    }
}
