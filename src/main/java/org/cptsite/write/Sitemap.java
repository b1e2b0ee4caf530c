package org.cptsite.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** sitemap.xml with absolute URLs, sorted, and a lastmod carried over while a page's content is unchanged. */
final class Sitemap {
    private final String baseUrl;
    private final LocalDate today;
    private final Manifest previous;

    Sitemap(String baseUrl, LocalDate today, Manifest previous) {
        this.baseUrl = baseUrl;
        this.today = today;
        this.previous = previous;
    }

    private static final byte[] MAIN_OPEN = "<main".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAIN_CLOSE = "</main>".getBytes(StandardCharsets.US_ASCII);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** The hash of what is between {@code <main} and {@code </main>}: navigation changes do not count. */
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
        MessageDigest sha = SHA256.get();
        sha.reset();
        sha.update(utf8, found ? from : 0, found ? to - from : utf8.length);
        return HexFormat.of().formatHex(sha.digest(), 0, 12);
    }

    private static int indexOf(byte[] a, byte[] p) {
        outer:
        for (int i = 0; i <= a.length - p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (a[i + j] != p[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] a, byte[] p) {
        outer:
        for (int i = a.length - p.length; i >= 0; i--) {
            for (int j = 0; j < p.length; j++) {
                if (a[i + j] != p[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    Manifest lastmods(Map<String, String> pageHashes) {
        Map<String, Manifest.Entry> entries = new TreeMap<>();
        pageHashes.forEach((url, hash) -> {
            Manifest.Entry old = previous.entries().get(url);
            entries.put(url, new Manifest.Entry(hash,
                    old != null && old.hash().equals(hash) ? old.lastmod() : today.toString()));
        });
        return new Manifest(entries);
    }

    String xml(Manifest manifest) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        manifest.entries().forEach((url, e) -> {
            if (url.equals("/404.html")) return;
            sb.append("<url><loc>").append(escape(baseUrl + url)).append("</loc><lastmod>").append(e.lastmod())
                    .append("</lastmod></url>\n");
        });
        return sb.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
