package org.cptsite.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A loaded CMS Physician Fee Schedule release: the PPRRVU rows and the GPCI, LOCCO and ANES files.
 *
 * @param id the release identifier as CMS names it, e.g. RVU26A
 * @param title the banner line, e.g. "2026 National Physician Fee Schedule Relative Value File January Release"
 * @param conversionFactor the CF of the (non-qualifying APM) PPRRVU file, never rounded
 * @param qualifyingApmCf the CF of the QPP twin file, or null when the release has none
 * @param codes every code with its rows, sorted by code as text (the file's order)
 * @param anesthesiaCf the national anesthesia CF (non-qualifying APM), or null without an ANES file
 * @param anesthesiaQualifyingApmCf the national qualifying-APM anesthesia CF, or null
 * @param sources the files read, by name, for the notices
 * @param ignored the files of the release that were recognised but not used, with the reason
 * @param workFloorThrough the last day of the 1.0 work GPCI floor by the GPCI file's note ("extended through
 *     January 31, 2026"), or null when it names none
 */
public record Release(
        String id,
        String title,
        int year,
        LocalDate released,
        int columns,
        BigDecimal conversionFactor,
        @Nullable BigDecimal qualifyingApmCf,
        Map<String, CodeRows> codes,
        List<Locality> localities,
        List<LocalityCounties> counties,
        List<AnesthesiaFactor> anesthesia,
        @Nullable BigDecimal anesthesiaCf,
        @Nullable BigDecimal anesthesiaQualifyingApmCf,
        List<String> sources,
        List<String> ignored,
        @Nullable LocalDate workFloorThrough) {

    /**
     * The first day of services the release prices: the first day of its quarter, by the letter of its id (A
     * January, B April, C July, D October: RVU26C is July 1, 2026); the day it was released for another id.
     */
    public LocalDate effective() {
        return id.matches("RVU\\d\\d[A-D]") ? LocalDate.of(year, 1 + 3 * (id.charAt(5) - 'A'), 1) : released;
    }

    public int rowCount() {
        return codes.values().stream().mapToInt(c -> c.rows().size()).sum();
    }
}
