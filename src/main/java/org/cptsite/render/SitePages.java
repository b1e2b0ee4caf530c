package org.cptsite.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.cptsite.compute.CodeFacts;
import org.cptsite.compute.CodeHistory;
import org.cptsite.compute.Related;
import org.cptsite.compute.SiteFacts;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Category;
import org.cptsite.model.Hosting.JsonTwins;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.SiteSettings;
import org.cptsite.output.BasePath;
import org.cptsite.output.Output;
import org.jspecify.annotations.Nullable;

/**
 * Every page and file of a site, each rendered when asked for: the setup all pages share is made once
 * from the compute stage's {@link SiteFacts} (assets under content-hashed names, the charts' scales, the
 * localities file, search index), then a page is rendered by its URL. {@code build} renders them all ({@link SiteRenderer});
 * {@code serve} renders the one a browser asks for.
 */
public final class SitePages {
    /** What render makes of the release-wide facts: kept by {@code serve} while the facts reuse theirs. */
    private record ReleaseParts(
            Map<Category, Chart.Scale> scales,
            byte[] localities,
            Map<String, String> codeByUrl,
            Map<String, String> codeByJson) {

        static ReleaseParts of(SiteFacts facts) {
            LinkedSite site = facts.site();
            Map<String, String> byUrl = new HashMap<>();
            Map<String, String> byJson = new HashMap<>();
            // Deleted codes keep their page and (per_code) their twin.
            for (Map<String, CodeEntry> codes : List.of(site.codes(), site.deleted())) {
                for (String code : codes.keySet()) {
                    byUrl.put(Urls.code(code), code);
                    byJson.put(Output.fileOf(Urls.json(code)), code);
                }
            }
            return new ReleaseParts(
                    CodePageBuilder.scales(facts.populations()),
                    LocalityData.shared(facts.pricing()).getBytes(StandardCharsets.UTF_8),
                    byUrl,
                    byJson);
        }
    }

    private final LinkedSite site;
    private final SiteFacts facts;
    private final Templates templates;
    private final ReleaseParts parts;
    private final byte[] searchIndex;
    /** Asset path (assets/site.0123456789.css) to bytes. */
    private final Map<String, byte[]> assets;
    /** Asset name (site.css) to its path. */
    private final Map<String, String> paths;

    private final CodePageBuilder codePages;
    /** Links in pages go under the base URL's path. */
    private final BasePath base;
    /** With json_twins: per_range, the file of each range's twins (category/surgery/38100-38999.json). */
    private final Map<String, List<CodeEntry>> rangeJson = new HashMap<>();
    /** URL to the view of each list page, in the order build renders them. */
    private final Map<String, Supplier<ListPage>> listPages = new LinkedHashMap<>();
    /** With several releases, their reports (made when first asked for: they compare whole releases). */
    private final ReleasePageBuilder reports;

    private @Nullable CompletableFuture<Map<String, ReleasePage>> releasePages;

    private SitePages(
            SiteFacts facts,
            Templates templates,
            ReleaseParts parts,
            byte[] searchIndex,
            Map<String, String> paths,
            Map<String, byte[]> assets) {
        this.site = facts.site();
        this.facts = facts;
        this.templates = templates;
        this.parts = parts;
        this.searchIndex = searchIndex;
        this.paths = paths;
        this.assets = Collections.unmodifiableMap(assets);
        this.base = BasePath.of(site.content().settings().baseUrl());
        if (jsonTwins() == JsonTwins.PER_RANGE) {
            JsonTwinFiles.rangeFiles(site).forEach((url, codes) -> rangeJson.put(Output.fileOf(url), codes));
        }
        Chrome chrome = chrome(
                site,
                "/" + paths.get("site.css"),
                "/" + paths.get("search.js"),
                "/" + paths.get("search-index.json"),
                "/" + paths.get("table-sort.js"),
                "/" + paths.get("favicon.svg"));
        Related related = facts.related();
        CodeLinks codeLinks = new CodeLinks(site.codes()::containsKey);
        codePages = new CodePageBuilder(
                site,
                chrome,
                facts.populations(),
                parts.scales(),
                related,
                new LocalitySectionBuilder(
                        facts.pricing(),
                        site.content().settings(),
                        "/" + paths.get("localities.json"),
                        "/" + paths.get("locality.js")),
                codeLinks);
        ListPageBuilder lists = new ListPageBuilder(site, chrome, codeLinks);
        listPages.put("/", () -> lists.home(related.specialties()));
        listPages.put(Urls.search(), lists::search);
        if (!related.specialties().isEmpty()) {
            listPages.put(Urls.specialties(), () -> lists.specialties(related.specialties()));
            for (Related.Specialty s : related.specialties()) {
                listPages.put(Urls.specialty(s.slug()), () -> lists.specialty(s, related.specialties()));
            }
        }
        for (var e : site.categories().entrySet()) {
            int pages = ListPageBuilder.pagesOf(e.getValue());
            for (int page = 1; page <= pages; page++) {
                int p = page;
                listPages.put(Urls.category(e.getKey(), p), () -> lists.category(e.getKey(), e.getValue(), p));
            }
            if (e.getValue().stream().anyMatch(g -> g.range() != null)) {
                for (LinkedSite.RangeGroup g : e.getValue()) {
                    listPages.put(Urls.range(g), () -> lists.range(g, e.getValue()));
                }
            }
        }
        listPages.put(NOT_FOUND, lists::notFound);
        reports = site.releases().hasHistory() ? new ReleasePageBuilder(site, chrome) : null;
        if (reports != null) listPages.put(Urls.releases(), reports::index);
    }

