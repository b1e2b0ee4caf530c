package org.cptsite.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.cptsite.check.PageCheck;
import org.cptsite.compute.SiteFacts;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.ContentLinks;
import org.cptsite.link.LinkedSite;
import org.cptsite.load.ContentLoader;
import org.cptsite.model.Content;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.Releases;
import org.cptsite.model.SiteSettings;
import org.cptsite.output.BasePath;
import org.cptsite.output.ContentTypes;
import org.cptsite.output.HostFileNames;
import org.cptsite.pipeline.HostFiles;
import org.cptsite.pipeline.Pipeline;
import org.cptsite.render.Parallel;
import org.cptsite.render.SitePages;
import org.cptsite.render.Templates;
import org.cptsite.render.Urls;

/**
 * The site as {@code serve} holds it: the release, content and templates loaded once, each page rendered
 * (and checked) when asked for and kept in a bounded cache, and after a change of the inputs only what
 * changed loaded again. When a change breaks the inputs, the last good site stays served and the problems
 * are shown over it; the server never stops on bad input.
 */
public final class LiveSite {
    /** What a change touched, from the least to the most to load again. */
    enum Change {
        NONE,
        CODES,
        CONTENT,
        TEMPLATES,
        ALL
    }

    /** A page or file as served: status, type and bytes, or a file of content/static/ sent from disk. */
    record Response(int status, String type, byte[] body, String location, Path file) {
        Response(int status, String type, byte[] body, String location) {
            this(status, type, body, location, null);
        }
    }

    private final Pipeline pipeline;
    private final Pipeline.Options options;
    private final PrintWriter err;
    private final PageCache cache;
    private final Object versionLock = new Object();
    private long version;

    // The last good inputs; guarded by this.
    private Releases releases;
    private Content content;
    private Templates templates;
    /** Read by requests without the lock: swapped together with the cache's invalidation. */
    private volatile SitePages pages;
    /** The content's links of the site served, made when a page is first checked after a reload. */
    private volatile SourcesOf sources;
    /** Problems of the last load: errors keep the last good site served. */
    private volatile List<Problem> inputProblems = List.of();

    /** The release folders (or files) given, by --data or site.yml's releases (read again when it changes). */
    private volatile List<Path> data;

    public LiveSite(Pipeline.Options options, PrintWriter err, long cacheBytes) {
        this.options = options;
        this.pipeline = new Pipeline(options, line -> {});
        this.data = releasesNamed();
        this.err = err;
        this.cache = new PageCache(cacheBytes);
    }

    private List<Path> releasesNamed() {
        return pipeline.releasePaths().stream()
                .map(p -> p.toAbsolutePath().normalize())
                .toList();
    }

    /** Loads everything; problems are reported (and shown in the browser), never thrown. */
    public void start() {
        reload(Change.ALL, Set.of());
    }

    public Pipeline.Options options() {
        return options;
    }

    /** The release folders (or files) to watch besides the content and templates. */
    public List<Path> releasePaths() {
        return data;
    }

    /** Loads again what the changed files need: a code's Markdown, the content, the templates or everything. */
    public void changed(Set<Path> files) {
        reload(classify(files), files);
    }

    Change classify(Set<Path> files) {
        Change change = Change.NONE;
        Path contentDir = options.content().toAbsolutePath().normalize();
        Path codes = contentDir.resolve("codes");
        Path templatesDir = options.templates().toAbsolutePath().normalize();
        for (Path f : files) {
            Path p = f.toAbsolutePath().normalize();
            // An editor's swap and backup files (.38900.md.swp, 38900.md~) are no input: no reload for them.
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~")) continue;
            // site.yml may name other releases (releases:) or let templates reach Java: everything again.
            Change c = data.stream().anyMatch(p::startsWith) || p.equals(contentDir.resolve("site.yml"))
                    ? Change.ALL
                    : p.startsWith(templatesDir)
                            ? Change.TEMPLATES
                            : p.startsWith(codes) && p.toString().endsWith(".md")
                                    ? Change.CODES
                                    : p.startsWith(contentDir) ? Change.CONTENT : Change.NONE;
            if (c.compareTo(change) > 0) change = c;
        }
        return change;
    }

