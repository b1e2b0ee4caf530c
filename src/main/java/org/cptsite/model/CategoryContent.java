package org.cptsite.model;

import java.util.List;

/**
 * The editorial content of one category, from {@code content/categories/SLUG.md}; sections as HTML, and the
 * links to pages of the site in their Markdown.
 */
public record CategoryContent(
        Category category,
        String title,
        String summary,
        String introductionHtml,
        String billingHtml,
        String file,
        List<SourceLink> links) {
    public CategoryContent {
        links = List.copyOf(links);
    }
}
