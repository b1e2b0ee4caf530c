package org.cptsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How messages name several things: the first three, the rest counted. */
class ProblemTest {
    @Test
    void examplesNameTheFirstThreeAndCountTheRest() {
        assertEquals("", Problem.examples(List.of()));
        assertEquals("CNAME", Problem.examples(List.of("CNAME")));
        assertEquals("CNAME and notes", Problem.examples(List.of("CNAME", "notes")));
        assertEquals("a, b and c", Problem.examples(List.of("a", "b", "c")));
        assertEquals("a, b, c and 1,234 more", Problem.examples(withFirst(List.of("a", "b", "c"), 1_234)));
    }

    private static List<String> withFirst(List<String> first, int more) {
        List<String> all = new java.util.ArrayList<>(first);
        for (int i = 0; i < more; i++) all.add("x" + i);
        return all;
    }
}
