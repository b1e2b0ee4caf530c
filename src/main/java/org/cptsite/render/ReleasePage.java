package org.cptsite.render;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A release report (/releases/RVU26A/): the CF change, codes added, deleted and changed by category, and the
 * biggest movers; or one page of its changed rows (/releases/RVU26A/changed/surgery/), where only
 * {@code changedRows} and {@code pages} are filled, or of one category's codes added or deleted, where only
 * {@code added} or {@code deleted} and {@code pages} are. The report lists the codes added (and deleted) itself,
 * or, when there are too many for one page, links to them by category ({@code addedByCategory}).
 */
public record ReleasePage(
        PageMeta meta,
        Chrome site,
        String heading,
        String lead,
        List<String> summary,
        List<CodeGroup> added,
        List<CodeGroup> deleted,
        List<Link> addedByCategory,
        List<Link> deletedByCategory,
        List<Link> changedByCategory,
        List<MoverTable> movers,
        List<ChangedRow> changedRows,
        List<Link> pages) {

    /** A page with a heading and a lead only: the oldest release given, which has nothing to compare with. */
    static ReleasePage headingOnly(PageMeta meta, Chrome site, String heading, String lead) {
        return part(meta, site, heading, lead, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * One page of a list the report links to: changed rows, or one category's codes added or deleted, with the
     * links to the report and the list's other pages.
     */
    static ReleasePage part(
            PageMeta meta,
            Chrome site,
            String heading,
            String lead,
            List<CodeGroup> added,
            List<CodeGroup> deleted,
            List<ChangedRow> changedRows,
            List<Link> pages) {
        return new ReleasePage(
                meta,
                site,
                heading,
                lead,
                List.of(),
                added,
                deleted,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                changedRows,
                pages);
    }

    /** Codes of one category, each a link with its descriptor or title. */
    public record CodeGroup(String category, List<ListPage.Entry> codes) {}

    /** {@code described}: some row has a title or descriptor (a site may show neither: no column then). */
    public record MoverTable(String id, String title, List<MoverRow> rows, boolean described) {}

    /** One code's move; {@code text} is its title or CMS descriptor, null where the site shows neither. */
    public record MoverRow(
            Link code, @Nullable String text, String before, String after, String change, String percent) {}

    /** One row (code and modifier) and its changed fields, each "before → after". */
    public record ChangedRow(Link code, String modifier, List<Field> fields) {}

    /** A changed field by its label in words ("Work RVU"), not diff's JSON name. */
    public record Field(String label, String before, String after) {}
}