    private synchronized void reload(Change change, Set<Path> files) {
        if (change == Change.NONE) return;
        long start = System.nanoTime();
        Problems problems = new Problems();
        boolean broken = pages == null || inputProblems.stream().anyMatch(Problem::isError);
        // After a failed load, load everything the failure may have left out.
        Change scope = releases == null
                ? Change.ALL
                : broken && change.compareTo(Change.TEMPLATES) < 0 ? Change.TEMPLATES : change;
        Releases newReleases = releases;
        Templates newTemplates = templates;
        Content newContent = null;
        SitePages newPages = null;
        if (scope == Change.CODES) {
            newContent = new ContentLoader(problems, options.today())
                    .reloadCodes(content, files.stream().map(this::asGiven).toList());
            if (newContent == null) scope = Change.CONTENT; // a second file for a code: the whole folder tells
            else {
                LinkedSite site = pipeline.relink(pages.site(), newContent, codesOf(files), problems);
                if (site != null) newPages = pages(site, templates, problems);
                if (newPages != null) newPages.warnIfSummariesCut(codesOf(files), problems);
            }
        }
        if (scope != Change.CODES) {
            // The content and templates load while the releases do: about a second each on the 2026 release,
            // and the first page waits for all of them.
            Change loading = scope;
            CompletableFuture<Inputs> reading = CompletableFuture.supplyAsync(() -> {
                Content c = loading == Change.TEMPLATES && !broken ? content : pipeline.loadContent(problems);
                Templates t = loading.compareTo(Change.TEMPLATES) < 0
                        ? templates
                        : new Templates(
                                options.templates(),
                                c != null
                                        && c.settings() != null
                                        && c.settings().allowJava(),
                                problems);
                return new Inputs(c, t);
            });
            if (scope == Change.ALL) {
                data = releasesNamed(); // site.yml may name other releases: watched from now on
                // site.yml's problems are said by the content's load: read again here for its releases, they
                // would be said twice.
                SiteSettings settings = pipeline.loadSettings(new Problems());
                newReleases = settings == null ? null : pipeline.loadReleases(settings, problems);
            }
            Inputs read = Parallel.join(reading);
            newContent = read.content();
            newTemplates = read.templates();
            if (newReleases != null && newContent != null && !problems.hasErrors()) {
                LinkedSite site = pipeline.link(newReleases, newContent, problems);
                if (site != null) newPages = pages(site, newTemplates, problems);
                if (newPages != null)
                    newPages.warnIfSummariesCut(newContent.codes().keySet(), problems);
            }
        }
        if (newPages == null || problems.hasErrors()) {
            inputProblems = problems.all();
            report(
                    pages == null
                            ? "cannot build the site: the inputs have errors; fix them and the page reloads"
                            : "cannot reload: the inputs have errors; still serving the last good site",
                    problems);
        } else {
            boolean everything = newTemplates != templates || newReleases != releases;
            SitePages before = pages;
            SitePages after = newPages;
            cache.swap(() -> {
                pages = after;
                invalidate(before, after, everything);
            });
            releases = newReleases;
            content = newContent;
            templates = newTemplates;
            inputProblems = problems.all();
            report(
                    String.format(
                            Locale.ROOT,
                            "loaded %s (%s) in %d ms",
                            newReleases.current().id(),
                            scope.name().toLowerCase(Locale.ROOT),
                            (System.nanoTime() - start) / 1_000_000),
                    problems);
        }
        synchronized (versionLock) {
            version++;
            versionLock.notifyAll();
        }
    }

    private record Inputs(Content content, Templates templates) {}

    /**
     * The pages of {@code site}, from its facts computed again: the release-wide figures only when the
     * releases, settings or ranges changed, the rest of the last good pages' setup reused where it can be.
     */
    private SitePages pages(LinkedSite site, Templates templates, Problems problems) {
        SiteFacts facts = pipeline.compute(site, pages == null ? null : pages.facts());
        return SitePages.of(facts, templates, options.templates(), problems, pages);
    }

    /** A watched file as the content loader names it: under --content as the user gave it. */
    private Path asGiven(Path file) {
        Path dir = options.content().toAbsolutePath().normalize();
        return options.content()
                .resolve(dir.relativize(file.toAbsolutePath().normalize()).toString());
    }

    private static Set<String> codesOf(Set<Path> files) {
        Set<String> codes = new HashSet<>();
        for (Path f : files) codes.add(f.getFileName().toString().replaceFirst("\\.md$", ""));
        return codes;
    }

