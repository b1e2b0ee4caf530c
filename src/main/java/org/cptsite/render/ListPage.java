package org.cptsite.render;

import java.util.List;

/**
 * A page that lists things: the home page, a category, a range of a CPT section, the 404 page.
 * Sections hold groups of code links; {@code introHtml} and {@code billingHtml} come from the content.
 * The search page is a list page whose list the search script fills ({@code searchPage}).
 *
 * @param leadRelease the release the lead ends with ("... in release RVU26A."), or null: the template marks it
 *     as a label, which a new release changes without changing the page's {@code lastmod}
 */
public record ListPage(
        PageMeta meta,
        Chrome site,
        String heading,
        String lead,
        String leadRelease,
        String introHtml,
        String billingHtml,
        List<Group> groups,
        List<Link> related,
        boolean searchPage) {

    /** A page whose lead names no release. */
    public ListPage(
            PageMeta meta,
            Chrome site,
            String heading,
            String lead,
            String introHtml,
            String billingHtml,
            List<Group> groups,
            List<Link> related,
            boolean searchPage) {
        this(meta, site, heading, lead, null, introHtml, billingHtml, groups, related, searchPage);
    }

    /**
     * A titled list of entries, with an optional link to the group's own page; a group of codes lists them as
     * a table ({@code codes}) instead. {@code look} names how the entries are laid out: "" (one per line),
     * "described" (a name above its description) or "columns" (short names side by side).
     */
    public record Group(String title, String url, String note, List<Entry> entries, List<CodeRow> codes, String look) {
        public Group(String title, String url, String note, List<Entry> entries) {
            this(title, url, note, entries, List.of(), "");
        }

        static Group ofCodes(String title, List<CodeRow> codes) {
            return new Group(title, null, null, List.of(), codes, "");
        }

        Group look(String look) {
            return new Group(title, url, note, entries, codes, look);
        }
    }

    /** A code in a table that compares, its figures as shown (the sorting script reads the numbers back). */
    public record CodeRow(
            String code,
            String url,
            String name,
            String work,
            String nonFacility,
            String facility,
            String global,
            String status) {}

    /** A code (or category, or range) with its descriptor and a short figure. */
    public record Entry(String label, String url, String text, String figure) {}
}
