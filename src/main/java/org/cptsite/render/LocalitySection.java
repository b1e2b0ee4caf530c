package org.cptsite.render;

import java.util.List;

/**
 * The locality part of a code page and its modifier table, as display-ready text: the formula, the work GPCI
 * used, the national amounts with payment modifiers, and what templates/assets/locality.js needs (the shared
 * localities file, the script, and this code's own rows as JSON).
 *
 * @param anesthesia true for anesthesia codes (status J): paid by base and time units, not RVUs
 * @param localityCount how many localities the release's GPCI file has (0: no picker)
 * @param workGpci which work GPCI prices the localities, in words; null when the release has no GPCI file
 * @param rules the main row's modifier rules with national amounts; empty when the main row is not paid
 * @param rulesRow the modifier of the row the rules are of ("global", or e.g. "TC")
 * @param components true when the code has 26 or TC rows (priced as rows of their own)
 * @param dataJson the code's rows for the script, JSON safe inside a script element
 * @param noAmounts why no locality has an amount for the code (no row paid under the fee schedule), as a
 *     sentence; null when some row is paid: the section then shows the formula and the picker
 */
public record LocalitySection(
        boolean anesthesia,
        int localityCount,
        String releaseId,
        String currentReleaseId,
        String cf,
        String workGpci,
        String workGpciSetting,
        List<RuleRow> rules,
        String rulesRow,
        boolean components,
        String anesthesiaCf,
        String anesthesiaApmCf,
        String localitiesUrl,
        String scriptUrl,
        String dataJson,
        String noAmounts) {

    /** One modifier rule: the modifier(s), the rule in words (naming its indicator value), the share, amounts. */
    public record RuleRow(
            String modifiers,
            String name,
            String text,
            String share,
            String nonFacility,
            String facility,
            boolean priced) {}
}