    /**
     * Drops the cached pages a change makes stale: a code's own page and JSON twin when only its text
     * changed; every page when anything other pages show of it changed (its title and synonyms are in the
     * search index, whose hashed name is in every page; its title and specialties in the lists), and when
     * the settings, ranges, categories, templates or release changed.
     */
    private void invalidate(SitePages before, SitePages after, boolean everything) {
        Content a = before == null ? null : before.site().content();
        Content b = after.site().content();
        if (everything
                || a == null
                || !a.settings().equals(b.settings())
                || !a.ranges().equals(b.ranges())
                || !a.categories().equals(b.categories())
                // A file of content/static/ added or removed: links to it from any page are found or broken.
                || !a.staticFiles().keySet().equals(b.staticFiles().keySet())
                || !SitePages.sameListings(before.site(), after.site())) {
            cache.clear();
            return;
        }
        for (String code : after.site().deleted().keySet()) {
            if (!Objects.equals(a.codes().get(code), b.codes().get(code))) {
                // A deleted code's content shows in the release reports too: rare enough to start afresh.
                cache.clear();
                return;
            }
        }
        for (var e : after.site().codes().values()) {
            if (!Objects.equals(a.codes().get(e.code()), b.codes().get(e.code()))) {
                cache.remove(Urls.code(e.code()));
                cache.remove(Urls.json(e.code()));
                cache.remove(Urls.rangeJson(e.category(), e.range())); // json_twins: per_range
            }
        }
    }

    private void report(String headline, Problems problems) {
        err.println("cptsite: " + headline);
        for (Problem p : problems.all()) err.println(p.format());
        err.flush();
    }

    /** The version of the inputs: it goes up after every reload, good or not. */
    long version() {
        synchronized (versionLock) {
            return version;
        }
    }

