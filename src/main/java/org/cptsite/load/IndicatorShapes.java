package org.cptsite.load;

import java.util.EnumMap;
import java.util.Map;

/**
 * The shape of each indicator column's values in a PPRRVU file, as the CMS readme defines them
 * (../shared/docs/cms-pfs-files.md): a status is one letter, GLOB DAYS three digits or MMM, XXX, YYY, ZZZ, most
 * indicators one digit, ENDO BASE a code or blank. Shapes, not lists of values, so that a value CMS adds next year
 * still loads (its meaning then reads "Value not described in the CMS readme"), while text that cannot be an indicator (a formula
 * a spreadsheet wrote, markup, a shifted column) is refused at its row before it reaches a page or an export.
 */
final class IndicatorShapes {
    private IndicatorShapes() {}

    /** What a column holds, in words for a message. */
    private record Shape(String words, java.util.function.Predicate<String> test) {}

    private static final Shape LETTER = new Shape("one letter", v -> v.length() == 1 && isUpper(v.charAt(0)));
    private static final Shape DIGIT = new Shape("one digit", v -> v.length() == 1 && isDigit(v.charAt(0)));

    private static final Map<PprrvuColumn, Shape> SHAPES = new EnumMap<>(PprrvuColumn.class);

    static {
        SHAPES.put(PprrvuColumn.STATUS_CODE, LETTER);
        SHAPES.put(
                PprrvuColumn.NOT_USED_FOR_MEDICARE_PAYMENT, new Shape("blank or +", v -> v.isEmpty() || v.equals("+")));
        Shape na = new Shape("blank or NA", v -> v.isEmpty() || v.equalsIgnoreCase("NA"));
        SHAPES.put(PprrvuColumn.NON_FAC_NA_INDICATOR, na);
        SHAPES.put(PprrvuColumn.FACILITY_NA_INDICATOR, na);
        for (PprrvuColumn c : new PprrvuColumn[] {
            PprrvuColumn.PCTC_IND,
            PprrvuColumn.MULT_PROC,
            PprrvuColumn.BILAT_SURG,
            PprrvuColumn.ASST_SURG,
            PprrvuColumn.CO_SURG,
            PprrvuColumn.TEAM_SURG,
            PprrvuColumn.CALCULATION_FLAG
        }) SHAPES.put(c, DIGIT);
        SHAPES.put(
                PprrvuColumn.GLOB_DAYS,
                new Shape(
                        "three digits, MMM, XXX, YYY or ZZZ",
                        v -> v.length() == 3
                                && (allDigits(v)
                                        || v.equals("XXX")
                                        || v.equals("ZZZ")
                                        || v.equals("YYY")
                                        || v.equals("MMM"))));
        SHAPES.put(PprrvuColumn.PRIC_IND, new Shape("blank or digits", v -> v.length() <= 2 && allDigits(v)));
        SHAPES.put(
                PprrvuColumn.ENDO_BASE,
                new Shape("blank or a five-character code", v -> v.isEmpty() || v.length() == 5 && alphanumeric(v)));
        SHAPES.put(
                PprrvuColumn.PHYSICIAN_SUPERVISION,
                new Shape("two letters or digits", v -> v.length() == 2 && alphanumeric(v)));
        SHAPES.put(
                PprrvuColumn.DIAGNOSTIC_IMAGING_FAMILY, new Shape("two digits", v -> v.length() == 2 && allDigits(v)));
    }

    /** The columns whose values have a shape. */
    static Iterable<PprrvuColumn> columns() {
        return SHAPES.keySet();
    }

    /** Null when {@code value} (trimmed) has the shape of {@code column}, else what the shape is, in words. */
    static String mismatch(PprrvuColumn column, String value) {
        Shape s = SHAPES.get(column);
        return s == null || s.test().test(value) ? null : s.words();
    }

    private static boolean allDigits(String v) {
        for (int i = 0; i < v.length(); i++) if (!isDigit(v.charAt(i))) return false;
        return true;
    }

    private static boolean alphanumeric(String v) {
        for (int i = 0; i < v.length(); i++) if (!isDigit(v.charAt(i)) && !isUpper(v.charAt(i))) return false;
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
