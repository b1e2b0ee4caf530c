package org.cptsite.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The releases of one build, oldest first (by the release date of their banners). The newest is the current
 * one: its figures are the pages' figures; the others give each code its history.
 */
public record Releases(List<Release> all) {
    /** Oldest first: by the banner's release date (none counts as oldest), then by id. */
    public static final Comparator<Release> ORDER = Comparator.comparing(
                    (Release r) -> r.released() == null ? LocalDate.MIN : r.released())
            .thenComparing(Release::id);

    public Releases {
        if (all.isEmpty()) throw new IllegalArgumentException("a build needs a release");
        all = List.copyOf(all);
    }

    public static Releases of(Release only) {
        return new Releases(List.of(only));
    }

    public Release current() {
        return all.get(all.size() - 1);
    }

    /** The release before {@code r}, or null for the oldest. */
    public @Nullable Release previous(Release r) {
        int i = all.indexOf(r);
        return i > 0 ? all.get(i - 1) : null;
    }

    /**
     * The release of the same quarter a year before {@code r} (RVU25C for RVU26C), or null when it is not given.
     * Ids are RVU + two digits of the year + the quarter letter.
     */
    public @Nullable Release yearBefore(Release r) {
        // Asked for every code: plain character tests, no regex or format (nor a locale).
        String id = r.id();
        if (id.length() < 6
                || !id.startsWith("RVU")
                || !isDigit(id.charAt(3))
                || !isDigit(id.charAt(4))
                || id.charAt(5) < 'A'
                || id.charAt(5) > 'Z') return null;
        int year = (id.charAt(3) - '0') * 10 + id.charAt(4) - '0' - 1;
        String wanted = "RVU" + (year < 10 ? "0" : "") + year + id.charAt(5);
        for (Release o : all) {
            if (o.id().equals(wanted)) return o;
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The newest release that has {@code code}: the current one, the last of a deleted code, or null. */
    public @Nullable Release lastWith(String code) {
        for (int i = all.size() - 1; i >= 0; i--) if (all.get(i).codes().containsKey(code)) return all.get(i);
        return null;
    }

    public boolean hasHistory() {
        return all.size() > 1;
    }
}
