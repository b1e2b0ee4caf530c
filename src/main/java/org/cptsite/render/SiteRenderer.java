package org.cptsite.render;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.cptsite.compute.CodeFacts;
import org.cptsite.compute.CodeHistory;
import org.cptsite.compute.LocalityPricing;
import org.cptsite.compute.Populations;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Hosting;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.SiteSettings;

/**
 * Renders the whole site into an {@link Output}: a page and a JSON twin per code (in parallel), the list
 * pages, and the assets under content-hashed names.
 */
public final class SiteRenderer {
    private final LinkedSite site;
    private final Templates templates;
    private final Path templatesDir;
    private final Problems problems;
    /** Links in pages go under the base URL's path. */
    private final BasePath base;

    public SiteRenderer(LinkedSite site, Templates templates, Path templatesDir, Problems problems) {
        this.site = site;
        this.templates = templates;
        this.templatesDir = templatesDir;
        this.problems = problems;
        this.base = BasePath.of(site.content().settings().baseUrl());
    }

    /** The qualifying-APM CF: the QPP file's when the release has one, else the site setting. */
    public static BigDecimal qualifyingApmCf(Release release, SiteSettings settings) {
        return org.cptsite.compute.ConversionFactors.qualifyingApm(release, settings);
    }

    /**
     * Renders everything; {@code progress} hears the number of code pages done so far.
     * Returns the number of HTML pages rendered.
     */
    public int render(Output out, IntConsumer progress) {
        if (!templates.check()) return 0;
        // The search index costs as much as the rest of what comes before the first page: made meanwhile.
        CompletableFuture<byte[]> searchIndex = CompletableFuture.supplyAsync(
                () -> SearchIndex.of(site, base).getBytes(StandardCharsets.UTF_8));
        String cssUrl = copyAsset(out, "site.css");
        String searchUrl = copyAsset(out, "search.js");
        String localityUrl = copyAsset(out, "locality.js");
        String tableSortUrl = copyAsset(out, "table-sort.js");
        String faviconUrl = copyAsset(out, "favicon.svg");
        if (cssUrl == null || searchUrl == null || localityUrl == null || tableSortUrl == null || faviconUrl == null) {
            return 0;
        }
        Release release = site.release();
        SiteSettings settings = site.content().settings();
        Map<String, org.cptsite.model.CodeRange> ranges = new java.util.HashMap<>();
        site.codes().values().forEach(e -> {
            if (e.range() != null) ranges.put(e.code(), e.range());
        });
        Populations populations = new Populations(release, ranges);
        BigDecimal apmCf = qualifyingApmCf(release, settings);
        Related related = new Related(site);
        LocalityPricing pricing = new LocalityPricing(release, settings);
        String localitiesUrl = hashed(out, "localities.json",
                LocalityData.shared(pricing).getBytes(StandardCharsets.UTF_8));
        Chrome chrome = chrome(cssUrl, searchUrl, hashed(out, "search-index.json", Parallel.join(searchIndex)),
                tableSortUrl, faviconUrl);
        CodePageBuilder codePages = new CodePageBuilder(site, chrome, populations, related,
                new LocalitySectionBuilder(pricing, localitiesUrl, localityUrl));
        AtomicInteger done = new AtomicInteger();
        List<CodeEntry> entries = new java.util.ArrayList<>(site.codes().values());
        entries.addAll(site.deleted().values());
        JsonTwinFiles twins = new JsonTwinFiles(settings.hosting().jsonTwins());
        Parallel.forEach(entries, entry -> {
            CodeFacts facts = facts(entry, release, populations, apmCf);
            CodeHistory history = CodeHistory.of(entry.code(), site.releases());
            CodePage page = codePages.build(entry, facts, history);
            byte[] html = templates.render("code.ftlh", Map.of("page", page));
            if (html != null) out.page(Urls.code(entry.code()), base.page(html));
            // per_range files hold the ranges' current codes: a deleted code has no twin there.
            if (entry.release() == release || settings.hosting().jsonTwins() != Hosting.JsonTwins.PER_RANGE) {
                twins.add(out, entry, () -> JsonTwin.of(entry, facts, history, settings.baseUrl(),
                        settings.showCmsDescriptors()));
            }
            progress.accept(done.incrementAndGet());
        });
        twins.finish(out, site);
        ListPageBuilder lists = new ListPageBuilder(site, chrome);
        Map<String, Supplier<ListPage>> listPages = new LinkedHashMap<>();
        listPages.put("/", () -> lists.home(related.specialties()));
        listPages.put(Urls.search(), lists::search);
        if (!related.specialties().isEmpty()) {
            listPages.put(Urls.specialties(), () -> lists.specialties(related.specialties()));
            for (Related.Specialty s : related.specialties()) {
                listPages.put(Urls.specialty(s.slug()), () -> lists.specialty(s, related.specialties()));
            }
        }
        for (var e : site.categories().entrySet()) {
            listPages.put(Urls.category(e.getKey()), () -> lists.category(e.getKey(), e.getValue()));
            if (e.getValue().stream().anyMatch(g -> g.range() != null)) {
                for (LinkedSite.RangeGroup g : e.getValue()) {
                    listPages.put(Urls.range(g), () -> lists.range(g, e.getValue()));
                }
            }
        }
        listPages.put("/404.html", lists::notFound);
        Map<String, ReleasePage> releasePages = Map.of();
        if (site.releases().hasHistory()) {
            ReleasePageBuilder reports = new ReleasePageBuilder(site, chrome);
            listPages.put(Urls.releases(), reports::index);
            releasePages = reports.pages();
        }
        AtomicInteger listed = new AtomicInteger();
        Parallel.forEach(List.copyOf(listPages.entrySet()),
                e -> listed.addAndGet(list(out, e.getKey(), e.getValue().get())));
        Parallel.forEach(List.copyOf(releasePages.entrySet()),
                e -> listed.addAndGet(page(out, "release.ftlh", e.getKey(), e.getValue())));
        return entries.size() + listed.get();
    }

