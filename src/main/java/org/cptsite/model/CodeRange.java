package org.cptsite.model;

/** A named range of a CPT section (or HCPCS letter), e.g. 38100-38999, from {@code content/ranges.yml}. */
public record CodeRange(Category category, String from, String to, String name) {

    /** Codes compare as text: the PPRRVU file's own order, which keeps 5-character codes in numeric order. */
    public boolean contains(String code) {
        return code.compareTo(from) >= 0 && code.compareTo(to) <= 0;
    }

    public String slug() {
        return from + "-" + to;
    }

    public String label() {
        return from + "\u2013" + to;
    }
}
