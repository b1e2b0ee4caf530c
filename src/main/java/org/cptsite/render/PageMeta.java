package org.cptsite.render;

import java.util.List;

/**
 * The head of a page: title, meta description, canonical URL, Open Graph type, breadcrumbs and JSON-LD
 * (already serialised, safe to embed in a script element).
 *
 * @param noindex asks search engines not to index the page: the 404 page, which a host serves for any missing
 *     address but also answers with 200 at its own (a "soft 404")
 */
public record PageMeta(
        String title,
        String description,
        String canonical,
        String ogType,
        List<Link> breadcrumbs,
        String jsonLd,
        boolean noindex) {

    /** The head of a page to index. */
    public PageMeta(
            String title, String description, String canonical, String ogType, List<Link> breadcrumbs, String jsonLd) {
        this(title, description, canonical, ogType, breadcrumbs, jsonLd, false);
    }

    /** The same head, for a page not to index. */
    PageMeta notIndexed() {
        return new PageMeta(title, description, canonical, ogType, breadcrumbs, jsonLd, true);
    }
}
