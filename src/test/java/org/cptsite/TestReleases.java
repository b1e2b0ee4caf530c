package org.cptsite;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;

/** Releases made in memory for unit tests: an id, a day, a CF and codes; no localities, counties or anesthesia. */
public final class TestReleases {
    private TestReleases() {}

    /** A 2026 release (CF 33.4009) of the 32-column layout with {@code codes}, in their order. */
    public static Release of(String id, LocalDate released, CodeRows... codes) {
        Map<String, CodeRows> map = new LinkedHashMap<>();
        for (CodeRows c : codes) map.put(c.code(), c);
        return of(id, 2026, released, new BigDecimal("33.4009"), map);
    }

    public static Release of(String id, int year, LocalDate released, BigDecimal cf, Map<String, CodeRows> codes) {
        return new Release(
                id, "test", year, released, 32, cf, null, codes, List.of(), List.of(), List.of(), null, null, List.of(),
                List.of(), null);
    }
}
