package org.cptsite.load;

import java.math.BigDecimal;
import org.cptsite.model.Problems;

/**
 * Recognises what a spreadsheet does to the CMS locality files when it re-saves them: identifiers lose
 * their leading zeros ({@code 2102} for {@code 02102}, {@code 1} for {@code 01}) and indices their trailing
 * zeros ({@code 1} for {@code 1.000}). Either way the file no longer matches the other files of the release.
 */
final class DamageCheck {
    static final String FIX = "a spreadsheet re-saved this file; use the original CSV (or TXT) from the CMS zip, "
            + "or import the columns as text";

    private final SourceFile file;
    private final Problems problems;
    private boolean damaged;

    DamageCheck(SourceFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** MAC numbers have five digits, locality numbers two. */
    boolean identifiers(int line, String mac, String locality) {
        if (!mac.matches("\\d{5}")) {
            report(line, "MAC '" + mac + "' is not five digits (leading zeros lost?)");
            return false;
        }
        if (!locality.matches("\\d{2}")) {
            report(line, "locality number '" + locality + "' is not two digits (leading zeros lost?)");
            return false;
        }
        return true;
    }

    /** GPCIs carry three decimals. */
    BigDecimal gpci(int line, String cell, String column) {
        if (!cell.matches("\\d+\\.\\d{3}")) {
            report(line, column + " '" + cell + "' is not a number with three decimals (trailing zeros lost?)");
            return null;
        }
        return new BigDecimal(cell);
    }

    /** Only the first damaged cell is reported: the rest of the file is damaged the same way. */
    private void report(int line, String message) {
        if (!damaged) problems.error(file.name(), line, message, FIX);
        damaged = true;
    }

    boolean damaged() {
        return damaged;
    }
}
