package org.cptsite.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Dollar amounts: RVUs times an unrounded conversion factor, rounded to cents once, at the end. */
public final class Money {
    private Money() {}

    public static BigDecimal amount(BigDecimal rvus, BigDecimal conversionFactor) {
        return rvus.multiply(conversionFactor).setScale(2, RoundingMode.HALF_UP);
    }
}
