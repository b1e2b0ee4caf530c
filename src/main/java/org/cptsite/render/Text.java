package org.cptsite.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.cptsite.compute.Indicators;
import org.cptsite.model.RvuRow;

/** Formatting of figures and text for pages: dollars, RVUs, and length-limited titles. */
public final class Text {
    private Text() {}

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    /** A day as pages write it: "December 29, 2025". */
    static String date(java.time.LocalDate day) {
        return day.format(DAY);
    }

    /** A table cell or figure with no amount: one wording and casing on every page, table and script. */
    static final String NOT_PAID = "Not paid";
    /** The file's NA indicator in a sentence or key fact... */
    static final String NOT_EXPECTED = "Not expected in this setting";
    /** ...and in a table cell, as the CMS file and the RVU table write it, explained in a note below the table. */
    static final String NA = "NA";

    /**
     * A table cell where a row has no amount: "By units" for anesthesia (status J, paid by base and time units),
     * "Contractor priced" (status C, each MAC sets it), else "Not paid" (not paid under the fee schedule), as the
     * key facts and payment notes explain them.
     */
    public static String noAmount(RvuRow row) {
        return row.anesthesia() ? BY_UNITS : row.contractorPriced() ? CONTRACTOR_PRICED : NOT_PAID;
    }

    /**
     * A phrase that starts a line ("Carrier priced: the Medicare contractor...") inside a sentence: its first
     * letter in lower case, and nothing else, so that names keep theirs ("Medicare", "(TC)"). An acronym that
     * starts it ("OPPS cap...") is kept as is.
     */
    static String inSentence(String phrase) {
        if (phrase.isEmpty() || (phrase.length() > 1 && Character.isUpperCase(phrase.charAt(1)))) return phrase;
        return Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /** What a row's status means, inside a sentence: "carrier priced: the Medicare contractor sets the payment". */
    static String statusMeaning(RvuRow row) {
        return inSentence(Indicators.status(row.status()));
    }

    /**
     * How a contractor-priced row is paid, to follow "it is": "priced by the Medicare contractor (status C)"; of
     * an R row without RVUs, "... if covered (restricted coverage, status R)", as the CMS readme says of R.
     */
    public static String contractorPricing(RvuRow row) {
        return row.status().equals("C")
                ? "priced by the Medicare contractor (status C)"
                : "priced by the Medicare contractor if covered (restricted coverage, status " + row.status() + ")";
    }

    /** A row by what it pays for: "professional component (modifier 26)", "technical component (modifier TC)". */
    static String component(RvuRow row) {
        return switch (row.modifier()) {
            case "26" -> "professional component (modifier 26)";
            case "TC" -> "technical component (modifier TC)";
            case "" -> "service without modifier";
            default -> "modifier " + row.modifier() + " row";
        };
    }

    static final String BY_UNITS = "By units";
    static final String CONTRACTOR_PRICED = "Contractor priced";

    /** "+9.0%", "\u22122.4%" (a minus sign, not a hyphen), "0.0%". */
    static String signedPercent(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : percent.signum() < 0 ? "\u2212" : "")
                + percent.abs().toPlainString() + "%";
    }

    /**
     * "$1,234.56"; "-$0.50" below zero. Rounded half even to the cent, as {@code DecimalFormat("$#,##0.00")} does
     * (amounts come here already at cents). Written by hand: a page prints some 30 amounts, and DecimalFormat took
     * four times as long for each.
     */
    public static String dollars(BigDecimal amount) {
        BigDecimal cents = amount.scale() == 2 ? amount : amount.setScale(2, RoundingMode.HALF_EVEN);
        String digits = (cents.signum() < 0 ? cents.negate() : cents).toPlainString();
        int point = digits.length() - 3; // the digits before the decimal point
        StringBuilder sb = new StringBuilder(digits.length() + 2 + point / 3);
        if (amount.signum() < 0) sb.append('-'); // of the amount, as DecimalFormat: -0.001 is "-$0.00"
        sb.append('$');
        int group = point % 3 == 0 ? 3 : point % 3;
        sb.append(digits, 0, group);
        for (int i = group; i < point; i += 3) sb.append(',').append(digits, i, i + 3);
        return sb.append(digits, point, digits.length()).toString();
    }

    /** A count with its noun, thousands separated and singular for one: "1 code", "5,735 codes". */
    static String count(long n, String singular) {
        return thousands(n) + " " + (n == 1 ? singular : singular + "s");
    }

    /** "17,096". */
    static String thousands(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /**
     * A median at the data's precision: two decimals, as the file prints RVUs (the median of an even count
     * may fall between two values: 4.585 shows as 4.59).
     */
    public static String median(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** RVUs with at least two decimals, as the file prints them (a median may carry a third). */
    static String rvu(BigDecimal value) {
        // Most figures are read with the file's two decimals: no need to strip zeros to know.
        if (value.scale() == 2) return value.toPlainString();
        if (value.scale() < 2) return value.setScale(2).toPlainString();
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 2 ? value.setScale(2).toPlainString() : v.toPlainString();
    }

    /** Cuts text at a word boundary to at most {@code max} characters, with an ellipsis when cut. */
    static String limit(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        int end = endWithoutPunctuation(text, cut > max / 2 ? cut : max - 1);
        // Never half of a character outside the BMP (an emoji): its lone half would print as "?".
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end--;
        return text.substring(0, end) + "\u2026";
    }

    /** The text without the spaces and punctuation that {@link #limit} drops before its ellipsis. */
    static String withoutTrailingPunctuation(String text) {
        return text.substring(0, endWithoutPunctuation(text, text.length()));
    }

    /** Where {@code text} up to {@code end} ends without its trailing spaces and punctuation (a loop: a regex
     *  anchored at the end would try every start). */
    private static int endWithoutPunctuation(String text, int end) {
        while (end > 0 && " \t\n\u000B\f\r,;:.\u2013-".indexOf(text.charAt(end - 1)) >= 0) end--;
        return end;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
