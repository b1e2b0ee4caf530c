package org.cptsite.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * All editorial content: settings, code and category texts, the names of code ranges, the groups of words
 * search treats as one ({@code content/search-synonyms.yml}: replacement and arthroplasty, ...), and the
 * files published as they are ({@code content/static/}).
 *
 * @param staticFiles the files of {@code content/static/} by their path in the site (CNAME, images/logo.png),
 *     sorted; read when written or served
 */
public record Content(
        SiteSettings settings,
        Map<String, CodeContent> codes,
        Map<Category, CategoryContent> categories,
        List<CodeRange> ranges,
        List<List<String>> searchSynonyms,
        Map<String, Path> staticFiles) {

    /** The same content with other settings (a base URL from the command line, a hosting mode in a test). */
    public Content withSettings(SiteSettings other) {
        return new Content(other, codes, categories, ranges, searchSynonyms, staticFiles);
    }
}
