package org.cptsite.link;

import java.util.List;
import java.util.Map;
import org.cptsite.model.Category;
import org.cptsite.model.CodeRange;
import org.cptsite.model.Content;
import org.cptsite.model.Redirect;
import org.cptsite.model.Release;

/**
 * The release and the content joined: every code in file order, and per category its ranges in order,
 * each with its codes (a range whose {@code range} is null collects the codes no named range covers).
 */
public record LinkedSite(Release release, Content content, Map<String, CodeEntry> codes,
        Map<Category, List<RangeGroup>> categories) {

    public record RangeGroup(Category category, CodeRange range, List<CodeEntry> codes) {
        /** URL segment of the range page: the range bounds, or "other" for the leftover codes. */
        public String slug() {
            return range == null ? "other" : range.slug();
        }
    }

    public CodeEntry code(String code) {
        return codes.get(code);
    }

    /**
     * The permanent redirects the content asks for (a deleted code whose front matter names its successor),
     * written to {@code _redirects}. None yet: the release history adds them.
     */
    public List<Redirect> redirects() {
        return List.of();
    }
}
