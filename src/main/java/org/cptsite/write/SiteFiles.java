package org.cptsite.write;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cptsite.model.Hosting.Compression;
import org.cptsite.output.BasePath;
import org.cptsite.output.HostFileNames;

/**
 * The files a build writes last, from the list of what it wrote before: the sitemap, robots.txt and
 * {@code _headers}. {@code serve} makes them the same way from the site's list of pages and files, without
 * rendering a page.
 */
public final class SiteFiles {
    public static final String ROBOTS = HostFileNames.ROBOTS;

    private SiteFiles() {}

    public static byte[] robots(String baseUrl) {
        return ("User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "/sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The sitemap files (sitemap.xml first) of a site built for the first time into an empty folder, so every
     * page's lastmod is {@code today}: a build over a previous site keeps the lastmod of unchanged pages.
     */
    public static Map<String, byte[]> firstSitemaps(
            String baseUrl, LocalDate today, Collection<String> pageUrls, Set<String> unlisted) {
        Map<String, Manifest.Entry> entries = new TreeMap<>();
        for (String url : pageUrls) entries.put(url, new Manifest.Entry("", today.toString()));
        Map<String, byte[]> files = new LinkedHashMap<>();
        new Sitemap(baseUrl, today, new Manifest(Map.of()))
                .files(new Manifest(entries), unlisted)
                .forEach((name, xml) -> files.put(name, xml.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    /** {@code _headers} for a site of {@code files}, with the .gz/.br copies {@code precompress} adds to them. */
    public static byte[] headers(String baseUrl, Collection<String> files, Set<Compression> precompress) {
        Precompression variants = new Precompression(precompress);
        List<String> all = new ArrayList<>(files);
        for (String f : files) all.addAll(variants.names(f));
        return Headers.of(BasePath.of(baseUrl), all);
    }
}
