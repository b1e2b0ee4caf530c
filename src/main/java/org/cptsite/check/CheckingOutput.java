package org.cptsite.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cptsite.model.CheckRule;
import org.cptsite.model.LinkSources;
import org.cptsite.model.Problems;
import org.cptsite.model.UrlPath;
import org.cptsite.output.BasePath;
import org.cptsite.output.Output;

/**
 * Checks each page as it is rendered ({@link PageRules}), then passes it on (to the writer, or nowhere for
 * {@code check}). Shared CSS and JS assets are checked for weight and web fonts. After the last page,
 * {@link #finish()} checks what needs every page: links and #anchors between pages, and that titles and
 * descriptions are unique. A violation names the page and the rule's key; it is an error (the build fails)
 * unless site.yml's {@code checks:} makes the rule a warning.
 * <p>Once the build has an error it will write nothing, so nothing more is passed on: a page or asset that
 * fails its checks never reaches the writer (over-budget pages must not fill a disk before the build fails).
 */
public final class CheckingOutput implements Output {
    private final Output next;
    private final String baseUrl;
    private final BasePath base;
    private final Function<CheckRule, CheckRule.Level> levels;
    private final Problems problems;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> linksByPage = new ConcurrentHashMap<>();
    /** By file (cpt/38900/index.html): the page's ids, sorted, for links to its #anchors from other pages. */
    private final Map<String, String[]> idsByFile = new ConcurrentHashMap<>();
    /**
     * One String per distinct link and id of the site: pages share "/category/surgery/" and "h-payment" instead
     * of each holding copies until {@link #finish()}.
     */
    private final Map<String, String> pool = new ConcurrentHashMap<>();

    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private final Map<String, String> descriptions = new ConcurrentHashMap<>();
    private final BrokenLinks brokenLinks;
    private final LinkSources sources;

    /** {@code levels} says how each rule's violations are reported (from site.yml's {@code checks:}). */
    public CheckingOutput(Output next, String baseUrl, Function<CheckRule, CheckRule.Level> levels, Problems problems) {
        this(next, baseUrl, levels, LinkSources.NONE, problems);
    }

    /** The same; a broken link or anchor the content has is reported at its file and line ({@code sources}). */
    public CheckingOutput(
            Output next,
            String baseUrl,
            Function<CheckRule, CheckRule.Level> levels,
            LinkSources sources,
            Problems problems) {
        this.brokenLinks = new BrokenLinks(sources);
        this.sources = sources;
        this.next = next;
        this.baseUrl = baseUrl;
        this.base = BasePath.of(baseUrl);
        this.levels = levels;
        this.problems = problems;
    }

    @Override
    public void page(String url, byte[] html) {
        PageRules.Result r = PageRules.check(url, html, baseUrl, base);
        for (PageRules.Violation v : r.violations()) {
            if (v.link() != null) brokenLinks.report(problems, levels, url, v.rule(), v.link(), v.message());
            else report(problems, levels, url, html.length, v, sources);
        }
        if (!r.title().isEmpty()) {
            String other = titles.putIfAbsent(r.title(), url);
            if (other != null) {
                report(url, CheckRule.UNIQUE_TITLE, "has the same <title> as " + other + ": \"" + r.title() + "\"");
            }
        }
        if (!r.description().isEmpty()) {
            String other = descriptions.putIfAbsent(r.description(), url);
            if (other != null) {
                report(
                        url,
                        CheckRule.UNIQUE_DESCRIPTION,
                        "has the same meta description as " + other + ": \"" + r.description() + "\"");
            }
        }
        String[] links = r.links().toArray(String[]::new);
        for (int i = 0; i < links.length; i++) links[i] = pooled(links[i]);
        linksByPage.put(url, Set.copyOf(Arrays.asList(links)));
        String[] ids = r.ids();
        for (int i = 0; i < ids.length; i++) ids[i] = pooled(ids[i]);
        String file = Output.fileOf(url);
        idsByFile.put(file, ids);
        files.add(file);
        if (!problems.hasErrors()) next.page(url, html);
    }

    private String pooled(String s) {
        String shared = pool.putIfAbsent(s, s);
        return shared != null ? shared : s;
    }

    @Override
    public void file(String path, byte[] bytes) {
        files.add(path);
        if (AssetRules.applies(path)) {
            for (PageRules.Violation v : AssetRules.check(path, bytes)) report("/" + path, v.rule(), v.message());
        }
        if (!problems.hasErrors()) next.file(path, bytes);
    }

