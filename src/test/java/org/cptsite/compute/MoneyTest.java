package org.cptsite.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dollar amounts: RVUs x the unrounded CF, rounded once to the cent, halves up. Values computed by hand. */
class MoneyTest {

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({
        // 38900 (2026): 4.34 x 33.4009 = 144.959906; 3.68 x 33.4009 = 122.915312
        "4.34, 33.4009, 144.96",
        "3.68, 33.4009, 122.92",
        // qualifying APM CF: 4.34 x 33.5675 = 145.68295; 3.68 x 33.5675 = 123.5284
        "4.34, 33.5675, 145.68",
        "3.68, 33.5675, 123.53",
        // the reference page's mistake: work RVU alone at a rounded CF (2.44 x 33.40 = 81.496)
        "2.44, 33.40, 81.50",
        // 2025: 4.11 x 32.3465 = 132.944115
        "4.11, 32.3465, 132.94",
        "0.00, 33.4009, 0.00",
    })
    void multipliesAndRoundsToTheCent(String rvus, String cf, String expected) {
        assertEquals(new BigDecimal(expected), Money.amount(new BigDecimal(rvus), new BigDecimal(cf)));
    }

    @Test
    void neverRoundsTheConversionFactorFirst() {
        // 100 x 33.4009 = 3340.09; a CF rounded to 33.40 first would give 3340.00.
        assertEquals(new BigDecimal("3340.09"), Money.amount(new BigDecimal("100.00"), new BigDecimal("33.4009")));
    }

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({
        "0.25, 0.1, 0.03", // 0.025 exactly: HALF_UP gives 0.03 (HALF_EVEN would give 0.02)
        "0.45, 0.1, 0.05", // 0.045 exactly: HALF_UP gives 0.05 (HALF_EVEN would give 0.04)
        "1.00, 0.12499, 0.12", // 0.12499: below the half
        "1.00, 0.125, 0.13", // exactly the half
        "1.00, 0.12501, 0.13", // above the half
    })
    void roundsHalfUpAtTheCent(String rvus, String cf, String expected) {
        assertEquals(new BigDecimal(expected), Money.amount(new BigDecimal(rvus), new BigDecimal(cf)));
    }

    @Test
    void alwaysTwoDecimals() {
        BigDecimal a = Money.amount(new BigDecimal("1"), new BigDecimal("33"));
        assertEquals(2, a.scale());
        assertEquals("33.00", a.toPlainString());
    }
}
