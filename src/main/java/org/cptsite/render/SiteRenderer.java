package org.cptsite.render;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Hosting;
import org.cptsite.model.Problems;
import org.cptsite.output.Output;

/**
 * Renders the whole site into an {@link Output}: the assets under content-hashed names, a page and a JSON
 * twin per code (deleted codes too; in parallel), the list pages and release reports, all from one {@link SitePages}.
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

    /** A code's figures: in the current release, or for a deleted code in the last release that has it. */
    public static org.cptsite.compute.CodeFacts facts(CodeEntry entry, org.cptsite.model.Release current,
            org.cptsite.compute.Populations populations, java.math.BigDecimal currentApmCf) {
        return SitePages.facts(entry, current, populations, currentApmCf);
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
        pages.startReleasePages();
        pages.warnIfSummariesCut(site.content().codes().keySet(), problems);
        pages.assets().forEach(out::file);
        AtomicInteger done = new AtomicInteger();
        List<CodeEntry> entries = new java.util.ArrayList<>(site.codes().values());
        entries.addAll(site.deleted().values());
        Hosting.JsonTwins mode = site.content().settings().hosting().jsonTwins();
        JsonTwinFiles twins = new JsonTwinFiles(mode);
        Parallel.forEach(entries, entry -> {
            SitePages.CodeFiles files = pages.code(entry, problems);
            if (files.html() != null) out.page(Urls.code(entry.code()), files.html());
            // per_range files hold the ranges' current codes: a deleted code has no twin there.
            if (entry.release() == site.release() || mode != Hosting.JsonTwins.PER_RANGE) {
                twins.add(out, entry, files.json());
            }
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
