package org.cptsite.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.compute.Change;
import org.cptsite.compute.ReleaseDiff;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Category;
import org.cptsite.model.CodeContent;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;
import org.cptsite.model.SiteSettings;
import org.jspecify.annotations.Nullable;

/**
 * The release reports: one per given release with a previous one (what changed since it), each with pages of
 * its changed rows by category, and the index of releases. Keyed by URL, in a fixed order.
 */
final class ReleasePageBuilder {
    /** Changed rows per page, to stay within the page weight of a list page. */
    static final int ROWS_PER_PAGE = 150;
    /**
     * Codes added (or deleted) that the report lists itself; past this, by category on pages of their own, as the
     * changed rows are: two such lists and the movers stay within a list page's weight (about 85 bytes a code).
     */
    static final int LISTED_ON_REPORT = 400;
    /** Codes added or deleted per page of one category. */
    static final int CODES_PER_PAGE = 400;

    private final LinkedSite site;
    private final Chrome chrome;
    private final SiteSettings settings;

    ReleasePageBuilder(LinkedSite site, Chrome chrome) {
        this.site = site;
        this.chrome = chrome;
        this.settings = site.content().settings();
    }

    /** Every release page by URL: the reports and their pages of changed rows. */
    Map<String, ReleasePage> pages() {
        Map<String, ReleasePage> pages = new LinkedHashMap<>();
        List<Release> all = site.releases().all();
        for (int i = 1; i < all.size(); i++) report(ReleaseDiff.of(all.get(i - 1), all.get(i)), pages);
        Release first = all.get(0);
        List<Link> crumbs = crumbs(first.id());
        String lead = first.title() + ": the oldest release given, "
                + Text.count(first.codes().size(), "code") + " at the conversion factor "
                + first.conversionFactor().toPlainString() + ".";
        pages.put(
                Urls.release(first.id()),
                ReleasePage.headingOnly(
                        meta(first.id() + ": the oldest release given", lead, Urls.release(first.id()), crumbs),
                        chrome,
                        first.id(),
                        lead));
        return pages;
    }

    /** The index at /releases/, newest first, as a list page. */
    ListPage index() {
        List<ListPage.Entry> entries = new ArrayList<>();
        List<Release> all = site.releases().all();
        for (int i = all.size() - 1; i >= 0; i--) {
            Release r = all.get(i);
            entries.add(new ListPage.Entry(
                    r.id(),
                    Urls.release(r.id()),
                    r.title(),
                    "CF " + r.conversionFactor().toPlainString() + ", "
                            + Text.count(r.codes().size(), "code")));
        }
        List<Link> crumbs = List.of(new Link("Home", "/"), new Link("Releases", Urls.releases()));
        String lead = "The " + all.size() + " CMS Physician Fee Schedule releases this site compares, newest first; "
                + "each report lists the codes added, deleted and changed since the release before it.";
        return new ListPage(
                ListPageBuilder.meta(
                        settings,
                        "Fee schedule releases | " + settings.name(),
                        Text.limit(lead, 158),
                        Urls.releases(),
                        crumbs,
                        "CollectionPage"),
                chrome,
                "Fee schedule releases",
                lead,
                "",
                "",
                List.of(new ListPage.Group("Releases", null, null, entries)),
                List.of(),
                false);
    }

    private void report(ReleaseDiff diff, Map<String, ReleasePage> pages) {
        String id = diff.to().id();
        String from = diff.from().id();
        BigDecimal cfBefore = diff.from().conversionFactor();
        BigDecimal cfAfter = diff.to().conversionFactor();
        Change.Delta cf = new Change.Delta(cfBefore, cfAfter);
        List<String> summary = new ArrayList<>();
        summary.add(
                "Conversion factor " + cfBefore.toPlainString() + " \u2192 " + cfAfter.toPlainString() + cfChange(cf));
        List<String> changedCodes = diff.changedCodes();
        // Counts as every page writes them: "1,024 codes", "1 code".
        summary.add(Text.count(diff.added().size(), "code") + " added, "
                + Text.thousands(diff.deleted().size())
                + " deleted, " + Text.thousands(changedCodes.size()) + " changed ("
                + Text.count(diff.changed().size(), "row") + ")");
        List<ReleasePage.MoverTable> movers =
                MoverKind.ALL.stream().map(k -> movers(diff, k)).toList();
        List<Link> changedLinks = new ArrayList<>();
        diff.changedByCategory().forEach((category, rows) -> {
            long codes =
                    rows.stream().map(ReleaseDiff.RowChange::code).distinct().count();
            changedLinks.add(new Link(
                    title(category) + ": " + Text.count(codes, "code") + ", " + Text.count(rows.size(), "row"),
                    Urls.releaseChanges(id, category, 1)));
            changedPages(diff, category, rows, pages);
        });
        // Past LISTED_ON_REPORT, a list of codes added or deleted goes on pages of its own, linked by category.
        boolean addedHere = diff.added().size() <= LISTED_ON_REPORT;
        boolean deletedHere = diff.deleted().size() <= LISTED_ON_REPORT;
        List<Link> addedLinks = addedHere ? List.of() : codePages(diff, "added", diff.added(), pages);
        List<Link> deletedLinks = deletedHere ? List.of() : codePages(diff, "deleted", diff.deleted(), pages);
        String lead = "What changed in the CMS Physician Fee Schedule from " + from + " to " + id + " ("
                + diff.to().title() + ").";
        pages.put(
                Urls.release(id),
                new ReleasePage(
                        meta(
                                id + ": codes added, deleted and changed since " + from,
                                lead,
                                Urls.release(id),
                                crumbs(id)),
                        chrome,
                        id + ": what changed since " + from,
                        lead,
                        summary,
                        addedHere ? groups(diff.added()) : List.of(),
                        deletedHere ? groups(diff.deleted()) : List.of(),
                        addedLinks,
                        deletedLinks,
                        changedLinks,
                        movers,
                        List.of(),
                        List.of()));
    }

