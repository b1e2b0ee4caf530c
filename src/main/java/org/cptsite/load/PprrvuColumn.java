package org.cptsite.load;

/**
 * The columns of a PPRRVU file, named as ../shared/docs/cms-pfs-files.md names them, in their 2026 order.
 * Header names repeat ("PE RVU", "RVU") over a stacked header, so a file's columns are found by position
 * ({@link PprrvuLayout}); {@code headerCell} is the header row's own cell where it tells layouts apart.
 */
enum PprrvuColumn {
    HCPCS("HCPCS", "HCPCS"),
    MOD("MOD", "MOD"),
    DESCRIPTION("DESCRIPTION", "DESCRIPTION"),
    STATUS_CODE("STATUS CODE", null),
    NOT_USED_FOR_MEDICARE_PAYMENT("NOT USED FOR MEDICARE PAYMENT", null),
    WORK_RVU("WORK RVU", null),
    NON_FAC_PE_RVU("NON-FAC PE RVU", null),
    NON_FAC_NA_INDICATOR("NON-FAC NA INDICATOR", null),
    FACILITY_PE_RVU("FACILITY PE RVU", null),
    FACILITY_NA_INDICATOR("FACILITY NA INDICATOR", null),
    MP_RVU("MP RVU", null),
    NON_FACILITY_TOTAL("NON-FACILITY TOTAL", null),
    FACILITY_TOTAL("FACILITY TOTAL", null),
    PCTC_IND("PCTC IND", "IND"),
    GLOB_DAYS("GLOB DAYS", "DAYS"),
    PRE_OP("PRE OP", null),
    INTRA_OP("INTRA OP", null),
    POST_OP("POST OP", null),
    MULT_PROC("MULT PROC", null),
    BILAT_SURG("BILAT SURG", null),
    ASST_SURG("ASST SURG", null),
    CO_SURG("CO- SURG", null),
    TEAM_SURG("TEAM SURG", null),
    PRIC_IND("PRIC IND", "IND"),
    ENDO_BASE("ENDO BASE", "BASE"),
    CONV_FACTOR("CONV FACTOR", "FACTOR"),
    PHYSICIAN_SUPERVISION("PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES", null),
    CALCULATION_FLAG("CALCULATION FLAG", null),
    DIAGNOSTIC_IMAGING_FAMILY("DIAGNOSTIC IMAGING FAMILY INDICATOR", null),
    OPPS_NON_FAC_PE("NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT", null),
    OPPS_FAC_PE("FACILITY PE USED FOR OPPS PAYMENT AMOUNT", null),
    OPPS_MP("MP USED FOR OPPS PAYMENT AMOUNT", null);

    /** The column's name in messages. */
    final String label;
    /** What the header row holds in this column, checked case-insensitively; null: not checked. */
    final String headerCell;

    PprrvuColumn(String label, String headerCell) {
        this.label = label;
        this.headerCell = headerCell;
    }
}
