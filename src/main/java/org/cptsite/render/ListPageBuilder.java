package org.cptsite.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cptsite.compute.NationalPayment;
import org.cptsite.compute.Populations;
import org.cptsite.compute.Related;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Category;
import org.cptsite.model.CategoryContent;
import org.cptsite.model.RvuRow;
import org.cptsite.model.SiteSettings;

/** Builds the views of the pages that list codes: home, category, range and the 404 page. */
final class ListPageBuilder {
    private final LinkedSite site;
    private final Chrome chrome;
    private final SiteSettings settings;
    private final CodeLinks codeLinks;

    ListPageBuilder(LinkedSite site, Chrome chrome, CodeLinks codeLinks) {
        this.site = site;
        this.chrome = chrome;
        this.codeLinks = codeLinks;
        this.settings = site.content().settings();
    }

    ListPage home(List<Related.Specialty> specialties) {
        List<ListPage.Entry> categories = new ArrayList<>();
        site.categories()
                .forEach((category, groups) -> categories.add(new ListPage.Entry(
                        title(category),
                        Urls.category(category),
                        summary(category),
                        Text.count(count(groups), "code"))));
        List<ListPage.Entry> common = settings.commonCodes().stream()
                .filter(site.codes()::containsKey)
                .map(c -> entry(site.code(c)))
                .toList();
        List<ListPage.Group> groups = new ArrayList<>();
        groups.add(new ListPage.Group("Categories", null, null, categories).look("described"));
        if (!common.isEmpty()) groups.add(new ListPage.Group("Common codes", null, null, common));
        if (site.releases().hasHistory()) {
            List<ListPage.Entry> releases = new ArrayList<>();
            for (int i = site.releases().all().size() - 1; i >= 0; i--) {
                var r = site.releases().all().get(i);
                releases.add(new ListPage.Entry(r.id(), Urls.release(r.id()), r.title(), null));
            }
            groups.add(new ListPage.Group(
                    "Fee schedule releases", Urls.releases(), "What changed in each release", releases));
        }
        if (!specialties.isEmpty()) {
            groups.add(new ListPage.Group(
                            "Specialties",
                            Urls.specialties(),
                            null,
                            specialties.stream()
                                    .map(s -> new ListPage.Entry(s.name(), Urls.specialty(s.slug()), null, null))
                                    .toList())
                    .look("columns"));
        }
        // The lead ends with the release as a label (leadRelease), which a new release changes alone.
        String lead = "RVUs, national Medicare payments and payment-policy indicators for "
                + Text.thousands(site.codes().size())
                + " CPT and HCPCS codes, from the CMS Physician Fee Schedule";
        String release = site.release().id();
        String title = Text.limit(
                settings.name() + ": CPT code RVUs and Medicare payments "
                        + site.release().year(),
                65);
        List<Link> crumbs = List.of(new Link("Home", "/"));
        return new ListPage(
                meta(
                        title,
                        Text.limit(lead + " release " + release + ". " + settings.tagline(), 158),
                        "/",
                        crumbs,
                        "WebSite"),
                chrome,
                settings.name(),
                lead,
                release,
                "",
                "",
                groups,
                List.of(),
                false);
    }

    /**
     * Codes on one page of a category without named ranges: at about 190 bytes a code, a page stays well within
     * the list page budget (120 KB) under a base URL's path too. The 635 Category III codes of 2026 made 119 KB
     * on one page, and 122 KB under /fees.
     */
    static final int CODES_PER_PAGE = 300;

    /** How many pages list a category's codes: one, but for a category without ranges and with many codes. */
    static int pagesOf(List<LinkedSite.RangeGroup> ranges) {
        boolean ranged = ranges.stream().anyMatch(g -> g.range() != null);
        return ranged ? 1 : Math.max(1, (count(ranges) + CODES_PER_PAGE - 1) / CODES_PER_PAGE);
    }

