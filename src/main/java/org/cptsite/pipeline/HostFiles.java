package org.cptsite.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.model.Problems;
import org.cptsite.model.SiteSettings;
import org.cptsite.output.BasePath;
import org.cptsite.output.Output;
import org.cptsite.render.SitePages;
import org.cptsite.write.Headers;
import org.cptsite.write.Redirects;
import org.cptsite.write.SiteFiles;

/**
 * The files a build writes besides the pages, JSON twins and assets, as a first build into an empty folder
 * writes them: sitemap.xml (with its parts past 50,000 URLs), robots.txt, {@code _redirects} and
 * {@code _headers}, for {@code serve}. They come from the lists of pages and files, so none of them waits
 * for a page to render.
 * The .gz and .br copies of {@code precompress} are not served (a browser asks for the file itself), but
 * {@code _headers} names them as the build's does.
 */
public final class HostFiles {
    private HostFiles() {}

    /** By path relative to the site root. */
    public static Map<String, byte[]> of(SitePages pages, LocalDate today) {
        SiteSettings settings = pages.site().content().settings();
        String baseUrl = settings.baseUrl();
        List<String> pageUrls = pages.pageUrls();
        Map<String, byte[]> files = new LinkedHashMap<>(SiteFiles.firstSitemaps(
                baseUrl, today, pageUrls, Redirects.sources(pages.site().redirects())));
        // The owner's own (content/static/robots.txt) is a file of the site: LiveSite serves it first.
        files.put(SiteFiles.ROBOTS, SiteFiles.robots(baseUrl));
        // Its one warning (too many redirects for Cloudflare) is the build's to report.
        files.put(
                Redirects.FILE,
                Redirects.of(
                        pages.site().redirects(),
                        BasePath.of(baseUrl),
                        settings.hosting().forcedRedirects(),
                        new Problems()));
        List<String> all = new ArrayList<>(pages.files());
        pageUrls.forEach(url -> all.add(Output.fileOf(url)));
        all.addAll(files.keySet());
        files.put(
                Headers.FILE, SiteFiles.headers(baseUrl, all, settings.hosting().precompress()));
        return files;
    }
}
