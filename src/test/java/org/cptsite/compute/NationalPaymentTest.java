package org.cptsite.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import org.cptsite.Rows;
import org.cptsite.model.RvuRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The national payment of a row: the file's totals x CF, rounded at the cent; hand-computed values. */
class NationalPaymentTest {
    private static final BigDecimal CF = new BigDecimal("33.4009");
    private static final BigDecimal APM_CF = new BigDecimal("33.5675");

    private static BigDecimal usd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void row38900AtBothConversionFactors() {
        RvuRow row = Rows.row38900().build();
        assertEquals(usd("4.34"), row.rvus().nonFacilityTotal());
        assertEquals(usd("3.68"), row.rvus().facilityTotal());
        NationalPayment p = NationalPayment.of(row, CF, APM_CF);
        assertSame(row, p.row());
        assertEquals(usd("144.96"), p.nonFacility());
        assertEquals(usd("122.92"), p.facility());
        assertEquals(usd("145.68"), p.nonFacilityApm());
        assertEquals(usd("123.53"), p.facilityApm());
    }

    @Test
    void theQualifyingApmCfAsTheMainCf() {
        NationalPayment p = NationalPayment.of(Rows.row38900().build(), APM_CF, null);
        assertEquals(usd("145.68"), p.nonFacility());
        assertEquals(usd("123.53"), p.facility());
    }

    @Test
    void noApmCfMeansNoApmAmounts() {
        NationalPayment p = NationalPayment.of(Rows.row38900().build(), CF, null);
        assertEquals(usd("144.96"), p.nonFacility());
        assertNull(p.nonFacilityApm());
        assertNull(p.facilityApm());
    }

    @Test
    void nonFacilityNaMeansNoNonFacilityAmount() {
        // 19301-like: work 9.88, PE 6.52 NA / 6.52, MP 2.54 -> total 18.94; 18.94 x 33.4009 = 632.613046
        RvuRow row = Rows.row("19301")
                .rvus("9.88", "6.52", "6.52", "2.54")
                .nonFacilityNa()
                .build();
        NationalPayment p = NationalPayment.of(row, CF, APM_CF);
        assertNull(p.nonFacility());
        assertNull(p.nonFacilityApm());
        assertEquals(usd("632.61"), p.facility());
        // 18.94 x 33.5675 = 635.76845
        assertEquals(usd("635.77"), p.facilityApm());
    }

    @Test
    void facilityNaMeansNoFacilityAmount() {
        // 71046-like global row: 0.21 + 0.76 + 0.02 = 0.99; 0.99 x 33.4009 = 33.066891
        RvuRow row = Rows.row("71046")
                .pctc("1")
                .rvus("0.21", "0.76", "0.76", "0.02")
                .facilityNa()
                .build();
        NationalPayment p = NationalPayment.of(row, CF, APM_CF);
        assertEquals(usd("33.07"), p.nonFacility());
        assertEquals(usd("33.23"), p.nonFacilityApm()); // 0.99 x 33.5675 = 33.231825
        assertNull(p.facility());
        assertNull(p.facilityApm());
    }

    @ParameterizedTest(name = "status {0} is paid")
    @ValueSource(strings = {"A", "R", "T"})
    void paidStatuses(String status) {
        NationalPayment p = NationalPayment.of(Rows.row38900().status(status).build(), CF, APM_CF);
        assertNotNull(p);
        assertEquals(usd("144.96"), p.nonFacility());
    }

    @ParameterizedTest(name = "status {0} has no payment")
    @ValueSource(strings = {"B", "C", "D", "E", "F", "G", "H", "I", "J", "M", "N", "P", "X"})
    void unpaidStatuses(String status) {
        assertNull(NationalPayment.of(Rows.row38900().status(status).build(), CF, APM_CF));
    }

    /**
     * cms-pfs-files.md, "OPPS cap (imaging): where columns 29-31 are non-zero, compute the same formula with the
     * OPPS PE and MP RVUs and pay the lower of the two amounts." Made-up row where the cap binds in the
     * non-facility setting:
     *   PFS non-facility:  (0.50 + 6.00 + 0.05) = 6.55 x 33.4009 = 218.775895 -> 218.78
     *   OPPS non-facility: (0.50 + 4.00 + 0.04) = 4.54 x 33.4009 = 151.640086 -> 151.64  (lower: paid)
     *   PFS facility:      (0.50 + 0.20 + 0.05) = 0.75 x 33.4009 =  25.050675 ->  25.05  (lower: paid)
     *   OPPS facility:     (0.50 + 4.00 + 0.04) = 4.54 x 33.4009                -> 151.64
     * In the real RVU26C file the cap binds on 58 rows (e.g. CT perfusion and CT angiography codes).
     */
    @Test
    void oppsCapPaysTheLowerAmount() {
        RvuRow row = Rows.row("70999")
                .pctc("1")
                .rvus("0.50", "6.00", "0.20", "0.05")
                .opps("4.00", "4.00", "0.04")
                .imagingFamily("88")
                .build();
        NationalPayment p = NationalPayment.of(row, CF, APM_CF);
        assertEquals(usd("151.64"), p.nonFacility(), "non-facility amount capped at the OPPS amount");
        assertEquals(usd("25.05"), p.facility(), "facility amount below the cap stays");
        // APM: OPPS 4.54 x 33.5675 = 152.39645 -> 152.40; PFS facility 0.75 x 33.5675 = 25.175625 -> 25.18
        assertEquals(usd("152.40"), p.nonFacilityApm());
        assertEquals(usd("25.18"), p.facilityApm());
    }

    @Test
    void oppsColumnsThatDoNotBindChangeNothing() {
        // 71046-like: OPPS (0.21 + 2.70 + 0.05) = 2.96 RVUs, above the PFS total 0.99: the PFS amount is paid.
        RvuRow row = Rows.row("71046")
                .pctc("1")
                .rvus("0.21", "0.76", "0.76", "0.02")
                .facilityNa()
                .opps("2.70", "2.70", "0.05")
                .build();
        NationalPayment p = NationalPayment.of(row, CF, APM_CF);
        assertEquals(usd("33.07"), p.nonFacility());
        assertNull(p.facility());
    }
}
