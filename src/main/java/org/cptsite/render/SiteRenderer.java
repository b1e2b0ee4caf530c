package org.cptsite.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.cptsite.compute.SiteFacts;
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
    private final SiteFacts facts;
    private final LinkedSite site;
    private final Templates templates;
    private final Path templatesDir;
    private final AtomicBoolean failed = new AtomicBoolean();
    private final Problems problems;

    /** Renders the site the compute stage's {@code facts} are of. */
    public SiteRenderer(SiteFacts facts, Templates templates, Path templatesDir, Problems problems) {
        this.facts = facts;
        this.site = facts.site();
        this.templates = templates;
        this.templatesDir = templatesDir;
        this.problems = problems;
    }

    /**
     * Whether every page rendered (after {@link #render}): links to a page that failed would look broken, so
     * the checks across pages are only worth running then.
     */
    public boolean everyPageRendered() {
        return !failed.get();
    }

    /**
     * Renders everything; {@code progress} hears the number of code pages done so far.
     * Returns the number of HTML pages rendered.
     */
    public int render(Output out, IntConsumer progress) {
        SitePages pages = SitePages.of(facts, templates, templatesDir, problems);
        if (pages == null) {
            failed.set(true);
            return 0;
        }
        pages.startReleasePages();
        pages.warnIfSummariesCut(site.content().codes().keySet(), problems);
        pages.assets().forEach(out::file);
        site.content().staticFiles().forEach((path, source) -> {
            byte[] bytes = readStatic(pages.staticFile(path), source);
            if (bytes != null) out.file(path, bytes);
        });
        AtomicInteger done = new AtomicInteger();
        List<CodeEntry> entries = new java.util.ArrayList<>(site.codes().values());
        entries.addAll(site.deleted().values());
        Hosting.JsonTwins mode = site.content().settings().hosting().jsonTwins();
        JsonTwinFiles twins = new JsonTwinFiles(mode);
        Parallel.forEach(entries, entry -> {
            SitePages.CodeFiles files = pages.code(entry, problems);
            if (files.html() != null) out.page(Urls.code(entry.code()), files.html());
            else failed.set(true);
            twins.add(out, entry, files.json());
            progress.accept(done.incrementAndGet());
        });
        twins.finish(out, site);
        AtomicInteger listed = new AtomicInteger();
        Parallel.forEach(pages.listUrls(), url -> {
            byte[] html = pages.list(url, problems);
            if (html == null) {
                failed.set(true);
                return;
            }
            out.page(url, html);
            listed.incrementAndGet();
        });
        return entries.size() + listed.get();
    }

    /**
     * A file of content/static/, as it is ({@code real}: where it is, null when it became a link or went since
     * it was listed); null when it cannot be read (with a problem).
     */
    private byte[] readStatic(Path real, Path source) {
        if (real == null) {
            problems.error(
                    source.toString(),
                    0,
                    "is gone or became a link since it was read; a link could publish a file from outside",
                    "build again; copy a file into content/static/ instead of linking to it");
            return null;
        }
        try {
            return Files.readAllBytes(real);
        } catch (IOException e) {
            problems.error(
                    source.toString(),
                    0,
                    "cannot be read: " + e.getMessage(),
                    "check the file and its permissions; the files of content/static/ are published as they are");
            return null;
        }
    }
}
