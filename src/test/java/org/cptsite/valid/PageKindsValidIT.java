package org.cptsite.valid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.cptsite.PageKinds;
import org.cptsite.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The W3C Nu HTML Checker finds no error on one page of every kind of the sample build. */
class PageKindsValidIT {
    @TempDir
    static Path out;

    @TempDir
    static Path withHistory;

    private static HtmlChecker checker;

    @BeforeAll
    static void build() {
        Sites.build(Sites.SAMPLE, Sites.CONTENT, out, LocalDate.of(2026, 1, 15));
        Sites.build(
                Sites.HISTORY,
                Sites.historyContent(withHistory.resolve("content")),
                withHistory.resolve("site"),
                LocalDate.of(2026, 1, 15));
        checker = new HtmlChecker();
    }

    static Stream<Arguments> kinds() {
        return PageKinds.SAMPLE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static Stream<Arguments> historyKinds() {
        return PageKinds.HISTORY.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("kinds")
    void hasNoHtmlError(String kind, String url) {
        List<String> errors = checker.errors(Sites.read(out.resolve(PageKinds.file(url))));
        assertEquals(List.of(), errors, url + " (" + kind + ") has HTML errors");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("historyKinds")
    void historyPagesHaveNoHtmlError(String kind, String url) {
        List<String> errors =
                checker.errors(Sites.read(withHistory.resolve("site").resolve(PageKinds.file(url))));
        assertEquals(List.of(), errors, url + " (" + kind + ") has HTML errors");
    }

    /** The checker is live: it finds what is wrong in a broken page. */
    @Test
    void theCheckerFindsErrors() {
        List<String> errors = checker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>"
                + "<img src=\"a.png\"><p id=\"a\"></p><p id=\"a\"></p><ul><div></div></ul></body></html>");
        assertFalse(errors.isEmpty());
        assertEquals(3, errors.size(), errors::toString);
    }
}
