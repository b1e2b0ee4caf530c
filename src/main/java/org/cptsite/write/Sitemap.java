package org.cptsite.write;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.cptsite.output.Output;

/**
 * sitemap.xml with absolute URLs, sorted, and a lastmod carried over while a page's content is unchanged.
 * Past {@value #MAX_URLS} URLs (the sitemaps.org limit of one file), sitemap.xml is a sitemap index naming
 * sitemap-1.xml, sitemap-2.xml, ..., each with at most that many URLs.
 */
final class Sitemap {
    /** The most URLs one sitemap file may list (sitemaps.org). */
    static final int MAX_URLS = 50_000;

    private final String baseUrl;
    private final LocalDate today;
    private final Manifest previous;
    private final int maxUrls;

    Sitemap(String baseUrl, LocalDate today, Manifest previous) {
        this(baseUrl, today, previous, MAX_URLS);
    }

    /** With another limit per file, for tests of the index on a small site. */
    Sitemap(String baseUrl, LocalDate today, Manifest previous, int maxUrls) {
        this.baseUrl = baseUrl;
        this.today = today;
        this.previous = previous;
        this.maxUrls = maxUrls;
    }

    private static final byte[] MAIN_OPEN = "<main".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAIN_CLOSE = "</main>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNTRACKED_OPEN = Output.UNTRACKED_OPEN.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNTRACKED_CLOSE = Output.UNTRACKED_CLOSE.getBytes(StandardCharsets.US_ASCII);

    /**
     * A fingerprint of what is between {@code <main} and {@code </main>}: navigation changes do not count.
     * It only tells an unchanged page from a changed one, build to build, so it need not be cryptographic:
     * CRC-32C and CRC-32 together (64 bits) cost nothing, where SHA-256 cost 10% of a build without C2.
     */
    static String contentHash(String html) {
        return contentHash(html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@link #contentHash(String)} of a page's UTF-8 bytes. The markers are ASCII, and in UTF-8 an ASCII
     * byte only ever encodes that ASCII character, so they are found at the same places as in the text.
     */
    static String contentHash(byte[] utf8) {
        int from = indexOf(utf8, MAIN_OPEN);
        int to = lastIndexOf(utf8, MAIN_CLOSE);
        boolean found = from >= 0 && to > from;
        int offset = found ? from : 0;
        int end = found ? to : utf8.length;
        CRC32C c = new CRC32C();
        CRC32 d = new CRC32();
        // What is marked untracked (release labels, the history) changes with each release, not with the page.
        while (offset < end) {
            int skip = indexOf(utf8, UNTRACKED_OPEN, offset, end);
            int stop = skip < 0 ? end : skip;
            c.update(utf8, offset, stop - offset);
            d.update(utf8, offset, stop - offset);
            if (skip < 0) break;
            int close = indexOf(utf8, UNTRACKED_CLOSE, skip, end);
            offset = close < 0 ? end : close + UNTRACKED_CLOSE.length;
        }
        return HexFormat.of().toHexDigits((int) c.getValue()) + HexFormat.of().toHexDigits((int) d.getValue());
    }

    /** The first {@code p} in {@code a}; a tight loop for its first byte, which is rare in a page ('<'). */
    private static int indexOf(byte[] a, byte[] p) {
        return indexOf(a, p, 0, a.length);
    }

    /** The first {@code p} in {@code a} between {@code from} and {@code to}. */
    private static int indexOf(byte[] a, byte[] p, int from, int to) {
        byte first = p[0];
        for (int i = from, last = to - p.length; i <= last; i++) {
            if (a[i] == first && matches(a, i, p)) return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] a, byte[] p) {
        byte first = p[0];
        for (int i = a.length - p.length; i >= 0; i--) {
            if (a[i] == first && matches(a, i, p)) return i;
        }
        return -1;
    }

    private static boolean matches(byte[] a, int at, byte[] p) {
        for (int j = 1; j < p.length; j++) {
            if (a[at + j] != p[j]) return false;
        }
        return true;
    }

    Manifest lastmods(Map<String, String> pageHashes) {
        Map<String, Manifest.Entry> entries = new TreeMap<>();
        pageHashes.forEach((url, hash) -> {
            Manifest.Entry old = previous.entries().get(url);
            entries.put(
                    url,
                    new Manifest.Entry(
                            hash, old != null && old.hash().equals(hash) ? old.lastmod() : today.toString()));
        });
        return new Manifest(entries);
    }

    /**
     * The sitemap files by name, sitemap.xml first: sitemap.xml alone while the site has at most
     * {@code maxUrls} URLs, else the index and its parts sitemap-1.xml ... in URL order.
     */
    Map<String, String> files(Manifest manifest) {
        java.util.List<Map.Entry<String, Manifest.Entry>> urls = manifest.entries().entrySet().stream()
                .filter(e -> !e.getKey().equals("/404.html"))
                .toList();
        Map<String, String> files = new java.util.LinkedHashMap<>();
        if (urls.size() <= maxUrls) {
            files.put("sitemap.xml", urlset(urls));
            return files;
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        files.put("sitemap.xml", null); // first; filled in below
        for (int from = 0, n = 1; from < urls.size(); from += maxUrls, n++) {
            var part = urls.subList(from, Math.min(urls.size(), from + maxUrls));
            String name = "sitemap-" + n + ".xml";
            files.put(name, urlset(part));
            // The part changed when its newest page did (ISO dates compare as text).
            String lastmod = part.stream()
                    .map(e -> e.getValue().lastmod())
                    .max(String::compareTo)
                    .orElseThrow();
            index.append("<sitemap><loc>")
                    .append(escape(baseUrl + "/" + name))
                    .append("</loc><lastmod>")
                    .append(lastmod)
                    .append("</lastmod></sitemap>\n");
        }
        files.put("sitemap.xml", index.append("</sitemapindex>\n").toString());
        return files;
    }

    private String urlset(java.util.List<Map.Entry<String, Manifest.Entry>> urls) {
        StringBuilder sb = new StringBuilder(urls.size() * 96 + 128)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Map.Entry<String, Manifest.Entry> e : urls) {
            sb.append("<url><loc>")
                    .append(escape(baseUrl + e.getKey()))
                    .append("</loc><lastmod>")
                    .append(e.getValue().lastmod())
                    .append("</lastmod></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
