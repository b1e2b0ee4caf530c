package org.cptsite.link;

import java.util.List;
import java.util.Map;
import org.cptsite.model.Category;
import org.cptsite.model.CodeRange;
import org.cptsite.model.Content;
import org.cptsite.model.Release;
import org.cptsite.model.Releases;

/**
 * The release and the content joined: every code in file order, and per category its ranges in order,
 * each with its codes (a range whose {@code range} is null collects the codes no named range covers).
 * {@code codes} are the current release's; {@code deleted} the codes of older given releases that it lacks
 * (they keep their pages, out of lists and search), each with the rows of the last release that has it.
 */
public record LinkedSite(Releases releases, Content content, Map<String, CodeEntry> codes,
        Map<Category, List<RangeGroup>> categories, Map<String, CodeEntry> deleted) {

    /** The current release: the newest given. */
    public Release release() {
        return releases.current();
    }

    public record RangeGroup(Category category, CodeRange range, List<CodeEntry> codes) {
        /** URL segment of the range page: the range bounds, or "other" for the leftover codes. */
        public String slug() {
            return range == null ? "other" : range.slug();
        }
    }

    /** A code of the current release, or else a deleted one; null when no given release has it. */
    public CodeEntry code(String code) {
        CodeEntry e = codes.get(code);
        return e != null ? e : deleted.get(code);
    }
}
