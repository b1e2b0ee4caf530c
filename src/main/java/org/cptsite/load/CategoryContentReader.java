package org.cptsite.load;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cptsite.model.Category;
import org.cptsite.model.CategoryContent;
import org.cptsite.model.Problems;

/** Reads {@code content/categories/SLUG.md}: a title, a summary, an introduction and billing notes. */
final class CategoryContentReader {
    static final Set<String> KEYS = new LinkedHashSet<>(List.of("title", "summary"));
    static final String INTRODUCTION = "Introduction";
    static final String BILLING = "Billing and documentation";

    private CategoryContentReader() {}

    static CategoryContent read(Category category, String file, String text, Markdown markdown, Problems problems) {
        MarkdownFile md = MarkdownFile.parse(file, text, KEYS, List.of(INTRODUCTION, BILLING), markdown, problems);
        if (md == null) return null;
        String title = md.frontMatter.text("title", true);
        String summary = md.frontMatter.text("summary", false);
        // Their headings' ids start with the name of the list page's section they go in (list.ftlh). The
        // introduction has no heading of its own on the page: it sits right under the <h1>.
        String introduction = md.html(INTRODUCTION, "intro-", 1);
        String billing = md.html(BILLING, "billing-", 2);
        return new CategoryContent(
                category, title, summary == null ? "" : summary, introduction, billing, file, md.links());
    }
}
