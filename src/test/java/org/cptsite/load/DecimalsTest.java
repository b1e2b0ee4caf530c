package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decimals.parse gives what new BigDecimal(text) gives: the same value and scale, or the same failure. */
class DecimalsTest {
    @Test
    void sameValueAndScaleAsTheConstructor() {
        for (String text : List.of(
                "0",
                "0.00",
                "00.10",
                "33.4009",
                "1.000",
                "007",
                "123456789012345678",
                "12345678901234567.8",
                "1234567890123456789",
                "99999999999999999999.99",
                ".5",
                "5.",
                "-1.50",
                "+2",
                "1e3",
                "1E+3",
                "2.5E-2",
                "\u0661\u0662")) {
            BigDecimal expected = new BigDecimal(text);
            BigDecimal actual = Decimals.parse(text);
            assertEquals(expected, actual, text); // equals compares the scale too
            assertEquals(expected.toPlainString(), actual.toPlainString(), text);
        }
    }

    @Test
    void failsWhereTheConstructorFails() {
        for (String text : List.of("", ".", "1.2.3", " 1", "1 ", "NA", "1,5", "--1", "0x10", "1.")) {
            boolean constructorFails;
            try {
                new BigDecimal(text);
                constructorFails = false;
            } catch (NumberFormatException e) {
                constructorFails = true;
            }
            if (constructorFails) {
                assertThrows(NumberFormatException.class, () -> Decimals.parse(text), text);
            } else {
                assertEquals(new BigDecimal(text), Decimals.parse(text), text);
            }
        }
    }
}
