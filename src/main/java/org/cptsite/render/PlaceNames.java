package org.cptsite.render;

import java.util.Locale;
import java.util.Set;

/**
 * Locality, state, area and county names as a reader writes them: the GPCI and LOCCO files print them in
 * capitals ("LOS ANGELES-LONG BEACH-ANAHEIM (LOS ANGELES CNTY)", "EAST ST. LOUIS", "DC + MD/VA SUBURBS").
 * The files' footnote marks ("ALASKA*") are dropped.
 */
final class PlaceNames {
    private PlaceNames() {}

    /** Postal abbreviations the files use inside names; "IN", "OR" and "ME" are words there, not states. */
    private static final Set<String> ABBREVIATIONS = Set.of("DC", "MD", "VA", "NJ", "NY", "NYC", "PA", "US");
    /** Words lower-cased inside a name: "District of Columbia", "All counties except Montgomery and ...". */
    private static final Set<String> SMALL =
            Set.of("of", "and", "in", "the", "except", "all", "other", "counties", "county", "equivalents");
    /** Names whose inner capital no rule can guess. */
    private static final Set<String> INNER_CAPITALS =
            Set.of("DeKalb", "DuPage", "LaSalle", "LaPorte", "DeSoto", "DuPont", "LaGrange", "DeWitt");

    static String readable(String upper) {
        String s = upper.replace("*", "").trim();
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = i;
            while (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '\'')) end++;
            if (end == i) {
                sb.append(s.charAt(i++));
                continue;
            }
            sb.append(word(s.substring(i, end), sb.length() == 0));
            i = end;
        }
        return sb.toString();
    }

    /** One word (letters and apostrophes) of the name. */
    private static String word(String w, boolean first) {
        if (ABBREVIATIONS.contains(w)) return w;
        String lower = w.toLowerCase(Locale.ROOT);
        if (!first && SMALL.contains(lower)) return lower;
        for (String inner : INNER_CAPITALS) if (inner.equalsIgnoreCase(w)) return inner;
        StringBuilder sb = new StringBuilder(lower);
        sb.setCharAt(0, Character.toUpperCase(lower.charAt(0)));
        // McDonald, McHenry; O'Brien (but Prince George's keeps its lower s).
        if (lower.startsWith("mc") && lower.length() > 2) sb.setCharAt(2, Character.toUpperCase(lower.charAt(2)));
        if (lower.startsWith("o'") && lower.length() > 2) sb.setCharAt(2, Character.toUpperCase(lower.charAt(2)));
        return sb.toString();
    }
}
