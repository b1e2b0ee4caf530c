package org.cptsite.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.cptsite.Rows;
import org.cptsite.model.Locality;
import org.cptsite.model.RvuRow;
import org.cptsite.model.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A row's amounts in a locality, component by component with the GPCIs; every value computed by hand. */
class LocalityPaymentTest {
    private static final BigDecimal CF = new BigDecimal("33.4009");
    private static final BigDecimal APM_CF = new BigDecimal("33.5675");
    /** GPCI2026, Alabama: work 0.988 without the floor, 1.000 with it; PE 0.875; MP 0.566. */
    private static final Locality ALABAMA =
            new Locality("10112", "AL", "00", "ALABAMA", d("0.988"), d("1.000"), d("0.875"), d("0.566"), 4);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /**
     * The CMS readme's worked example, with the work GPCI floor (the default setting):
     *   non-facility [(2.44 x 1.000) + (1.31 x 0.875) + (0.59 x 0.566)] x 33.4009 = 3.92019 x 33.4009 = 130.93787 -> 130.94
     *   facility     [(2.44 x 1.000) + (0.65 x 0.875) + (0.59 x 0.566)] x 33.4009 = 3.34269 x 33.4009 = 111.64885 -> 111.65
     */
    @Test
    void row38900InAlabamaWithTheFloorIsTheWorkedExample() {
        LocalityGpcis g = LocalityGpcis.of(ALABAMA, SiteSettings.WorkGpci.FLOOR);
        assertEquals(d("1.000"), g.work());
        LocalityPayment p = LocalityPayment.of(Rows.row38900().build(), g, CF, APM_CF);
        assertEquals(d("130.94"), p.nonFacility());
        assertEquals(d("111.65"), p.facility());
        // qualifying APM: 3.92019 x 33.5675 = 131.59098 -> 131.59; 3.34269 x 33.5675 = 112.20575 -> 112.21
        assertEquals(d("131.59"), p.nonFacilityApm());
        assertEquals(d("112.21"), p.facilityApm());
        // limiting charge from the rounded amount: 130.94 x 1.0925 = 143.05195 -> 143.05; 111.65 x 1.0925 = 121.977625
        // -> 121.98
        assertEquals(d("143.05"), p.nonFacilityLimiting());
        assertEquals(d("121.98"), p.facilityLimiting());
        assertFalse(p.capped());
    }

    /**
     * Without the floor the work GPCI is 0.988:
     *   non-facility (2.44 x 0.988 + 1.31 x 0.875 + 0.59 x 0.566) = 3.89091 x 33.4009 = 129.95990 -> 129.96
     *   facility     (2.44 x 0.988 + 0.65 x 0.875 + 0.59 x 0.566) = 3.31341 x 33.4009 = 110.67088 -> 110.67
     */
    @Test
    void row38900InAlabamaWithoutTheFloor() {
        LocalityPayment p = LocalityPayment.of(
                Rows.row38900().build(), LocalityGpcis.of(ALABAMA, SiteSettings.WorkGpci.NO_FLOOR), CF, APM_CF);
        assertEquals(d("129.96"), p.nonFacility());
        assertEquals(d("110.67"), p.facility());
    }

    @Test
    void allGpcisOneGiveTheNationalAmounts() {
        RvuRow row = Rows.row38900().build();
        LocalityPayment p = LocalityPayment.of(row, LocalityGpcis.NATIONAL, CF, APM_CF);
        NationalPayment n = NationalPayment.of(row, CF, APM_CF);
        assertEquals(n.nonFacility(), p.nonFacility());
        assertEquals(d("144.96"), p.nonFacility());
        assertEquals(d("122.92"), p.facility());
        assertEquals(n.nonFacilityApm(), p.nonFacilityApm());
        assertEquals(n.facilityApm(), p.facilityApm());
    }

