package org.cptsite.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.cptsite.output.BasePath;
import org.cptsite.output.Output;

/**
 * Writes the site into a claimed output folder: each file into the staging folder ({@link StagingFolder}) at
 * the least cost ({@link SiteFileWriter}), with its precompressed variants; at the end the sitemap,
 * robots.txt, the host's headers and the records of the new site (lastmod manifest, file index, deploy
 * manifest), and the swap. A failed build leaves the previous site exactly as it was.
 */
public final class SiteWriter implements Output {
    private final OutputFolder output;
    private final StagingFolder staging;
    private final SiteFileWriter files;
    /** The live site's files, to tell what changed. */
    private final FileIndex previous;
    /** The live site's pages with their content hashes and lastmod dates. */
    private final Manifest previousPages;

    private final String baseUrl;
    private final LocalDate today;
    private final Precompression precompression;
    /** Page URL to the hash of its main content, for the sitemap's lastmod. */
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    private final LongAdder bytes = new LongAdder();
    private final LongAdder count = new LongAdder();

    /**
     * Prepares the staging folder of a claimed output folder; with {@code precompression}, .gz/.br files
     * beside the text files (precompress in site.yml).
     */
    public SiteWriter(OutputFolder folder, String baseUrl, LocalDate today, Precompression precompression)
            throws IOException {
        this.output = folder;
        this.baseUrl = baseUrl;
        this.today = today;
        this.precompression = precompression;
        this.previous = folder.previousFiles();
        this.previousPages = folder.previousLastmods();
        this.staging = new StagingFolder(folder);
        this.files = new SiteFileWriter(folder.disk(), folder.out(), previous);
    }

    @Override
    public void page(String url, byte[] html) {
        pages.put(url, Sitemap.contentHash(html));
        file(Output.fileOf(url), html);
    }

    @Override
    public void file(String path, byte[] content) {
        String rel = relative(path);
        Path target = staging.resolve(rel);
        try {
            boolean again = staging.add(rel);
            files.write(rel, target, content, again || staging.reused(), again);
        } catch (IOException e) {
            throw new WriteFailed(target, e);
        }
        bytes.add(content.length);
        count.increment();
        precompression.variants(path, content, this::file);
    }

    /** {@code path} relative to the site root, normalised, '/'-separated; it must stay inside the site. */
    static String relative(String path) {
        String p = path;
        while (p.startsWith("/")) p = p.substring(1);
        boolean plain = !p.isEmpty()
                && !p.endsWith("/")
                && !p.contains("//")
                && !p.equals(".")
                && !p.equals("..")
                && !p.startsWith("./")
                && !p.startsWith("../")
                && !p.contains("/./")
                && !p.contains("/../")
                && !p.endsWith("/.")
                && !p.endsWith("/..");
        if (plain) return p;
        Path n = Path.of(p).normalize();
        String s = n.toString().replace(n.getFileSystem().getSeparator(), "/");
        if (s.isEmpty() || s.equals("..") || s.startsWith("../")) {
            throw new IllegalArgumentException("not a path inside the site: " + path);
        }
        return s;
    }

    /**
     * The pages of the live site that this build did not write, sorted: once this site is deployed, they answer
     * 404 and search engines drop them. Asked when every page is written.
     */
    public List<String> pagesGone() {
        return previousPages.entries().keySet().stream()
                .filter(url -> !pages.containsKey(url))
                .toList();
    }

    /** Where the deploy manifest of the live site is: in the working folder beside the output. */
    public Path deployManifest() {
        return output.record(OutputFolder.DEPLOY);
    }

    /**
     * Writes the sitemap, robots.txt (unless the site has its own) and the host's headers, then swaps the staging folder in with the records
     * of the new site (lastmod manifest, file index, deploy manifest). The sitemap does not list the pages
     * {@code redirected} (their URLs), though the manifest keeps their lastmod.
     */
    public void commit(Set<String> redirected) throws IOException {
        Sitemap sitemap = new Sitemap(baseUrl, today, previousPages);
        Manifest manifest = sitemap.lastmods(pages);
        // sitemap.xml, or past 50,000 URLs a sitemap index and its parts sitemap-1.xml, sitemap-2.xml, ...
        sitemap.files(manifest, redirected).forEach((name, xml) -> file(name, xml.getBytes(StandardCharsets.UTF_8)));
        // The owner's own robots.txt (content/static/) was written with the other files and stays.
        if (!staging.files().contains(SiteFiles.ROBOTS)) file(SiteFiles.ROBOTS, SiteFiles.robots(baseUrl));
        file(Headers.FILE, Headers.of(BasePath.of(baseUrl), staging.files()));
        FileIndex index = files.index(OutputFolder.identity(output.staging()));
        staging.swapIn(Map.of(
                OutputFolder.LASTMODS,
                manifest.text(),
                OutputFolder.FILES,
                index.text(),
                OutputFolder.DEPLOY,
                DeployManifest.text(index, previous)));
    }

    /** Drops the staging folder; the output folder was never touched. */
    public void abort() {
        staging.abort();
    }

    public long bytesWritten() {
        return bytes.sum();
    }

    public int filesWritten() {
        return count.intValue();
    }
}
