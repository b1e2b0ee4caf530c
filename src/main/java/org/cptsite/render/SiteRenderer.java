package org.cptsite.render;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Problems;

/**
 * Renders the whole site into an {@link Output}: the assets under content-hashed names, a page and a JSON
 * twin per code (in parallel), and the list pages, all from one {@link SitePages}.
 */
public final class SiteRenderer {
    private final LinkedSite site;
    private final Templates templates;
    private final Path templatesDir;
    private final Problems problems;

    public SiteRenderer(LinkedSite site, Templates templates, Path templatesDir, Problems problems) {
        this.site = site;
        this.templates = templates;
        this.templatesDir = templatesDir;
        this.problems = problems;
    }

    /** The qualifying-APM CF: the QPP file's when the release has one, else the site setting. */
    public static java.math.BigDecimal qualifyingApmCf(org.cptsite.model.Release release,
            org.cptsite.model.SiteSettings settings) {
        return org.cptsite.compute.ConversionFactors.qualifyingApm(release, settings);
    }

    /**
     * Renders everything; {@code progress} hears the number of code pages done so far.
     * Returns the number of HTML pages rendered.
     */
    public int render(Output out, IntConsumer progress) {
        SitePages pages = SitePages.of(site, templates, templatesDir, problems);
        if (pages == null) return 0;
        pages.assets().forEach(out::file);
        AtomicInteger done = new AtomicInteger();
        List<CodeEntry> entries = List.copyOf(site.codes().values());
        JsonTwinFiles twins = new JsonTwinFiles(site.content().settings().hosting().jsonTwins());
        Parallel.forEach(entries, entry -> {
            SitePages.CodeFiles files = pages.code(entry, problems);
            if (files.html() != null) out.page(Urls.code(entry.code()), files.html());
            twins.add(out, entry, files.json());
            progress.accept(done.incrementAndGet());
        });
        twins.finish(out, site);
        AtomicInteger listed = new AtomicInteger();
        Parallel.forEach(pages.listUrls(), url -> {
            byte[] html = pages.list(url, problems);
            if (html == null) return;
            out.page(url, html);
            listed.incrementAndGet();
        });
        return entries.size() + listed.get();
    }
}
