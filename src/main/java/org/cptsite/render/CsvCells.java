package org.cptsite.render;

/**
 * The cells of the CSV files cptsite writes ({@code diff}, {@code prices}, {@code coverage}), which owners open in
 * a spreadsheet. Text from the CMS files or the content that starts with {@code = + - @}, a tab or a carriage
 * return would be run there as a formula ({@code =HYPERLINK(...)}): such a cell gets a leading apostrophe, as
 * OWASP advises, which spreadsheets read as "text" and do not show. Numbers ({@code -0.06}) are left as they are.
 */
public final class CsvCells {
    private CsvCells() {}

    /** The cell's text, safe from formula injection. */
    public static String text(String s) {
        if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 || isNumber(s)) return s;
        return "'" + s;
    }

    /** {@link #text}, quoted as RFC 4180 asks where it has a comma, a quote or a line break. */
    public static String field(String s) {
        String t = text(s);
        if (t.indexOf(',') < 0 && t.indexOf('"') < 0 && t.indexOf('\n') < 0 && t.indexOf('\r') < 0) return t;
        return '"' + t.replace("\"", "\"\"") + '"';
    }

    /** A plain decimal, as the exports write figures: "-0.06", "12.50". */
    private static boolean isNumber(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') digits = true;
            else if (c == '.' && !point) point = true;
            else return false;
        }
        return digits;
    }
}