    /**
     * A made-up imaging row (work 0.50, PE 6.00 / 0.20, MP 0.05; OPPS PE 4.00, OPPS MP 0.04) in Alabama:
     *   PFS non-facility  0.50 + 6.00 x 0.875 + 0.05 x 0.566 = 5.7783  x 33.4009 = 193.00042 -> 193.00
     *   OPPS non-facility 0.50 + 4.00 x 0.875 + 0.04 x 0.566 = 4.02264 x 33.4009 = 134.35980 -> 134.36 (lower: paid)
     *   PFS facility      0.50 + 0.20 x 0.875 + 0.05 x 0.566 = 0.7033  x 33.4009 =  23.49085 ->  23.49 (lower: paid)
     */
    @Test
    void theOppsCapAppliesPerLocality() {
        RvuRow row = Rows.row("70999")
                .pctc("1")
                .rvus("0.50", "6.00", "0.20", "0.05")
                .opps("4.00", "4.00", "0.04")
                .build();
        LocalityPayment p = LocalityPayment.of(row, LocalityGpcis.of(ALABAMA, SiteSettings.WorkGpci.FLOOR), CF, APM_CF);
        assertEquals(d("134.36"), p.nonFacility());
        assertTrue(p.nonFacilityCapped());
        assertEquals(d("23.49"), p.facility());
        assertFalse(p.facilityCapped());
        // the limiting charge is of the capped amount: 134.36 x 1.0925 = 146.7883 -> 146.79
        assertEquals(d("146.79"), p.nonFacilityLimiting());
        // qualifying APM: 4.02264 x 33.5675 = 135.02997 -> 135.03
        assertEquals(d("135.03"), p.nonFacilityApm());
    }

    /**
     * Whether the cap binds can depend on the locality when the OPPS MP differs from the PFS MP. Made-up row:
     * work 0.50, PE 2.00, MP 0.10; OPPS PE 1.90, OPPS MP 0.30.
     *   national:            PFS 2.60 x 33.4009 = 86.84 ; OPPS 2.70 x 33.4009 = 90.18 -> not capped, 86.84
     *   GPCIs 1.0/1.0/0.3:   PFS (0.50 + 2.00 + 0.03) = 2.53 x 33.4009 = 84.50428 -> 84.50;
     *                        OPPS (0.50 + 1.90 + 0.09) = 2.49 x 33.4009 = 83.16824 -> 83.17, capped
     */
    @Test
    void theCapCanBindInOneLocalityAndNotNationally() {
        RvuRow row = Rows.row("70998")
                .rvus("0.50", "2.00", "2.00", "0.10")
                .opps("1.90", "1.90", "0.30")
                .build();
        LocalityPayment national = LocalityPayment.of(row, LocalityGpcis.NATIONAL, CF, null);
        assertEquals(d("86.84"), national.nonFacility());
        assertFalse(national.nonFacilityCapped());
        LocalityPayment low = LocalityPayment.of(row, new LocalityGpcis(d("1.0"), d("1.0"), d("0.3")), CF, null);
        assertEquals(d("83.17"), low.nonFacility());
        assertTrue(low.nonFacilityCapped());
        assertNull(low.nonFacilityApm(), "no qualifying APM CF, no qualifying APM amount");
    }

    /**
     * NA: 19301-like row (work 9.88, PE 6.52 NA / 6.52, MP 2.54) in Alabama, facility only:
     *   9.88 x 1.000 + 6.52 x 0.875 + 2.54 x 0.566 = 9.88 + 5.705 + 1.43764 = 17.02264 x 33.4009 = 568.57150 -> 568.57
     */
    @Test
    void anNaIndicatorLeavesTheSettingWithoutAmounts() {
        RvuRow row = Rows.row("19301")
                .rvus("9.88", "6.52", "6.52", "2.54")
                .nonFacilityNa()
                .build();
        LocalityPayment p = LocalityPayment.of(row, LocalityGpcis.of(ALABAMA, SiteSettings.WorkGpci.FLOOR), CF, APM_CF);
        assertNull(p.nonFacility());
        assertNull(p.nonFacilityApm());
        assertNull(p.nonFacilityLimiting());
        assertEquals(d("568.57"), p.facility());
        // 568.57 x 1.0925 = 621.162725 -> 621.16
        assertEquals(d("621.16"), p.facilityLimiting());
    }

    @Test
    void rowsNotPaidUnderTheFeeScheduleHaveNoPayment() {
        assertNull(LocalityPayment.of(Rows.row38900().status("J").build(), LocalityGpcis.NATIONAL, CF, APM_CF));
        assertNull(LocalityPayment.of(Rows.row38900().status("B").build(), LocalityGpcis.NATIONAL, CF, APM_CF));
    }

    @ParameterizedTest(name = "limiting charge of {0} is {1}")
    @CsvSource({
        "144.96, 158.37", // 158.3688
        "2.00, 2.19", // 2.185: a half, rounded up
        "100.00, 109.25",
        "0.01, 0.01", // 0.010925
    })
    void limitingCharge(String amount, String expected) {
        assertEquals(d(expected), LocalityPayment.limitingCharge(d(amount)));
    }
}
