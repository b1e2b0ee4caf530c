package org.cptsite.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formatting of figures and text for pages: dollars, RVUs, and length-limited titles. */
final class Text {
    private Text() {}

    /** "$1,234.56"; a new DecimalFormat per call, since the class is not thread-safe. */
    static String dollars(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        f.setParseBigDecimal(true);
        return f.format(amount);
    }

    /** RVUs with at least two decimals, as the file prints them (a median may carry a third). */
    static String rvu(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 2 ? value.setScale(2).toPlainString() : v.toPlainString();
    }

    /** Cuts text at a word boundary to at most {@code max} characters, with an ellipsis when cut. */
    static String limit(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[\\s,;:.\u2013-]+$", "") + "\u2026";
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
