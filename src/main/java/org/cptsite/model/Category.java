package org.cptsite.model;

import java.util.regex.Pattern;

/** The category of a code, decided by its form and numeric range (product.md's definition). */
public enum Category {
    ANESTHESIA("anesthesia", "Anesthesia"),
    SURGERY("surgery", "Surgery"),
    RADIOLOGY("radiology", "Radiology"),
    PATHOLOGY_LABORATORY("pathology-laboratory", "Pathology and Laboratory"),
    EVALUATION_MANAGEMENT("evaluation-management", "Evaluation and Management"),
    MEDICINE("medicine", "Medicine"),
    CATEGORY_II("category-ii", "Category II"),
    CATEGORY_III("category-iii", "Category III"),
    PLA("pla", "Proprietary Laboratory Analyses"),
    HCPCS_LEVEL_II("hcpcs-level-ii", "HCPCS Level II"),
    OTHER("other", "Other codes");

    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    private static final Pattern HCPCS = Pattern.compile("[A-Z]\\d{4}");

    private final String slug;
    private final String defaultTitle;

    Category(String slug, String defaultTitle) {
        this.slug = slug;
        this.defaultTitle = defaultTitle;
    }

    public String slug() {
        return slug;
    }

    public String defaultTitle() {
        return defaultTitle;
    }

    public static Category of(String code) {
        if (FIVE_DIGITS.matcher(code).matches()) {
            int n = Integer.parseInt(code);
            if (n >= 100 && n <= 1999) return ANESTHESIA;
            if (n >= 10004 && n <= 69990) return SURGERY;
            if (n >= 70010 && n <= 79999) return RADIOLOGY;
            if (n >= 80047 && n <= 89398) return PATHOLOGY_LABORATORY;
            if (n >= 99202 && n <= 99499) return EVALUATION_MANAGEMENT;
            if (n >= 90281 && n <= 99607) return MEDICINE;
            return OTHER;
        }
        if (code.length() == 5
                && Character.isDigit(code.charAt(0))
                && code.substring(0, 4).chars().allMatch(Character::isDigit)) {
            switch (code.charAt(4)) {
                case 'F':
                    return CATEGORY_II;
                case 'T':
                    return CATEGORY_III;
                case 'U':
                    return PLA;
                default:
                    return OTHER;
            }
        }
        return HCPCS.matcher(code).matches() ? HCPCS_LEVEL_II : OTHER;
    }

    public static Category bySlug(String slug) {
        for (Category c : values()) {
            if (c.slug.equals(slug)) return c;
        }
        return null;
    }
}