    /**
     * Starts making the release reports on the common pool, beside the code pages: made after them, on one
     * thread, they left the other core idle (0.4 s for two real releases, more with each one). Only build
     * calls this; serve makes them when first asked for.
     */
    public synchronized void startReleasePages() {
        if (releasePages == null && reports != null) releasePages = CompletableFuture.supplyAsync(reports::pages);
    }

    /** The release report pages by URL (/releases/ID/...), none with a single release. */
    private synchronized Map<String, ReleasePage> releasePages() {
        if (reports == null) return Map.of();
        if (releasePages == null) releasePages = CompletableFuture.completedFuture(reports.pages());
        return Parallel.join(releasePages);
    }

    /** The URL of the site's 404 page. */
    public static final String NOT_FOUND = "/404.html";

    /**
     * Makes the setup from the compute stage's facts; null (with problems) when a template or an asset is
     * missing or broken.
     */
    public static SitePages of(SiteFacts facts, Templates templates, Path templatesDir, Problems problems) {
        return of(facts, templates, templatesDir, problems, null);
    }

    /**
     * The same, reusing from {@code previous} what the change left alone: what render makes of the
     * release-wide facts when the facts reuse {@code previous}'s, the assets when the templates are the same,
     * the search index when no code's title or synonyms changed.
     */
    public static SitePages of(
            SiteFacts facts, Templates templates, Path templatesDir, Problems problems, SitePages previous) {
        if (!templates.check()) return null;
        LinkedSite site = facts.site();
        boolean sameTemplates = previous != null && previous.templates == templates;
        ReleaseParts parts = previous != null && facts.sameReleaseFigures(previous.facts) ? previous.parts : null;
        // The search index costs as much as the rest of what comes before the first page: made meanwhile.
        CompletableFuture<byte[]> index = parts != null && sameListings(previous.site, site)
                ? CompletableFuture.completedFuture(previous.searchIndex)
                : CompletableFuture.supplyAsync(() -> SearchIndex.of(
                                site, BasePath.of(site.content().settings().baseUrl()))
                        .getBytes(StandardCharsets.UTF_8));
        if (parts == null) parts = ReleaseParts.of(facts);
        Map<String, byte[]> named = new LinkedHashMap<>();
        for (String name : List.of("site.css", "search.js", "locality.js", "table-sort.js", "favicon.svg")) {
            byte[] bytes = sameTemplates ? previous.asset(name) : readAsset(templatesDir, name, problems);
            if (bytes == null) {
                Parallel.join(index);
                return null;
            }
            named.put(name, bytes);
        }
        named.put("localities.json", parts.localities());
        byte[] searchIndex = Parallel.join(index);
        named.put("search-index.json", searchIndex);
        Map<String, String> paths = new HashMap<>();
        Map<String, byte[]> assets = new LinkedHashMap<>();
        named.forEach((name, bytes) -> {
            paths.put(name, hashedPath(name, bytes));
            assets.put(paths.get(name), bytes);
        });
        SitePages pages = new SitePages(facts, templates, parts, searchIndex, paths, assets);
        Map<String, Path> statics = site.content().staticFiles();
        if (!statics.isEmpty()) {
            java.util.Set<String> top = pages.topFolders();
            StaticFileRules.check(
                    statics,
                    site.content().settings(),
                    pages::generatedFile,
                    path -> pages.hasPage("/" + path + "/") || top.contains(path),
                    problems);
        }
        return pages;
    }

