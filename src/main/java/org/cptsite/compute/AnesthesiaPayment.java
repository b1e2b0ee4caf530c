package org.cptsite.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How anesthesia services (status J) are paid: (base units + time units) x the anesthesia conversion factor
 * of the locality, where time units = anesthesia minutes / 15, rounded to one decimal (Medicare Claims
 * Processing Manual, chapter 12, section 50). The base units come from the ASA's relative value guide, not
 * from the fee schedule files. templates/assets/locality.js computes the same in the browser.
 */
public final class AnesthesiaPayment {
    private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);

    private AnesthesiaPayment() {}

    /** minutes / 15, rounded half up to one decimal. */
    public static BigDecimal timeUnits(int minutes) {
        if (minutes < 0) throw new IllegalArgumentException("minutes " + minutes);
        return BigDecimal.valueOf(minutes).divide(FIFTEEN, 1, RoundingMode.HALF_UP);
    }

    /** (base units + time units) x CF, rounded to the cent; the CF is not rounded. */
    public static BigDecimal amount(int baseUnits, int minutes, BigDecimal cf) {
        if (baseUnits < 0) throw new IllegalArgumentException("base units " + baseUnits);
        return Money.amount(BigDecimal.valueOf(baseUnits).add(timeUnits(minutes)), cf);
    }
}