    /** Waits until the version differs from {@code known}, at most {@code millis}; returns the version. */
    long awaitChange(long known, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        synchronized (versionLock) {
            while (version == known) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) break;
                versionLock.wait(left);
            }
            return version;
        }
    }

    /**
     * The problems to show on a page: the inputs' errors, the warnings of the page's own content file (a title
     * too long, a summary cut), then the page's own problems. Other files' warnings stay in the terminal: every
     * page would show them.
     */
    List<Problem> problems(String url) {
        List<Problem> all = new ArrayList<>();
        inputProblems.stream().filter(Problem::isError).forEach(all::add);
        SitePages current = pages;
        // The page asks with its URL as served, under the base URL's path (/fees/cpt/38900/).
        String page = current == null || url == null
                ? null
                : BasePath.of(current.site().content().settings().baseUrl()).siteUrl(url);
        if (page != null) all.addAll(contentWarnings(current, page));
        if (page != null && current.hasPage(page)) all.addAll(page(page).problems());
        return all;
    }

    /**
     * The warnings of the content file of the code page at {@code page}, read again: a reload reads only what
     * changed (a template, one file), so the warnings of its last load would miss those of the files it did not
     * read. One small file, when a tab asks.
     */
    private List<Problem> contentWarnings(SitePages current, String page) {
        String code = current.codeAt(page);
        CodeEntry entry = code == null ? null : current.site().code(code);
        if (entry == null || entry.content() == null) return List.of();
        String file = entry.content().file();
        Problems read = new Problems();
        // The content these pages were made from (the field is the reload's, under its lock).
        Content again = new ContentLoader(read, options.today())
                .reloadCodes(current.site().content(), List.of(Path.of(file)));
        if (again != null) current.warnIfSummariesCut(List.of(code), read);
        return read.all().stream()
                .filter(p -> !p.isError() && file.equals(p.file()))
                .distinct()
                .toList();
    }

    /** Every page URL of the site (for the benchmark and tools). */
    List<String> pageUrls() {
        SitePages current = current();
        return current == null ? List.of() : current.pageUrls();
    }

    private SitePages current() {
        return pages;
    }

    /** The home page's path as served: "/", or "/fees/" under a base URL's path; "/" before a site has loaded. */
    public String home() {
        SitePages current = current();
        return current == null
                ? "/"
                : BasePath.of(current.site().content().settings().baseUrl()).url("/");
    }

    /** The response to a GET of {@code path}, an already decoded and fenced request path. */
    Response get(String request) {
        SitePages current = current();
        if (current == null) return unavailable();
        // A site under a base URL's path (https://example.org/fees) is served under it too, as deployed.
        BasePath base = BasePath.of(current.site().content().settings().baseUrl());
        String path = base.siteUrl(request);
        if (path == null) {
            return request.equals("/") ? new Response(302, null, new byte[0], base.url("/")) : notFound();
        }
        String url = path.endsWith("/index.html") ? urlOf(path.substring(1)) : path;
        if (current.hasPage(url)) {
            PageCache.Page page = page(url);
            if (page.html() == null) return new Response(500, ContentTypes.HTML, ErrorPage.of(problems(url)), null);
            return new Response(200, ContentTypes.HTML, page.html(), null);
        }
        if (!path.endsWith("/") && current.hasPage(path + "/"))
            return new Response(301, null, new byte[0], base.url(path + "/"));
        if (current.site().content().staticFiles().containsKey(path.substring(1))) {
            // Sent from disk at each request, not read into memory nor cached: an edit shows at once, and a
            // large PDF costs no heap.
            Path own = current.staticFile(path.substring(1));
            return own == null ? notFound() : new Response(200, ContentTypes.of(path), new byte[0], null, own);
        }
        byte[] file = cache.file(path, this::current, now -> file(now, path.substring(1)));
        if (file != null) return new Response(200, ContentTypes.of(path), file, null);
        return notFound();
    }

    /** A file other than a page (relative to the root): an asset, a JSON twin, or one of {@link HostFiles}. */
    private byte[] file(SitePages now, String path) {
        byte[] file = now.file(path);
        return file != null || !HostFileNames.named(path)
                ? file
                : HostFiles.of(now, options.today()).get(path);
    }

    /** The site's 404 page, with status 404. */
    Response notFound() {
        if (current() == null) return unavailable();
        PageCache.Page notFound = page(SitePages.NOT_FOUND);
        return new Response(
                404,
                ContentTypes.HTML,
                notFound.html() != null ? notFound.html() : ErrorPage.of(problems(SitePages.NOT_FOUND)),
                null);
    }

    /** Before the first good load: its problems, or that it is still loading. */
    private Response unavailable() {
        List<Problem> problems = problems(null);
        return problems.isEmpty()
                ? new Response(503, ContentTypes.HTML, ErrorPage.LOADING, null)
                : new Response(500, ContentTypes.HTML, ErrorPage.of(problems), null);
    }

    /** A page, rendered and checked when not in the cache. */
    private PageCache.Page page(String url) {
        return cache.page(url, this::current, current -> {
            Problems problems = new Problems();
            byte[] html = current.page(url, problems);
            String[] ids = new String[0];
            java.util.Set<String> anchorsOn = new java.util.HashSet<>();
            if (html != null) {
                String baseUrl = current.site().content().settings().baseUrl();
                ids = PageCheck.check(
                        url,
                        html,
                        baseUrl,
                        current.site().content().settings()::level,
                        current::hasFile,
                        file -> {
                            anchorsOn.add(urlOf(file));
                            return ids(current, file);
                        },
                        links(current),
                        problems);
            }
            if (!problems.all().isEmpty()) report("page " + url + ":", problems);
            return new PageCache.Page(html, ids, problems.all(), java.util.Set.copyOf(anchorsOn));
        });
    }

    /** Where the content's links were written, for the site being served. */
    private ContentLinks links(SitePages current) {
        SourcesOf known = sources;
        if (known == null || known.pages() != current) {
            known = new SourcesOf(current, ContentLinks.of(current.site()));
            sources = known;
        }
        return known.links();
    }

    private record SourcesOf(SitePages pages, ContentLinks links) {}

    /** The URL of the page in a file of the site ({@code cpt/38900/index.html} is /cpt/38900/). */
    private static String urlOf(String file) {
        return "/" + (file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file);
    }

    /** The ids of the page in a file, for links to its #anchors: from the cache, else rendered (not kept). */
    private String[] ids(SitePages current, String file) {
        String url = urlOf(file);
        PageCache.Page cached = cache.cachedPage(url);
        if (cached != null) return cached.ids();
        byte[] html = current.page(url, new Problems());
        return html == null
                ? null
                : PageCheck.ids(url, html, current.site().content().settings().baseUrl());
    }

    static Map<String, String> describe(Problem p) {
        return Map.of(
                "severity",
                p.isError() ? "error" : "warning",
                "file",
                p.file(),
                "line",
                Integer.toString(p.line()),
                "message",
                p.message(),
                "fix",
                p.fix() == null ? "" : p.fix());
    }
}