    /** A code's figures: in the current release, or for a deleted code in the last release that has it. */
    public static CodeFacts facts(CodeEntry entry, Release current, Populations populations,
            BigDecimal currentApmCf) {
        return entry.release() == current ? CodeFacts.of(entry.rows(), current, populations, currentApmCf)
                : CodeFacts.ofDeleted(entry.rows(), entry.release(), null);
    }

    private int list(Output out, String url, ListPage page) {
        return page(out, "list.ftlh", url, page);
    }

    private int page(Output out, String template, String url, Object page) {
        byte[] html = templates.render(template, Map.of("page", page));
        if (html == null) return 0;
        out.page(url, base.page(html));
        return 1;
    }

    private Chrome chrome(String cssUrl, String searchUrl, String indexUrl, String tableSortUrl,
            String faviconUrl) {
        Release r = site.release();
        SiteSettings s = site.content().settings();
        return new Chrome(s.name(), s.tagline(), s.language(),
                s.navigation().stream().map(l -> new Link(l.title(), l.url())).toList(), s.callToAction(),
                s.notices(), cssUrl, searchUrl, indexUrl, tableSortUrl, faviconUrl, r.id(), r.title(),
                r.released() == null ? "" : r.released().format(DateTimeFormatter.ofPattern("MMMM d, yyyy")),
                String.join(", ", r.sources()));
    }

    /** Copies {@code templates/assets/NAME} to {@code assets/NAME.HASH.ext}, so a CDN may cache it forever. */
    private String copyAsset(Output out, String name) {
        Path file = templatesDir.resolve("assets").resolve(name);
        try {
            return hashed(out, name, Files.readAllBytes(file));
        } catch (IOException e) {
            problems.error(file.toString(), 0, "asset missing or unreadable", "add " + name + " to templates/assets/");
            return null;
        }
    }

    /** Writes {@code assets/NAME.HASH.ext} and returns its URL. */
    private static String hashed(Output out, String name, byte[] bytes) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
            int dot = name.lastIndexOf('.');
            String path = "assets/" + name.substring(0, dot) + "." + hash + name.substring(dot);
            out.file(path, bytes);
            return "/" + path;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