    /** The folders at the top of the site that hold its pages and generated files (cpt, category, assets...). */
    private java.util.Set<String> topFolders() {
        java.util.Set<String> folders = new java.util.HashSet<>();
        for (String url : pageUrls()) {
            int slash = url.indexOf('/', 1);
            if (slash > 0) folders.add(url.substring(1, slash));
        }
        for (String file : files()) {
            int slash = file.indexOf('/');
            if (slash > 0 && !site.content().staticFiles().containsKey(file)) folders.add(file.substring(0, slash));
        }
        return folders;
    }

    /**
     * Whether every code shows the same in the lists and the search index (its title, synonyms and specialties),
     * and the search synonyms (search-synonyms.yml, in the index too) are the same.
     */
    public static boolean sameListings(LinkedSite before, LinkedSite after) {
        if (before.content().settings().showCmsDescriptors()
                        != after.content().settings().showCmsDescriptors()
                || !before.content().searchSynonyms().equals(after.content().searchSynonyms())) {
            return false;
        }
        for (CodeEntry e : after.codes().values()) {
            CodeEntry old = before.code(e.code());
            if (old == e) continue;
            if (old == null || !listed(old.content()).equals(listed(e.content()))) return false;
        }
        return true;
    }

    private static List<Object> listed(org.cptsite.model.CodeContent c) {
        return c == null ? List.of() : List.of(c.title(), c.synonyms(), c.specialties());
    }

    private JsonTwins jsonTwins() {
        return site.content().settings().hosting().jsonTwins();
    }

    public LinkedSite site() {
        return site;
    }

    /** The compute stage's facts the pages are made from. */
    public SiteFacts facts() {
        return facts;
    }

    public Templates templates() {
        return templates;
    }

    /** The assets by path relative to the site root (assets/site.0123456789.css). */
    public Map<String, byte[]> assets() {
        return assets;
    }

    /**
     * The URLs of the list pages (home, search, specialties, categories, ranges, 404, the releases index),
     * then of the release reports, in build order.
     */
    public List<String> listUrls() {
        List<String> urls = new java.util.ArrayList<>(listPages.keySet());
        urls.addAll(releasePages().keySet());
        return urls;
    }

    /** A code's page and JSON twin (made when asked for), from one computation of its figures; html is null when the template failed. */
    public record CodeFiles(byte[] html, java.util.function.Supplier<byte[]> json) {}

    public CodeFiles code(CodeEntry entry, Problems problems) {
        SiteSettings settings = site.content().settings();
        CodeFacts code = facts.code(entry);
        CodeHistory history = CodeHistory.of(entry.code(), site.releases());
        byte[] html = templates.render("code.ftlh", Map.of("page", codePages.build(entry, code, history)), problems);
        return new CodeFiles(
                html == null ? null : base.page(html),
                () -> JsonTwin.of(entry, code, history, settings.baseUrl(), settings.showCmsDescriptors()));
    }

    /**
     * Warns, at the line of its summary, of each of these codes whose page's meta description cannot hold its
     * summary; codes without content or not in the site are left alone. A warning for editors, reported with
     * the content's other warnings (once per build, or per reload in serve), not on each page.
     */
    public void warnIfSummariesCut(java.util.Collection<String> codes, Problems problems) {
        for (String code : codes) {
            CodeEntry entry = site.code(code);
            if (entry == null || entry.content() == null) continue;
            codePages.warnIfSummaryCut(entry, facts.code(entry), CodeHistory.of(code, site.releases()), problems);
        }
    }

    /** A list or release report page by URL; null when the template failed (a problem says why). */
    public byte[] list(String url, Problems problems) {
        Supplier<ListPage> list = listPages.get(url);
        byte[] html = list != null
                ? templates.render("list.ftlh", Map.of("page", list.get()), problems)
                : templates.render("release.ftlh", Map.of("page", releasePages().get(url)), problems);
        return html == null ? null : base.page(html);
    }

    /** Whether the site has an HTML page at this URL (/cpt/38900/, /404.html). */
    public boolean hasPage(String url) {
        return parts.codeByUrl().containsKey(url)
                || listPages.containsKey(url)
                || url.startsWith(Urls.releases()) && releasePages().containsKey(url);
    }

    /** The code whose page is at {@code url} (/cpt/38900/), or null. */
    public @Nullable String codeAt(String url) {
        return parts.codeByUrl().get(url);
    }

    /** Whether the site has a file at this path relative to its root (cpt/38900/index.html, assets/..., CNAME). */
    public boolean hasFile(String path) {
        return generatedFile(path) || site.content().staticFiles().containsKey(path);
    }

