package org.cptsite.model;

import java.util.List;

/** All rows of one code, in file order (global row first where there is one). */
public record CodeRows(String code, List<RvuRow> rows) {

    public CodeRows {
        rows = List.copyOf(rows);
    }

    /** The row without modifier, or the first row when the code has none (a TC-only listing). */
    public RvuRow main() {
        // A loop, not a stream: this is asked for many times a page.
        for (RvuRow r : rows) {
            if (r.modifier().isEmpty()) return r;
        }
        return rows.get(0);
    }

    public Category category() {
        return Category.of(code);
    }

    public CodeSystem system() {
        return CodeSystem.of(code);
    }
}