    /** Page {@code page} (from 1) of a category: its ranges, or its codes, {@value #CODES_PER_PAGE} a page. */
    ListPage category(Category category, List<LinkedSite.RangeGroup> ranges, int page) {
        CategoryContent content = site.content().categories().get(category);
        String title = title(category);
        List<ListPage.Group> groups = new ArrayList<>();
        boolean ranged = ranges.stream().anyMatch(g -> g.range() != null);
        int pages = pagesOf(ranges);
        if (ranged) {
            List<ListPage.Entry> entries = ranges.stream()
                    .map(g -> new ListPage.Entry(
                            rangeLabel(g),
                            Urls.range(g),
                            g.range() == null
                                    ? "Codes outside the named ranges"
                                    : g.range().name(),
                            Text.count(g.codes().size(), "code")))
                    .toList();
            groups.add(new ListPage.Group("Ranges", null, null, entries));
        } else if (pages == 1) {
            for (LinkedSite.RangeGroup g : ranges) {
                groups.add(ListPage.Group.ofCodes(
                        "Codes", g.codes().stream().map(this::codeRow).toList()));
            }
        } else {
            List<CodeEntry> all =
                    ranges.stream().flatMap(g -> g.codes().stream()).toList();
            List<ListPage.Entry> parts = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                List<CodeEntry> part = part(all, p);
                parts.add(new ListPage.Entry(
                        part.get(0).code() + "\u2013"
                                + part.get(part.size() - 1).code(),
                        p == page ? null : Urls.category(category, p),
                        p == page ? "this page" : "page " + p,
                        Text.count(part.size(), "code")));
            }
            groups.add(new ListPage.Group("Pages", null, null, parts));
            groups.add(ListPage.Group.ofCodes(
                    "Codes", part(all, page).stream().map(this::codeRow).toList()));
        }
        String codes = title.endsWith(" codes") ? title : title + " codes"; // not "Other codes codes"
        String lead = Text.thousands(count(ranges)) + " " + codes;
        String ofPages = page > 1 ? ", page " + page + " of " + pages : "";
        List<Link> crumbs = List.of(new Link("Home", "/"), new Link(title, Urls.category(category)));
        if (page > 1) {
            crumbs = List.of(crumbs.get(0), crumbs.get(1), new Link("Page " + page, Urls.category(category, page)));
        }
        String description = content != null && !content.summary().isEmpty()
                ? content.summary()
                : lead + " in release " + site.release().id()
                        + ". Work RVUs and national Medicare payments for each code.";
        return new ListPage(
                meta(
                        Text.limit(
                                codes + ofPages + ": RVUs and Medicare payment "
                                        + site.release().year(),
                                65),
                        Text.limit(page > 1 ? "Page " + page + " of " + pages + ". " + description : description, 158),
                        Urls.category(category, page),
                        crumbs,
                        "CollectionPage"),
                chrome,
                codes,
                lead,
                site.release().id(),
                // The category's own words on its first page only, not repeated on pages 2, 3...
                content == null || page > 1 ? "" : codeLinks.link(content.introductionHtml(), null),
                content == null || page > 1 ? "" : codeLinks.link(content.billingHtml(), null),
                groups,
                List.of(),
                false);
    }

    ListPage range(LinkedSite.RangeGroup group, List<LinkedSite.RangeGroup> siblings) {
        String category = title(group.category());
        String label = rangeLabel(group);
        String name = group.range() == null
                ? "Other " + category + " codes"
                : group.range().name();
        List<Link> crumbs = List.of(
                new Link("Home", "/"),
                new Link(category, Urls.category(group.category())),
                new Link(label, Urls.range(group)));
        String lead = Text.count(group.codes().size(), "code") + " in " + category + ", " + label + ": " + name + ".";
        List<Link> related = siblings.stream()
                .filter(g -> g != group)
                .map(g -> new Link(
                        g.range() == null
                                ? rangeLabel(g)
                                : rangeLabel(g) + " " + g.range().name(),
                        Urls.range(g)))
                .toList();
        return new ListPage(
                meta(
                        Text.limit(category + " " + label + ": " + name, 65),
                        Text.limit(lead + " Work RVUs and national Medicare payments for each code.", 158),
                        Urls.range(group),
                        crumbs,
                        "CollectionPage"),
                chrome,
                name,
                lead,
                "",
                "",
                List.of(ListPage.Group.ofCodes(
                        "Codes", group.codes().stream().map(this::codeRow).toList())),
                related,
                false);
    }

    ListPage specialty(Related.Specialty specialty, List<Related.Specialty> all) {
        List<Link> crumbs = List.of(
                new Link("Home", "/"),
                new Link("Specialties", Urls.specialties()),
                new Link(specialty.name(), Urls.specialty(specialty.slug())));
        String lead = Text.count(specialty.codes().size(), "code") + " our editors associate with " + specialty.name()
                + ", with their work RVUs.";
        List<Link> others = all.stream()
                .filter(s -> s != specialty)
                .map(s -> new Link(s.name(), Urls.specialty(s.slug())))
                .toList();
        return new ListPage(
                meta(
                        Text.limit(specialty.name() + ": CPT and HCPCS codes, RVUs and payment", 65),
                        Text.limit(lead + " National Medicare payments and indicators on each code page.", 158),
                        Urls.specialty(specialty.slug()),
                        crumbs,
                        "CollectionPage"),
                chrome,
                specialty.name(),
                lead,
                "",
                "",
                List.of(ListPage.Group.ofCodes(
                        "Codes", specialty.codes().stream().map(this::codeRow).toList())),
                others,
                false);
    }

    ListPage specialties(List<Related.Specialty> all) {
        List<Link> crumbs = List.of(new Link("Home", "/"), new Link("Specialties", Urls.specialties()));
        List<ListPage.Entry> entries = all.stream()
                .map(s -> new ListPage.Entry(
                        s.name(),
                        Urls.specialty(s.slug()),
                        null,
                        Text.count(s.codes().size(), "code")))
                .toList();
        String lead = "The " + Text.thousands(all.size())
                + " specialties named in our editorial content, each with its codes.";
        return new ListPage(
                meta("Specialties | " + settings.name(), lead, Urls.specialties(), crumbs, "CollectionPage"),
                chrome,
                "Specialties",
                lead,
                "",
                "",
                List.of(new ListPage.Group("Specialties", null, null, entries).look("columns")),
                List.of(),
                false);
    }

    ListPage search() {
        List<Link> crumbs = List.of(new Link("Home", "/"), new Link("Search", Urls.search()));
        String lead = "Find a code by its number (or the first digits of it), or by words from its title, descriptor"
                + " and synonyms, among the " + Text.thousands(site.codes().size()) + " codes";
        String release = site.release().id();
        return new ListPage(
                meta(
                        "Search CPT and HCPCS codes | " + settings.name(),
                        lead + " of release " + release + ".",
                        Urls.search(),
                        crumbs,
                        "SearchResultsPage"),
                chrome,
                "Search codes",
                lead,
                release,
                "",
                "",
                List.of(),
                List.of(),
                true);
    }

    ListPage notFound() {
        List<Link> crumbs = List.of(new Link("Home", "/"));
        List<ListPage.Entry> categories = new ArrayList<>();
        site.categories().forEach((c, g) -> categories.add(new ListPage.Entry(title(c), Urls.category(c), null, null)));
        return new ListPage(
                meta(
                                "Page not found | " + settings.name(),
                                "The page you asked for is not on " + settings.name()
                                        + ". Start from a category or the home page.",
                                "/404.html",
                                crumbs,
                                "WebPage")
                        .notIndexed(),
                chrome,
                "Page not found",
                "No page has this address. The code may have been deleted by CMS, or " + "the link may be mistyped.",
                "",
                "",
                List.of(new ListPage.Group("Categories", null, null, categories)),
                List.of(),
                false);
    }

    private ListPage.Entry entry(CodeEntry e) {
        String text = e.content() != null
                ? e.content().title()
                : settings.showCmsDescriptors() ? e.rows().main().description() : null;
        String work = workText(e);
        return new ListPage.Entry(e.code(), Urls.code(e.code()), text, work.isEmpty() ? null : "wRVU " + work);
    }

    /** A code's row in a list that compares: what its page leads with. */
    private ListPage.CodeRow codeRow(CodeEntry e) {
        RvuRow main = e.rows().main();
        String name =
                e.content() != null ? e.content().title() : settings.showCmsDescriptors() ? main.description() : "";
        NationalPayment p = NationalPayment.of(main, site.release().conversionFactor(), null);
        String none = Text.noAmount(main);
        return new ListPage.CodeRow(
                e.code(),
                Urls.code(e.code()),
                name,
                workText(e),
                money(p, p == null ? null : p.nonFacility(), none),
                money(p, p == null ? null : p.facility(), none),
                main.global().days(),
                main.status());
    }

    /**
     * The work RVU a code is compared by, named by its row where that is not the row without modifier whose
     * payment and status the list gives beside it: 61715 "18.48 (modifier 26)"; empty without one.
     */
    private static String workText(CodeEntry e) {
        RvuRow row = Populations.valueRow(e.rows());
        if (row == null) return "";
        String work = Text.rvu(row.rvus().work());
        return row == e.rows().main() || row.modifier().isEmpty() ? work : work + " (modifier " + row.modifier() + ")";
    }

    /** An amount, "NA" where the setting is not expected, or why the code has none. */
    private static String money(NationalPayment p, BigDecimal amount, String none) {
        return p == null ? none : amount == null ? Text.NA : Text.dollars(amount);
    }

    private PageMeta meta(String title, String description, String url, List<Link> crumbs, String type) {
        return meta(settings, title, description, url, crumbs, type);
    }

    /** The head of a page that is not a code page: breadcrumbs and the page as a {@code type} in JSON-LD. */
    static PageMeta meta(
            SiteSettings settings, String title, String description, String url, List<Link> crumbs, String type) {
        String canonical = settings.baseUrl() + url;
        List<Map<String, Object>> ld = List.of(
                JsonLd.breadcrumbs(settings.baseUrl(), crumbs),
                JsonLd.webPage(type, canonical, title, description, settings.publisher(), null));
        return new PageMeta(title, description, canonical, "website", crumbs, JsonLd.graph(ld));
    }

    private String title(Category c) {
        CategoryContent content = site.content().categories().get(c);
        return content != null ? content.title() : c.defaultTitle();
    }

    private String summary(Category c) {
        CategoryContent content = site.content().categories().get(c);
        return content != null ? content.summary() : null;
    }

    static String rangeLabel(LinkedSite.RangeGroup g) {
        return g.range() == null ? "Other codes" : g.range().label();
    }

    /** The codes of page {@code page} (from 1). */
    private static List<CodeEntry> part(List<CodeEntry> all, int page) {
        return all.subList((page - 1) * CODES_PER_PAGE, Math.min(all.size(), page * CODES_PER_PAGE));
    }

    private static int count(List<LinkedSite.RangeGroup> groups) {
        return groups.stream().mapToInt(g -> g.codes().size()).sum();
    }
}
