package org.cptsite.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The editorial content of one code, from {@code content/codes/CODE.md}. Text fields are plain text;
 * the body sections are HTML rendered from Markdown.
 *
 * @param reviewed when an editor last reviewed the text against the release (null when not said)
 * @param reviewer who did, or ""
 * @param file the source file as the user sees it, for messages
 * @param replacedBy the codes that replace this one once CMS has deleted it ({@code replaced_by:}), in order
 * @param replacedByLine the line of {@code replaced_by:} in the file, 0 without it
 * @param summaryLine the line of {@code summary:} in the file
 * @param links the links to pages of the site in its Markdown, with their lines
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
        java.time.@Nullable LocalDate reviewed,
        String reviewer,
        String file,
        List<String> replacedBy,
        int replacedByLine,
        int summaryLine,
        List<SourceLink> links) {

    public CodeContent {
        replacedBy = List.copyOf(replacedBy);
        synonyms = List.copyOf(synonyms);
        specialties = List.copyOf(specialties);
        faq = List.copyOf(faq);
        links = List.copyOf(links);
    }
}
