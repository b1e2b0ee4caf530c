package org.cptsite.load;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The values a CMS figure can take. A figure outside them is a damaged or hostile file, refused at its
 * line: {@code 1E+30} is a number to {@code BigDecimal}, and would print a payment of 34 digits.
 * Every row of the real 2025 and 2026 releases is well inside (RVUs up to 462, GPCIs 0.296 to 2.529,
 * CFs 20 to 34).
 */
final class Figures {
    /** Conversion factors: plain decimals above 0 and at most 100 (the CFs have been 20 to 40 for decades). */
    private static final Pattern CF = Pattern.compile("\\d{1,3}(\\.\\d{1,6})?");

    static final BigDecimal MAX_CF = new BigDecimal("100");
    /** GPCIs: CMS's have ranged from 0.296 to 2.529; past 0.100 to 5.000 a file is wrong. */
    static final BigDecimal MIN_GPCI = new BigDecimal("0.100");

    static final BigDecimal MAX_GPCI = new BigDecimal("5.000");

    private Figures() {}

    /** What is wrong with an RVU cell, or null when it is a plain decimal of at most two places in 0-9,999.99. */
    static String rvu(String cell) {
        if (isRvu(cell)) return null;
        if (cell.startsWith("-") && isNumber(cell)) return "is negative; RVUs are 0 or more";
        return isNumber(cell) ? "is not a plain decimal of at most two places from 0 to 9999.99" : "is not a number";
    }

    /** What is wrong with a conversion factor cell, or null when it is a plain decimal above 0 and at most 100. */
    static String conversionFactor(String cell) {
        if (CF.matcher(cell).matches()) {
            BigDecimal cf = new BigDecimal(cell);
            if (cf.signum() > 0 && cf.compareTo(MAX_CF) <= 0) return null;
        }
        return isNumber(cell)
                ? "is not a conversion factor (a plain decimal above 0 and at most " + MAX_CF + ")"
                : "is not a number";
    }

    /** What is wrong with a GPCI, or null when it is within 0.100-5.000. */
    static String gpci(BigDecimal gpci) {
        return gpci.compareTo(MIN_GPCI) < 0 || gpci.compareTo(MAX_GPCI) > 0
                ? "is outside " + MIN_GPCI + "-" + MAX_GPCI + ", the range a GPCI can take"
                : null;
    }

    /**
     * RVUs, their totals and the OPPS columns: 1 to 4 digits, then optionally a point and 1 or 2 digits, as
     * CMS writes them. By hand rather than a regex: the PPRRVU file has a quarter of a million of them.
     */
    private static boolean isRvu(String cell) {
        int point = cell.indexOf('.');
        int whole = point < 0 ? cell.length() : point;
        int places = point < 0 ? 0 : cell.length() - point - 1;
        if (whole < 1 || whole > 4 || (point >= 0 && (places < 1 || places > 2))) return false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (i != point && (c < '0' || c > '9')) return false;
        }
        return true;
    }

    /** A cell as messages quote it: at most 30 characters, control characters shown as '?'. */
    static String shown(String cell) {
        String s = cell.length() > 30 ? cell.substring(0, 30) + "..." : cell;
        return s.replaceAll("\\p{Cntrl}", "?");
    }

    /**
     * The index of the first character of {@code text} no page can show, or -1: a control character (tab and line
     * ends are text) or half of a character outside the BMP (a lone surrogate, which a YAML escape can write).
     */
    static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNumber(String cell) {
        try {
            new BigDecimal(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