    /**
     * The codes added (or deleted, {@code kind}) by category on pages of their own (/releases/RVU26A/added/surgery/),
     * and the report's links to them: "Surgery: 312 codes".
     */
    private List<Link> codePages(ReleaseDiff diff, String kind, List<CodeRows> codes, Map<String, ReleasePage> pages) {
        String id = diff.to().id();
        List<Link> links = new ArrayList<>();
        for (Map.Entry<Category, List<ListPage.Entry>> group : byCategory(codes).entrySet()) {
            Category category = group.getKey();
            List<ListPage.Entry> entries = group.getValue();
            links.add(new Link(
                    title(category) + ": " + Text.count(entries.size(), "code"),
                    Urls.releaseList(id, kind, category, 1)));
            int count = (entries.size() + CODES_PER_PAGE - 1) / CODES_PER_PAGE;
            for (int n = 1; n <= count; n++) {
                List<ListPage.Entry> shown =
                        entries.subList((n - 1) * CODES_PER_PAGE, Math.min(entries.size(), n * CODES_PER_PAGE));
                String url = Urls.releaseList(id, kind, category, n);
                String part = part(n, count);
                String heading = title(category) + " codes " + kind + " in " + id;
                String fromTo = Text.count(entries.size(), title(category) + " code") + " " + kind + " from "
                        + diff.from().id() + " to " + id;
                List<Link> crumbs = new ArrayList<>(crumbs(id));
                crumbs.add(new Link(title(category) + " " + kind + part, url));
                List<ReleasePage.CodeGroup> one =
                        List.of(new ReleasePage.CodeGroup(title(category) + " (" + entries.size() + ")", shown));
                pages.put(
                        url,
                        ReleasePage.part(
                                meta(heading, fromTo + ".", n, count, url, crumbs),
                                chrome,
                                heading + part,
                                fromTo + part + ".",
                                kind.equals("added") ? one : List.of(),
                                kind.equals("added") ? List.of() : one,
                                List.of(),
                                otherPages(id, count, n, k -> Urls.releaseList(id, kind, category, k))));
            }
        }
        return links;
    }

