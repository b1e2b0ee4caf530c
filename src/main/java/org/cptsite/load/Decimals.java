package org.cptsite.load;

import java.math.BigDecimal;

/**
 * {@code new BigDecimal(text)}, faster for the plain decimals that fill the CMS files ("0.00", "33.4009"):
 * the PPRRVU file has a quarter of a million of them, and the constructor copies each into a char array and
 * reads it through its general grammar. Anything else (a sign, an exponent, a long number, junk) is left to
 * the constructor, so values, scales and errors are exactly its own.
 */
final class Decimals {
    /** Digits that always fit a long. */
    private static final int MAX_DIGITS = 18;

    private Decimals() {}

    /** The value of {@code text}, as {@code new BigDecimal(text)} gives it; NumberFormatException when not a number. */
    static BigDecimal parse(String text) {
        int length = text.length();
        long unscaled = 0;
        int digits = 0;
        int point = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
            } else if (c == '.' && point < 0 && i > 0 && i < length - 1) {
                point = i;
            } else {
                return new BigDecimal(text);
            }
        }
        if (digits == 0 || digits > MAX_DIGITS) return new BigDecimal(text);
        return BigDecimal.valueOf(unscaled, point < 0 ? 0 : length - point - 1);
    }
}