    /** Every internal link must lead to a file the build wrote (sitemap and robots are written last), and its #anchor to an id there. */
    public void finish() {
        Map<String, String> broken = new TreeMap<>();
        Map<String, String> brokenAnchors = new TreeMap<>();
        // Pages share most of their links (navigation, neighbours): judge each distinct link once.
        Map<String, Verdict> verdicts = new HashMap<>();
        linksByPage.forEach((page, links) -> {
            for (String link : links) {
                switch (verdicts.computeIfAbsent(link, this::verdict)) {
                    case NO_FILE -> {
                        if (!brokenLinks.reportWritten(
                                problems, levels, page, CheckRule.LINKS, link, brokenLink(link, files::contains))) {
                            broken.merge(page, link, CheckingOutput::first);
                        }
                    }
                    case NO_ANCHOR -> {
                        if (!brokenLinks.reportWritten(
                                problems, levels, page, CheckRule.ANCHORS, link, brokenAnchor(link))) {
                            brokenAnchors.merge(page, link, CheckingOutput::first);
                        }
                    }
                    case FINE -> {}
                }
            }
        });
        broken.forEach((page, link) -> report(page, CheckRule.LINKS, brokenLink(link, files::contains)));
        brokenAnchors.forEach((page, link) -> report(page, CheckRule.ANCHORS, brokenAnchor(link)));
    }

    enum Verdict {
        FINE,
        NO_FILE,
        NO_ANCHOR
    }

    private Verdict verdict(String link) {
        return verdict(link, files::contains, idsByFile::get);
    }

    /**
     * Whether an internal link leads to a file of the build and, with an #anchor, to an id there; {@code ids}
     * gives the sorted ids of the page in a file (null when unknown).
     */
    static Verdict verdict(String link, java.util.function.Predicate<String> exists, Function<String, String[]> ids) {
        int end = UrlPath.pathEnd(link);
        int hash = link.indexOf('#');
        // A file of content/static/ may have a name written with %-escapes in links (a space, an accent).
        String file = Output.fileOf(UrlPath.decoded(link.substring(0, end)));
        if (!exists.test(file) && !file.equals("sitemap.xml") && !file.equals("robots.txt")) return Verdict.NO_FILE;
        // An #anchor is checked on a page only: a PDF's #page=2 is the viewer's.
        if (hash < 0 || hash == link.length() - 1 || !file.endsWith(".html")) return Verdict.FINE;
        String[] found = ids.apply(file);
        return found == null || Arrays.binarySearch(found, link.substring(hash + 1)) < 0
                ? Verdict.NO_ANCHOR
                : Verdict.FINE;
    }

    /**
     * The message of a link to no file of the build; where the same path with a slash at its end is a page
     * ({@code /cpt/38792} for {@code /cpt/38792/}), it says so: a server may redirect the one to the other, but the
     * page checks follow links as they are written.
     */
    static String brokenLink(String link, java.util.function.Predicate<String> exists) {
        String message = "links to " + link + ", which the build does not generate";
        int end = UrlPath.pathEnd(link);
        String path = link.substring(0, end);
        if (path.isEmpty() || path.endsWith("/")) return message;
        String page = path + "/";
        return exists.test(Output.fileOf(UrlPath.decoded(page)))
                ? message + " (did you mean " + page + link.substring(end) + "? a page's address ends with a slash)"
                : message;
    }

    static String brokenAnchor(String link) {
        return "links to " + link + ", but that page has no such id";
    }

    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void report(String url, CheckRule rule, String message) {
        report(problems, levels, url, rule, message);
    }

    /**
     * A violation of a page's own rules: at the page, but a code page over its weight at the content file whose
     * text makes it so, with how much to cut (an editor reads "page /cpt/38900/" as nothing of theirs).
     */
    static void report(
            Problems problems,
            Function<CheckRule, CheckRule.Level> levels,
            String url,
            int bytes,
            PageRules.Violation v,
            LinkSources sources) {
        String file = v.rule() == CheckRule.PAGE_WEIGHT ? sources.contentOf(url) : null;
        if (file == null) {
            report(problems, levels, url, v.rule(), v.message());
            return;
        }
        String message = v.rule().key() + ": the page " + url + " " + v.message();
        String fix = "shorten this file's text by about "
                + LoadingRules.kb(bytes - CheckRule.Limits.CODE_PAGE_KB * 1024L)
                + " (the page's figures and tables take the rest)";
        v.rule().report(levels.apply(v.rule()), problems, file, 0, message, fix);
    }

    /** A violation of {@code rule} on the page (or asset) at {@code url}, at the level site.yml gives the rule. */
    static void report(
            Problems problems,
            Function<CheckRule, CheckRule.Level> levels,
            String url,
            CheckRule rule,
            String message) {
        String where = (url.startsWith("/assets/") ? "asset " : "page ") + url;
        rule.report(levels.apply(rule), problems, where, 0, rule.key() + ": " + message, rule.fix());
    }
}
