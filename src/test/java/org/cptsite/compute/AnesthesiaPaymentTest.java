package org.cptsite.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Anesthesia: (base units + minutes / 15, to one decimal) x the anesthesia CF, to the cent. */
class AnesthesiaPaymentTest {

    @ParameterizedTest(name = "{0} minutes = {1} time units")
    @CsvSource({"0, 0.0", "1, 0.1", "7, 0.5", "8, 0.5", "15, 1.0", "52, 3.5", "60, 4.0", "187, 12.5"})
    void timeUnits(int minutes, String units) {
        // 1/15 = 0.066 -> 0.1; 7/15 = 0.466 -> 0.5; 8/15 = 0.533 -> 0.5; 52/15 = 3.466 -> 3.5; 187/15 = 12.466 -> 12.5
        assertEquals(new BigDecimal(units), AnesthesiaPayment.timeUnits(minutes));
    }

    @ParameterizedTest(name = "{0} base units, {1} minutes at CF {2} = {3}")
    @CsvSource({
        "4, 52, 19.53, 146.48", // (4 + 3.5) x 19.53 = 146.475
        "4, 52, 19.63, 147.23", // (4 + 3.5) x 19.63 = 147.225
        "5, 60, 20.49754, 184.48", // 9.0 x 20.49754 = 184.47786
        "3, 0, 28.15, 84.45",
    })
    void amount(int base, int minutes, String cf, String expected) {
        assertEquals(new BigDecimal(expected), AnesthesiaPayment.amount(base, minutes, new BigDecimal(cf)));
    }
}
