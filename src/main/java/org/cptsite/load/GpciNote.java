package org.cptsite.load;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The GPCI file's note on the 1.0 work GPCI floor: "The work GPCI floor of 1.0 that was applied in previous
 * updates was extended through January 31, 2026 by Section 6207 ...". The floor's last day decides which of the
 * two work columns prices a release's services when {@code work_gpci} is {@code auto}.
 */
final class GpciNote {
    private static final Pattern THROUGH = Pattern.compile(
            "work GPCI floor[^\\n]{0,200}?through\\s+(January|February|March|April|May|June|July|August|September"
                    + "|October|November|December)\\s+(\\d{1,2}),\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE);

    private GpciNote() {}

    /** The floor's last day, or null when the text names none. */
    static @Nullable LocalDate floorThrough(String text) {
        Matcher m = THROUGH.matcher(text);
        if (!m.find()) return null;
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(3)),
                    Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
                    Integer.parseInt(m.group(2)));
        } catch (java.time.DateTimeException e) {
            return null; // "February 30": no day to go by
        }
    }
}
