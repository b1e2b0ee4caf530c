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

    /**
     * The row whose figures a page leads with: the main row, unless it has no national amount (contractor priced,
     * not paid) while another row has one: then the first such row, the professional component (26) where there
     * is one. E.g. 61715: its global row is contractor priced, its 26 row has RVUs and a national amount.
     */
    public RvuRow headline() {
        RvuRow main = main();
        if (main.payable() || main.anesthesia()) return main;
        for (RvuRow r : rows) {
            if (r.payable()) return r;
        }
        return main;
    }

    /** The row with {@code modifier}, or null. */
    public RvuRow row(String modifier) {
        for (RvuRow r : rows) {
            if (r.modifier().equals(modifier)) return r;
        }
        return null;
    }

    public Category category() {
        return Category.of(code);
    }

    public CodeSystem system() {
        return CodeSystem.of(code);
    }
}