    private void changedPages(
            ReleaseDiff diff, Category category, List<ReleaseDiff.RowChange> rows, Map<String, ReleasePage> pages) {
        String id = diff.to().id();
        int count = (rows.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE;
        for (int n = 1; n <= count; n++) {
            List<ReleasePage.ChangedRow> shown = new ArrayList<>();
            for (ReleaseDiff.RowChange c :
                    rows.subList((n - 1) * ROWS_PER_PAGE, Math.min(rows.size(), n * ROWS_PER_PAGE))) {
                List<ReleasePage.Field> fields = new ArrayList<>();
                c.changes()
                        .forEach((name, ba) -> fields.add(
                                new ReleasePage.Field(ReleaseDiff.label(name), shown(ba.get(0)), shown(ba.get(1)))));
                shown.add(new ReleasePage.ChangedRow(
                        new Link(c.code(), Urls.code(c.code())),
                        c.modifier().isEmpty() ? "global" : c.modifier(),
                        fields));
            }
            List<Link> others = otherPages(id, count, n, k -> Urls.releaseChanges(id, category, k));
            String url = Urls.releaseChanges(id, category, n);
            String part = part(n, count);
            String heading = title(category) + " codes changed in " + id;
            String fromTo = Text.count(rows.size(), "row") + " of " + title(category) + " codes changed from "
                    + diff.from().id() + " to " + id;
            List<Link> crumbs = new ArrayList<>(crumbs(id));
            crumbs.add(new Link(title(category) + part, url));
            pages.put(
                    url,
                    ReleasePage.part(
                            meta(heading, fromTo + ": each field before and after.", n, count, url, crumbs),
                            chrome,
                            heading + part,
                            fromTo + part + ": each field before and after.",
                            List.of(),
                            List.of(),
                            shown,
                            others));
        }
    }

    /** The report, then the other pages of a list of {@code count}, from page {@code n}. */
    private static List<Link> otherPages(String id, int count, int n, java.util.function.IntFunction<String> url) {
        List<Link> others = new ArrayList<>();
        others.add(new Link("The " + id + " report", Urls.release(id)));
        for (int k = 1; k <= count; k++) {
            if (k != n) others.add(new Link("Page " + k + " of " + count, url.apply(k)));
        }
        return others;
    }

    /** " (+1.0544, +3.3%)", or " (unchanged)": the CF's change, on the report page and in diff's Markdown. */
    static String cfChange(Change.Delta cf) {
        if (!cf.changed()) return " (unchanged)";
        return " (" + (cf.amount().signum() > 0 ? "+" : "\u2212")
                + cf.amount().abs().toPlainString() + ", " + MoverKind.percent(cf) + ")";
    }

    private ReleasePage.MoverTable movers(ReleaseDiff diff, MoverKind kind) {
        List<ReleasePage.MoverRow> rows = new ArrayList<>();
        for (ReleaseDiff.Mover m : kind.of(diff)) {
            Change.Delta d = m.delta();
            CodeEntry e = site.code(m.code());
            rows.add(new ReleasePage.MoverRow(
                    new Link(m.code(), Urls.code(m.code())),
                    e == null ? null : text(e.content(), e.rows()),
                    kind.shown(d.before()),
                    kind.shown(d.after()),
                    kind.change(d),
                    MoverKind.percent(d)));
        }
        return new ReleasePage.MoverTable(
                kind.id(), kind.title(), rows, rows.stream().anyMatch(r -> r.text() != null));
    }

    private List<ReleasePage.CodeGroup> groups(List<CodeRows> codes) {
        List<ReleasePage.CodeGroup> groups = new ArrayList<>();
        byCategory(codes)
                .forEach((category, entries) ->
                        groups.add(new ReleasePage.CodeGroup(title(category) + " (" + entries.size() + ")", entries)));
        return groups;
    }

    /** The codes as list entries (a link with the title or descriptor), by category in the categories' order. */
    private Map<Category, List<ListPage.Entry>> byCategory(List<CodeRows> codes) {
        Map<Category, List<ListPage.Entry>> byCategory = new EnumMap<>(Category.class);
        for (CodeRows c : codes) {
            CodeEntry e = site.code(c.code());
            String text = text(e == null ? null : e.content(), c);
            byCategory
                    .computeIfAbsent(c.category(), k -> new ArrayList<>())
                    .add(new ListPage.Entry(c.code(), Urls.code(c.code()), text, null));
        }
        return byCategory;
    }

    /** What names a code in a list: its content's title, else the CMS descriptor where the site shows them. */
    private @Nullable String text(@Nullable CodeContent content, CodeRows rows) {
        if (content != null) return content.title();
        return settings.showCmsDescriptors() ? rows.main().description() : null;
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value.isEmpty() ? "(blank)" : value;
    }

    private List<Link> crumbs(String id) {
        return List.of(new Link("Home", "/"), new Link("Releases", Urls.releases()), new Link(id, Urls.release(id)));
    }

    /**
     * The head of page {@code n} of {@code count}: its title and description end with the page's number, which
     * a long category title must not cut off (the pages' titles would be the same, and the build refuses that).
     */
    private PageMeta meta(String title, String description, int n, int count, String url, List<Link> crumbs) {
        String part = part(n, count);
        String page = count == 1 ? "" : " Page " + n + " of " + count + ".";
        return ListPageBuilder.meta(
                settings,
                Text.limit(title, 65 - part.length()) + part,
                Text.limit(description + " From the CMS Physician Fee Schedule files.", 158 - page.length()) + page,
                url,
                crumbs,
                "CollectionPage");
    }

    private PageMeta meta(String title, String description, String url, List<Link> crumbs) {
        return meta(title, description, 1, 1, url, crumbs);
    }

    /** ", page 2 of 3" after the heading of a list's page; nothing for a list of one page. */
    private static String part(int n, int count) {
        return count == 1 ? "" : ", page " + n + " of " + count;
    }

    private String title(Category c) {
        var content = site.content().categories().get(c);
        return content != null ? content.title() : c.defaultTitle();
    }
}
