package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers and words as readers see them. */
class TextTest {
    /** Cut at a word where there is one, never inside a character outside the BMP (an emoji, two chars). */
    @Test
    void aLimitCutsAtAWordAndNeverHalfACharacter() {
        assertEquals("Sentinel node\u2026", Text.limit("Sentinel node mapping", 16));
        String emoji = "\uD83D\uDE00";
        String title = "A".repeat(36) + emoji.repeat(6);
        String cut = Text.limit(title, 40); // 39 chars: 36 letters, one emoji and the first half of the next
        assertEquals("A".repeat(36) + emoji + "\u2026", cut);
        assertTrue(cut.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
    }

    @Test
    void countsHaveThousandsSeparatorsAndTheRightNumber() {
        assertEquals("1 code", Text.count(1, "code"));
        assertEquals("0 codes", Text.count(0, "code"));
        assertEquals("5,735 codes", Text.count(5735, "code"));
        assertEquals("17,096", Text.thousands(17096));
    }

    @Test
    void aPhraseInsideASentenceLowersItsFirstLetterOnly() {
        assertEquals(
                "carrier priced: the Medicare contractor sets the payment",
                Text.inSentence(org.cptsite.compute.Indicators.status("C")));
        assertEquals("technical component only (TC)", Text.inSentence("Technical component only (TC)"));
        assertEquals("OPPS cap applies", Text.inSentence("OPPS cap applies"));
        assertEquals("", Text.inSentence(""));
    }

    @Test
    void mediansAtTheFilesTwoDecimals() {
        assertEquals("4.59", Text.median(new BigDecimal("4.585")));
        assertEquals("2.00", Text.median(new BigDecimal("2")));
    }

    @Test
    void dollarsAreWhatDecimalFormatWrites() {
        assertEquals("$0.00", Text.dollars(new BigDecimal("0")));
        assertEquals("$132.94", Text.dollars(new BigDecimal("132.94")));
        assertEquals("$1,000.00", Text.dollars(new BigDecimal("999.995")));
        assertEquals("$1,234,567.89", Text.dollars(new BigDecimal("1234567.891")));
        assertEquals("-$0.50", Text.dollars(new BigDecimal("-0.5")));
        // The hand-written formatter against the one it replaced, on amounts of every size, sign and scale.
        DecimalFormat format = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        Random random = new Random(26);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(6));
            assertEquals(format.format(amount), Text.dollars(amount), amount.toPlainString());
        }
        for (String s : new String[] {"0.005", "0.015", "-0.001", "-0.005", "1E+3", "100", "0.1"}) {
            assertEquals(format.format(new BigDecimal(s)), Text.dollars(new BigDecimal(s)), s);
        }
    }

    @Test
    void rvusHaveAtLeastTwoDecimals() {
        assertEquals("2.44", Text.rvu(new BigDecimal("2.44")));
        assertEquals("2.00", Text.rvu(new BigDecimal("2")));
        assertEquals("2.50", Text.rvu(new BigDecimal("2.5000")));
        assertEquals("2.445", Text.rvu(new BigDecimal("2.4450")));
        assertEquals("10.00", Text.rvu(new BigDecimal("1E+1")));
    }
}
