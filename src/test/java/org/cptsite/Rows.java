package org.cptsite;

import java.math.BigDecimal;
import org.cptsite.model.RvuRow;

/** Builds {@link RvuRow}s for unit tests: every column defaulted, totals computed as work + PE + MP. */
public final class Rows {
    private String code;
    private String modifier = "";
    private String status = "A";
    private BigDecimal work = BigDecimal.ZERO;
    private BigDecimal nonFacilityPe = BigDecimal.ZERO;
    private BigDecimal facilityPe = BigDecimal.ZERO;
    private BigDecimal mp = BigDecimal.ZERO;
    private boolean nonFacilityNa;
    private boolean facilityNa;
    private String pctc = "0";
    private String global = "000";
    private String multipleProcedure = "2";
    private String bilateral = "0";
    private String assistant = "1";
    private String coSurgeon = "0";
    private String team = "0";
    private String supervision = "09";
    private String imagingFamily = "99";
    private BigDecimal oppsNonFacilityPe = BigDecimal.ZERO;
    private BigDecimal oppsFacilityPe = BigDecimal.ZERO;
    private BigDecimal oppsMp = BigDecimal.ZERO;

    private Rows(String code) {
        this.code = code;
    }

    public static Rows row(String code) {
        return new Rows(code);
    }

    /** 38900 as the 2026 file has it: status A, ZZZ, work 2.44, PE 1.31 / 0.65, MP 0.59 (totals 4.34 / 3.68). */
    public static Rows row38900() {
        return row("38900")
                .global("ZZZ")
                .rvus("2.44", "1.31", "0.65", "0.59")
                .multipleProcedure("0")
                .bilateral("1")
                .assistant("2")
                .coSurgeon("1");
    }

    public Rows modifier(String v) {
        modifier = v;
        return this;
    }

    public Rows status(String v) {
        status = v;
        return this;
    }

    public Rows work(String v) {
        work = new BigDecimal(v);
        return this;
    }

    public Rows rvus(String w, String nonFacPe, String facPe, String malpractice) {
        work = new BigDecimal(w);
        nonFacilityPe = new BigDecimal(nonFacPe);
        facilityPe = new BigDecimal(facPe);
        mp = new BigDecimal(malpractice);
        return this;
    }

    public Rows nonFacilityNa() {
        nonFacilityNa = true;
        return this;
    }

    public Rows facilityNa() {
        facilityNa = true;
        return this;
    }

    public Rows pctc(String v) {
        pctc = v;
        return this;
    }

    public Rows global(String v) {
        global = v;
        return this;
    }

    public Rows multipleProcedure(String v) {
        multipleProcedure = v;
        return this;
    }

    public Rows bilateral(String v) {
        bilateral = v;
        return this;
    }

    public Rows assistant(String v) {
        assistant = v;
        return this;
    }

    public Rows coSurgeon(String v) {
        coSurgeon = v;
        return this;
    }

    public Rows team(String v) {
        team = v;
        return this;
    }

    public Rows supervision(String v) {
        supervision = v;
        return this;
    }

    public Rows imagingFamily(String v) {
        imagingFamily = v;
        return this;
    }

    public Rows opps(String nonFacPe, String facPe, String malpractice) {
        oppsNonFacilityPe = new BigDecimal(nonFacPe);
        oppsFacilityPe = new BigDecimal(facPe);
        oppsMp = new BigDecimal(malpractice);
        return this;
    }

    public RvuRow build() {
        return new RvuRow(
                code,
                modifier,
                "Test descriptor " + code,
                status,
                new RvuRow.Rvus(
                        work,
                        nonFacilityPe,
                        nonFacilityNa,
                        facilityPe,
                        facilityNa,
                        mp,
                        work.add(nonFacilityPe).add(mp),
                        work.add(facilityPe).add(mp)),
                new RvuRow.GlobalSurgery(global, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                new RvuRow.Policy(
                        false,
                        pctc,
                        multipleProcedure,
                        bilateral,
                        assistant,
                        coSurgeon,
                        team,
                        "9",
                        "",
                        supervision,
                        "0",
                        imagingFamily),
                new RvuRow.OppsCap(oppsNonFacilityPe, oppsFacilityPe, oppsMp),
                new BigDecimal("33.4009"),
                11);
    }
}
