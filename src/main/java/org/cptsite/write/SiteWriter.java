package org.cptsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.cptsite.render.Output;
import org.cptsite.render.Urls;

/**
 * Writes the site into a staging folder beside the output folder and swaps it in only when the whole
 * build has succeeded, so a failed build leaves the previous site exactly as it was.
 */
public final class SiteWriter implements Output {
    private final Path out;
    private final Path staging;
    private final String baseUrl;
    private final LocalDate today;
    /** Page URL to the hash of its main content, for the sitemap's lastmod. */
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private long bytes;
    private int files;

    public SiteWriter(Path out, String baseUrl, LocalDate today) {
        this.out = out.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
        this.today = today;
        this.staging = this.out.resolveSibling("." + this.out.getFileName() + ".staging");
        try {
            deleteTree(staging); // left over from a build that was killed
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
    }

    @Override
    public void page(String url, String html) {
        pages.put(url, Sitemap.contentHash(html));
        file(Urls.file(url), html.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void file(String path, byte[] content) {
        Path target = staging.resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        synchronized (this) {
            bytes += content.length;
            files++;
        }
    }

    /** Writes the sitemap, robots.txt and manifest, then swaps the staging folder in for the output. */
    public void commit() throws IOException {
        Sitemap sitemap = new Sitemap(baseUrl, today, Manifest.read(out));
        Manifest manifest = sitemap.lastmods(pages);
        file("sitemap.xml", sitemap.xml(manifest).getBytes(StandardCharsets.UTF_8));
        file("robots.txt", ("User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "/sitemap.xml\n")
                .getBytes(StandardCharsets.UTF_8));
        file(Manifest.FILE, manifest.text().getBytes(StandardCharsets.UTF_8));
        Path old = out.resolveSibling("." + out.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(out)) Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /** Drops the staging folder; the output folder was never touched. */
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized long bytesWritten() {
        return bytes;
    }

    public synchronized int filesWritten() {
        return files;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
