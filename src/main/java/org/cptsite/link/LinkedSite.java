package org.cptsite.link;

import java.util.List;
import java.util.Map;
import org.cptsite.model.Category;
import org.cptsite.model.CodeRange;
import org.cptsite.model.CodeSystem;
import org.cptsite.model.Content;
import org.cptsite.model.Redirect;
import org.cptsite.model.Release;
import org.cptsite.model.Releases;

/**
 * The release and the content joined: every code in file order, and per category its ranges in order,
 * each with its codes (a range whose {@code range} is null collects the codes no named range covers).
 * {@code codes} are the current release's; {@code deleted} the codes of older given releases that it lacks
 * (they keep their pages, out of lists and search), each with the rows of the last release that has it.
 */
public record LinkedSite(
        Releases releases,
        Content content,
        Map<String, CodeEntry> codes,
        Map<Category, List<RangeGroup>> categories,
        Map<String, CodeEntry> deleted) {

    /** A site of one release: no history, no deleted codes. */
    public LinkedSite(
            Release release,
            Content content,
            Map<String, CodeEntry> codes,
            Map<Category, List<RangeGroup>> categories) {
        this(Releases.of(release), content, codes, categories, Map.of());
    }

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

    /**
     * The permanent redirects the content asks for: a deleted code whose front matter names exactly one
     * successor ({@code replaced_by:}), from its page to the successor's, written to {@code _redirects}.
     */
    public List<Redirect> redirects() {
        List<Redirect> redirects = new java.util.ArrayList<>();
        for (CodeEntry e : deleted.values()) {
            if (e.content() != null && e.content().replacedBy().size() == 1) {
                redirects.add(
                        new Redirect(url(e.code()), url(e.content().replacedBy().get(0))));
            }
        }
        return redirects;
    }

    /** A code page's URL, as render.Urls makes it (link comes before render, so it cannot ask it). */
    static String url(String code) {
        return "/" + CodeSystem.of(code).folder() + "/" + code + "/";
    }
}
