package org.cptsite.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cptsite.model.RvuRow;
import org.jspecify.annotations.Nullable;

/**
 * The payment of one row in one locality, in both settings, computed component by component (the CMS
 * readme's formula):
 * <pre>
 * amount = [(work RVU x work GPCI) + (PE RVU x PE GPCI) + (MP RVU x MP GPCI)] x CF
 * </pre>
 * rounded to the cent (half up) once, at the end; the CF is never rounded. Where the row carries OPPS cap
 * RVUs (imaging), the same formula with the OPPS PE and MP RVUs gives the OPPS amount, and the lower of the
 * two amounts (each rounded to the cent) is paid; a flag says where the OPPS sum was the lower one. With
 * {@link LocalityGpcis#NATIONAL} this is the national payment ({@link NationalPayment}): with GPCIs of 1.0 the
 * sums are the file's totals, which the reader checks are exactly work + PE + MP.
 *
 * <p>The limiting charge (what a non-participating provider may charge at most) is the fee schedule amount
 * (the capped one where the cap applies) x 1.0925, rounded to the cent. An amount is null where the row's NA
 * indicator says the setting is not expected, or (qualifying APM amounts) where no qualifying APM CF applies.
 *
 * <p>templates/assets/locality.js computes the same figures in the browser; LocalityScriptBrowserIT
 * checks that both give the same cents.
 */
public record LocalityPayment(
        RvuRow row,
        @Nullable BigDecimal nonFacility,
        @Nullable BigDecimal facility,
        @Nullable BigDecimal nonFacilityApm,
        @Nullable BigDecimal facilityApm,
        boolean nonFacilityCapped,
        boolean facilityCapped,
        @Nullable BigDecimal nonFacilityLimiting,
        @Nullable BigDecimal facilityLimiting) {

    /** Non-participating providers: 95% of the fee schedule amount, of which 115% may be charged. */
    public static final BigDecimal LIMITING_CHARGE_FACTOR = new BigDecimal("1.0925");

    /** The payment of a row paid under the fee schedule (status A, R or T); null for any other status. */
    public static @Nullable LocalityPayment of(RvuRow row, LocalityGpcis g, BigDecimal cf, @Nullable BigDecimal apmCf) {
        if (!row.payable()) return null;
        RvuRow.Rvus v = row.rvus();
        BigDecimal work = v.work().multiply(g.work());
        BigDecimal mp = v.malpractice().multiply(g.mp());
        BigDecimal nonFacility = work.add(v.nonFacilityPe().multiply(g.pe())).add(mp);
        BigDecimal facility = work.add(v.facilityPe().multiply(g.pe())).add(mp);
        BigDecimal oppsNonFacility = null;
        BigDecimal oppsFacility = null;
        if (row.oppsCapped()) {
            RvuRow.OppsCap o = row.opps();
            BigDecimal oppsMp = o.malpractice().multiply(g.mp());
            oppsNonFacility = work.add(o.nonFacilityPe().multiply(g.pe())).add(oppsMp);
            oppsFacility = work.add(o.facilityPe().multiply(g.pe())).add(oppsMp);
        }
        boolean nonFacilityCapped =
                !v.nonFacilityNa() && oppsNonFacility != null && oppsNonFacility.compareTo(nonFacility) < 0;
        boolean facilityCapped = !v.facilityNa() && oppsFacility != null && oppsFacility.compareTo(facility) < 0;
        BigDecimal nf = amount(v.nonFacilityNa(), nonFacility, oppsNonFacility, cf);
        BigDecimal f = amount(v.facilityNa(), facility, oppsFacility, cf);
        return new LocalityPayment(
                row,
                nf,
                f,
                amount(v.nonFacilityNa(), nonFacility, oppsNonFacility, apmCf),
                amount(v.facilityNa(), facility, oppsFacility, apmCf),
                nonFacilityCapped,
                facilityCapped,
                limitingCharge(nf),
                limitingCharge(f));
    }

    /** The lower of the fee schedule and OPPS amounts (each rounded to the cent), or null when not expected. */
    private static @Nullable BigDecimal amount(
            boolean na, BigDecimal total, @Nullable BigDecimal oppsTotal, @Nullable BigDecimal cf) {
        if (na || cf == null) return null;
        BigDecimal amount = Money.amount(total, cf);
        if (oppsTotal == null) return amount;
        return amount.min(Money.amount(oppsTotal, cf));
    }

    /** The fee schedule amount x 1.0925, rounded to the cent; null for null. */
    public static BigDecimal limitingCharge(BigDecimal amount) {
        return amount == null ? null : amount.multiply(LIMITING_CHARGE_FACTOR).setScale(2, RoundingMode.HALF_UP);
    }

    public boolean capped() {
        return nonFacilityCapped || facilityCapped;
    }
}
