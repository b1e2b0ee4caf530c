package org.cptsite.model;

import java.math.BigDecimal;

/**
 * A Medicare payment locality with its GPCIs (GPCI file).
 *
 * @param workGpciFloored the work GPCI with the 1.0 floor; equal to {@code workGpci} where the file has one work column
 */
public record Locality(
        String mac,
        String state,
        String number,
        String name,
        BigDecimal workGpci,
        BigDecimal workGpciFloored,
        BigDecimal peGpci,
        BigDecimal mpGpci,
        int line) {

    /** MAC and locality number together identify a locality (numbers repeat across MACs). */
    public String id() {
        return mac + "-" + number;
    }
}
