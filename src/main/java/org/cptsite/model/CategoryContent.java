package org.cptsite.model;

/** The editorial content of one category, from {@code content/categories/SLUG.md}; sections as HTML. */
public record CategoryContent(Category category, String title, String summary, String introductionHtml,
        String billingHtml, String file) {}
