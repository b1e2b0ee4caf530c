package org.cptsite.model;

import java.math.BigDecimal;

/** One row of the ANES file: a locality's anesthesia conversion factors (qualifying and non-qualifying APM). */
public record AnesthesiaFactor(
        String mac, String locality, String name, BigDecimal qualifyingApmCf, BigDecimal cf, int line) {}
