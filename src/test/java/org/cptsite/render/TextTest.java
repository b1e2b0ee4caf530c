package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers and words as readers see them. */
class TextTest {
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
}
