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

    /** The hash of what is between {@code <main} and {@code </main>}: navigation changes do not count. */
    static String contentHash(String html) {
        int from = html.indexOf("<main");
        int to = html.lastIndexOf("</main>");
        String main = from >= 0 && to > from ? html.substring(from, to) : html;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(main.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
