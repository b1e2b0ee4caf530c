package org.cptsite.write;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
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
        // The bytes read one to one as Latin-1 characters (one copy): String.indexOf is vectorized, where a
        // loop of ours reads a byte at a time (a third of this method's time for a 30 KB page).
        String bytes = new String(utf8, StandardCharsets.ISO_8859_1);
        int from = bytes.indexOf("<main");
        int to = bytes.lastIndexOf("</main>");
        boolean found = from >= 0 && to > from;
        int offset = found ? from : 0;
        int end = found ? to : utf8.length;
        CRC32C c = new CRC32C();
        CRC32 d = new CRC32();
        // What is marked untracked (release labels, the history) changes with each release, not with the page.
        while (offset < end) {
            int skip = bytes.indexOf(Output.UNTRACKED_OPEN, offset);
            int stop = skip < 0 || skip >= end ? end : skip;
            c.update(utf8, offset, stop - offset);
            d.update(utf8, offset, stop - offset);
            if (stop == end) break;
            int close = bytes.indexOf(Output.UNTRACKED_CLOSE, skip);
            offset = close < 0 || close >= end ? end : close + Output.UNTRACKED_CLOSE.length();
        }
        return HexFormat.of().toHexDigits((int) c.getValue()) + HexFormat.of().toHexDigits((int) d.getValue());
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
     * {@code maxUrls} URLs, else the index and its parts sitemap-1.xml ... in URL order. The 404 page and the
     * {@code unlisted} pages (those {@code _redirects} sends on) are not listed.
     */
    Map<String, String> files(Manifest manifest, Set<String> unlisted) {
        java.util.List<Map.Entry<String, Manifest.Entry>> urls = manifest.entries().entrySet().stream()
                .filter(e -> !e.getKey().equals("/404.html") && !unlisted.contains(e.getKey()))
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
