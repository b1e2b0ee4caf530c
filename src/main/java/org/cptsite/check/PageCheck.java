package org.cptsite.check;

import java.util.function.Function;
import java.util.function.Predicate;
import org.cptsite.model.CheckRule;
import org.cptsite.model.LinkSources;
import org.cptsite.model.Problems;
import org.cptsite.output.Output;

/**
 * The checks of one page on its own, for {@code serve}, which renders pages one at a time: the page's rules
 * ({@link PageRules}) and its links and #anchors against the files the site has. What needs every page at
 * once (unique titles and descriptions) is left to {@code check} and {@code build}.
 */
public final class PageCheck {
    private PageCheck() {}

    /** The sorted ids of a page, for links from other pages to its #anchors. */
    public static String[] ids(String url, byte[] html, String baseUrl) {
        return PageRules.check(url, html, baseUrl, org.cptsite.output.BasePath.of(baseUrl))
                .ids();
    }

    /**
     * Checks the page at {@code url} into {@code problems}; {@code exists} says whether the site has a file
     * (cpt/38900/index.html), {@code ids} gives the sorted ids of the page in a file (null when none); a broken
     * link or anchor of the content is reported at its file and line ({@code sources}).
     * Returns the page's own sorted ids.
     */
    public static String[] check(
            String url,
            byte[] html,
            String baseUrl,
            Function<CheckRule, CheckRule.Level> levels,
            Predicate<String> exists,
            Function<String, String[]> ids,
            LinkSources sources,
            Problems problems) {
        PageRules.Result r = PageRules.check(url, html, baseUrl, org.cptsite.output.BasePath.of(baseUrl));
        BrokenLinks broken = new BrokenLinks(sources);
        for (PageRules.Violation v : r.violations()) {
            if (v.link() != null) broken.report(problems, levels, url, v.rule(), v.link(), v.message());
            else CheckingOutput.report(problems, levels, url, html.length, v, sources);
        }
        String own = Output.fileOf(url);
        Function<String, String[]> idsHere = file -> file.equals(own) ? r.ids() : ids.apply(file);
        for (String link : r.links()) {
            switch (CheckingOutput.verdict(link, exists, idsHere)) {
                case NO_FILE ->
                    broken.report(
                            problems, levels, url, CheckRule.LINKS, link, CheckingOutput.brokenLink(link, exists));
                case NO_ANCHOR ->
                    broken.report(problems, levels, url, CheckRule.ANCHORS, link, CheckingOutput.brokenAnchor(link));
                case FINE -> {}
            }
        }
        return r.ids();
    }
}
