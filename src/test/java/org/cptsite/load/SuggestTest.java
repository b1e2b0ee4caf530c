package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean": a word cut short, or one misspelt by up to two letters. */
class SuggestTest {
    private static final List<String> SECTIONS = List.of("Introduction", "Billing and documentation");

    @Test
    void aWordCutShortIsTheOneItBegins() {
        assertEquals(Optional.of("Introduction"), Suggest.nearest("Intro", SECTIONS));
        assertEquals(Optional.of("Billing and documentation"), Suggest.nearest("billing", SECTIONS));
        assertEquals(Optional.empty(), Suggest.nearest("Int", SECTIONS), "too short to tell");
        assertEquals(Optional.empty(), Suggest.nearest("summ", List.of("summary", "summary_x")), "two begin so");
    }

    @Test
    void aMisspeltWordIsTheClosestWithinTwoEdits() {
        assertEquals(Optional.of("summary"), Suggest.nearest("sumary", List.of("title", "summary")));
        assertEquals(Optional.empty(), Suggest.nearest("abstract", List.of("title", "summary")));
    }
}