    /**
     * The file of content/static/ at {@code path} as it is on disk now, or null: gone, no longer a regular
     * file, or reached through a link, even one made since the content was read (it would publish whatever it
     * points to).
     */
    public Path staticFile(String path) {
        Path source = site.content().staticFiles().get(path);
        if (source == null) return null;
        Path root = source;
        for (int i = path.split("/").length; i > 0; i--) root = root.getParent();
        try {
            if (Files.isSymbolicLink(root)) return null;
            Path real = source.toRealPath();
            boolean inside = real.equals(root.toRealPath().resolve(path));
            return inside && Files.isRegularFile(real, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? real : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the build makes a file at this path: a page, an asset or a JSON twin. */
    private boolean generatedFile(String path) {
        return assets.containsKey(path)
                || (jsonTwins() == JsonTwins.PER_CODE
                        ? parts.codeByJson().containsKey(path)
                        : rangeJson.containsKey(path))
                || path.endsWith("index.html")
                        && hasPage("/" + path.substring(0, path.length() - "index.html".length()))
                || hasPage("/" + path);
    }

    /** The page at {@code url}, or null when there is none or it failed (with a problem). */
    public byte[] page(String url, Problems problems) {
        String code = parts.codeByUrl().get(url);
        if (code != null) return code(site.code(code), problems).html();
        return hasPage(url) ? list(url, problems) : null;
    }

    /**
     * Any other file the build makes, by path relative to the root: an asset or a JSON twin; null when there is
     * none (a file of content/static/ is {@link #staticFile}).
     */
    public byte[] file(String path) {
        byte[] asset = assets.get(path);
        if (asset != null) return asset;
        switch (site.content().settings().hosting().jsonTwins()) {
            case PER_CODE -> {
                String code = parts.codeByJson().get(path);
                return code == null ? null : twin(site.code(code));
            }
            case PER_RANGE -> {
                List<CodeEntry> codes = rangeJson.get(path);
                return codes == null ? null : JsonTwinFiles.range(codes, this::twin);
            }
            default -> {
                return null;
            }
        }
    }

    private byte[] twin(CodeEntry entry) {
        return code(entry, new Problems()).json().get();
    }

    /** Every page URL: the code pages in release order, the deleted codes' pages, then the list pages. */
    public List<String> pageUrls() {
        List<String> urls = new java.util.ArrayList<>(site.codes().size() + listPages.size());
        site.codes().keySet().forEach(c -> urls.add(Urls.code(c)));
        site.deleted().keySet().forEach(c -> urls.add(Urls.code(c)));
        urls.addAll(listUrls());
        return urls;
    }

    /** The paths of the files besides the pages, relative to the root: the assets, content/static/, JSON twins. */
    public List<String> files() {
        List<String> files = new java.util.ArrayList<>(assets.keySet());
        files.addAll(site.content().staticFiles().keySet());
        switch (jsonTwins()) {
            case PER_CODE -> files.addAll(parts.codeByJson().keySet());
            case PER_RANGE -> files.addAll(rangeJson.keySet());
            case NONE -> {}
        }
        return files;
    }

    private byte[] asset(String name) {
        return assets.get(paths.get(name));
    }

    private static Chrome chrome(
            LinkedSite site, String cssUrl, String searchUrl, String indexUrl, String tableSortUrl, String faviconUrl) {
        Release r = site.release();
        SiteSettings s = site.content().settings();
        return new Chrome(
                s.name(),
                s.tagline(),
                s.language(),
                s.navigation().stream().map(l -> new Link(l.title(), l.url())).toList(),
                Chrome.CallToAction.of(s.callToAction()),
                s.notices(),
                cssUrl,
                searchUrl,
                indexUrl,
                tableSortUrl,
                faviconUrl,
                r.id(),
                r.title(),
                Chrome.releasedOn(r),
                String.join(", ", r.sources()));
    }

    /** {@code templates/assets/NAME}; null (with a problem) when missing. */
    private static byte[] readAsset(Path templatesDir, String name, Problems problems) {
        Path file = templatesDir.resolve("assets").resolve(name);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(file.toString(), 0, "asset missing or unreadable", "add " + name + " to templates/assets/");
            return null;
        }
    }

    /** {@code assets/NAME.HASH.ext}, named by its content so that a CDN may cache it forever. */
    private static String hashedPath(String name, byte[] bytes) {
        try {
            String hash = java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 10);
            int dot = name.lastIndexOf('.');
            return "assets/" + name.substring(0, dot) + "." + hash + name.substring(dot);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
