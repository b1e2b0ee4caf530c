package org.cptsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NamesTest {
    private static String of(Names names, String written) {
        byte[] page = ("<" + written + ">").getBytes(StandardCharsets.UTF_8);
        return names.of(page, 1, page.length - 1);
    }

    @Test
    void aNameIsLowerCasedOnceAndSharedByItsSpellings() {
        Names names = new Names();
        String first = of(names, "viewBox");
        assertEquals("viewbox", first);
        assertSame(first, of(names, "viewBox"), "the same String each time");
        assertEquals("viewbox", of(names, "VIEWBOX"));
    }

    /** More names than the table holds, and names that share length, ends and middle: each still right. */
    @Test
    void everyNameIsRightHoweverManyThereAre() {
        Names names = new Names();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 5000; i++) {
                String written = "Data-X" + Integer.toString(i, 36).toUpperCase(Locale.ROOT) + "z";
                assertEquals(written.toLowerCase(Locale.ROOT), of(names, written));
            }
        }
    }

    @Test
    void aLongNameIsLowerCasedWithoutBeingKept() {
        Names names = new Names();
        String written = "A".repeat(10_000);
        assertEquals("a".repeat(10_000), of(names, written));
        assertEquals("a".repeat(10_000), of(names, written));
    }
}
