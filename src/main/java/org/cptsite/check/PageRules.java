package org.cptsite.check;

import java.util.ArrayList;
import java.util.List;
import org.cptsite.model.CheckRule;
import org.cptsite.output.BasePath;

/**
 * The rules one page must meet on its own, each violation named by its {@link CheckRule}: the page is scanned
 * once ({@link PageScan}), then each group of rules reads the scan. Links to other pages, their #anchors and
 * the uniqueness of titles and descriptions are checked by {@link CheckingOutput} once every page exists.
 */
final class PageRules {
    /** One broken rule on a page. */
    /** A rule broken, and for a broken link or anchor the link as written ({@code link} null otherwise). */
    record Violation(CheckRule rule, String message, String link) {
        Violation(CheckRule rule, String message) {
            this(rule, message, null);
        }
    }

    /**
     * What a page yields: its violations, the internal links it makes (root-relative, with any #anchor), its
     * title and description, and its ids (sorted, for links from other pages to its #anchors).
     */
    record Result(List<Violation> violations, List<String> links, String title, String description, String[] ids) {}

    /** A group of rules: adds the page's violations of them, in the order it checks them. */
    private interface Group {
        void check(Page page, List<Violation> violations);
    }

    /** In the order their violations are reported. */
    private static final List<Group> GROUPS = List.of(
            HeadRules::check,
            LinkRules::check,
            JsonLdRules::check,
            MediaRules::check,
            StructureRules::check,
            LoadingRules::check);

    private PageRules() {}

    /** Checks the page served at {@code url}, given as its UTF-8 bytes. */
    static Result check(String url, byte[] page, String baseUrl) {
        return check(url, page, baseUrl, BasePath.of(baseUrl));
    }

    /**
     * The same, for a site under {@code base}: its links are under the base path, and are returned as site
     * URLs ({@code /fees/cpt/38900/} as {@code /cpt/38900/}); a root-relative link outside the path is broken.
     */
    static Result check(String url, byte[] html, String baseUrl, BasePath base) {
        Page page = new Page(url, html, baseUrl, base);
        List<Violation> violations = new ArrayList<>();
        for (Group group : GROUPS) group.check(page, violations);
        return new Result(violations, page.links(), page.title(), page.description(), page.sortedIds());
    }
}
