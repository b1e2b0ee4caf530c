package org.cptsite.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.model.CategoryContent;
import org.cptsite.model.CodeContent;
import org.cptsite.model.LinkSources;
import org.cptsite.model.SourceLink;

/**
 * Where the content's links to pages of the site were written: for a link found on a page, the content
 * files (site.yml too) and lines it comes from, so that a broken link or anchor is reported where an editor can
 * fix it, once.
 */
public final class ContentLinks implements LinkSources {
    private final LinkedSite site;
    /** By URL as written. */
    private final Map<String, List<SourceLink>> byUrl;

    private ContentLinks(LinkedSite site, Map<String, List<SourceLink>> byUrl) {
        this.site = site;
        this.byUrl = byUrl;
    }

    public static ContentLinks of(LinkedSite site) {
        Map<String, List<SourceLink>> byUrl = new HashMap<>();
        List<SourceLink> all = new ArrayList<>();
        for (CodeContent c : site.content().codes().values()) all.addAll(c.links());
        for (CategoryContent c : site.content().categories().values()) all.addAll(c.links());
        all.addAll(site.content().settings().links()); // the navigation's and the call to action's
        for (SourceLink link : all)
            byUrl.computeIfAbsent(link.url(), u -> new ArrayList<>()).add(link);
        return new ContentLinks(site, byUrl);
    }

    /**
     * Where the link {@code link} on the page at {@code page} was written: a path from the site's root is the
     * same link wherever it is written; an #anchor of the page itself comes from the content shown on that
     * page (a code page's own file, or its category's; a category's page, its file). Empty when the content has
     * no such link.
     */
    @Override
    public List<SourceLink> find(String page, String link) {
        List<SourceLink> sources = byUrl.getOrDefault(link, List.of());
        if (sources.isEmpty() || !link.startsWith("#")) return sources;
        CodeEntry entry = codeOf(page);
        if (entry == null) {
            // A category's own page (its first) shows its introduction and billing notes.
            CategoryContent category = site.content().categories().values().stream()
                    .filter(c -> page.equals("/category/" + c.category().slug() + "/"))
                    .findFirst()
                    .orElse(null);
            return category == null
                    ? List.of()
                    : sources.stream()
                            .filter(s -> s.file().equals(category.file()))
                            .toList();
        }
        return sources.stream()
                .filter(s -> entry.content() != null
                                && s.file().equals(entry.content().file())
                        || entry.categoryContent() != null
                                && s.file().equals(entry.categoryContent().file()))
                .toList();
    }

    @Override
    public String contentOf(String page) {
        CodeEntry entry = codeOf(page);
        return entry == null || entry.content() == null ? null : entry.content().file();
    }

    /** The code whose page is at {@code page} (/cpt/38900/), or null. */
    private CodeEntry codeOf(String page) {
        String[] parts = page.split("/");
        if (parts.length != 3) return null;
        CodeEntry entry = site.code(parts[2]);
        return entry != null && LinkedSite.url(entry.code()).equals(page) ? entry : null;
    }
}
