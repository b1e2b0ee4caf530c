package org.cptsite.render;

import java.util.List;

/**
 * The head of a page: title, meta description, canonical URL, Open Graph type, breadcrumbs and JSON-LD
 * (already serialised, safe to embed in a script element).
 */
public record PageMeta(
        String title, String description, String canonical, String ogType, List<Link> breadcrumbs, String jsonLd) {}
