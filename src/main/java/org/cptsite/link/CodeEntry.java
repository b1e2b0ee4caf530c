package org.cptsite.link;

import org.cptsite.model.Category;
import org.cptsite.model.CategoryContent;
import org.cptsite.model.CodeContent;
import org.cptsite.model.CodeRange;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;

/**
 * One code of the site: its CMS rows, its editorial content (null when none is written yet), its category
 * and the range of its CPT section (null where the category has no named range for it).
 *
 * @param release the release its rows come from: the current one, or for a code CMS deleted, the last one
 *     that has it
 */
public record CodeEntry(
        CodeRows rows,
        CodeContent content,
        Category category,
        CategoryContent categoryContent,
        CodeRange range,
        Release release) {

    public String code() {
        return rows.code();
    }
}
