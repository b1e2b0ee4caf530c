package org.cptsite.model;

import java.util.List;

/**
 * The editorial content of one code, from {@code content/codes/CODE.md}. Text fields are plain text;
 * the body sections are HTML rendered from Markdown.
 *
 * @param reviewed when an editor last reviewed the text against the release (null when not said)
 * @param reviewer who did, or ""
 * @param file the source file as the user sees it, for messages
 */
public record CodeContent(
        String code,
        String title,
        List<String> synonyms,
        String summary,
        String plainLanguage,
        List<String> specialties,
        String clinicalContextHtml,
        String billingHtml,
        List<Faq> faq,
        java.time.LocalDate reviewed,
        String reviewer,
        String file) {

    public CodeContent {
        synonyms = List.copyOf(synonyms);
        specialties = List.copyOf(specialties);
        faq = List.copyOf(faq);
    }
}
