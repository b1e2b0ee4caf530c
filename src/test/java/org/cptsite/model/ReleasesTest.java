package org.cptsite.model;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cptsite.TestReleases;
import org.junit.jupiter.api.Test;

class ReleasesTest {
    private static Release release(String id) {
        return TestReleases.of(id, 2000, LocalDate.of(2000, 1, 1), BigDecimal.ONE, Map.of());
    }

    @Test
    void theYearBeforeIsTheSameQuarterOfTheYearBefore() {
        Release r09c = release("RVU09C");
        Release r10a = release("RVU10A");
        Release r10c = release("RVU10C");
        Release r25c = release("RVU25C");
        Release r25d = release("RVU25D");
        Release r26c = release("RVU26C");
        Releases all = new Releases(List.of(r09c, r10a, r10c, r25c, r25d, r26c));
        assertSame(r25c, all.yearBefore(r26c));
        assertSame(r09c, all.yearBefore(r10c), "a year of one digit keeps its zero");
        assertNull(all.yearBefore(r25d), "RVU24D is not given");
        assertNull(all.yearBefore(r10a));
    }

    @Test
    void anIdNotOfTheUsualFormHasNoYearBefore() {
        Release odd = release("RVU26");
        Release zero = release("RVU00A");
        Release lower = release("RVU26c");
        Releases all = new Releases(List.of(release("RVU25C"), release("RVU25"), odd, zero, lower));
        assertNull(all.yearBefore(odd));
        assertNull(all.yearBefore(zero));
        assertNull(all.yearBefore(lower));
        assertNull(all.yearBefore(release("X")));
    }
}
