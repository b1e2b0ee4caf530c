package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cptsite.model.Problems;
import org.junit.jupiter.api.Test;

/** The base URL starts every link of the site: one that browsers would read otherwise is one error. */
class BaseUrlTest {
    private static String problem(String url) {
        Problems problems = new Problems();
        BaseUrl.check(url, "site.yml", 3, problems);
        return problems.all().isEmpty() ? null : problems.all().get(0).message();
    }

    @Test
    void aSiteAtTheRootOrUnderAPathIsFine() {
        for (String url : List.of(
                "https://www.example.org",
                "https://www.example.org/fees",
                "http://localhost:8080/a/b",
                "https://example.org/geb%C3%BChren",
                "https://example.org/v1.2_x~y")) {
            assertEquals(null, problem(url), url);
        }
    }

    @Test
    void dotSegmentsBadPortsAndCharactersThatNeedEscapingAreRefused() {
        String[][] cases = {
            {"https://ex.org/a/../b", "has a '..' segment in its path, which browsers resolve away"},
            {"https://ex.org/%2e%2e", "has a '%2e%2e' segment in its path, which browsers resolve away"},
            {"https://ex.org/./fees", "has a '.' segment in its path, which browsers resolve away"},
            {"https://ex.org:99999/", "has the port 99999, above 65535"},
            {"https://ex.org/docs&copy", "has the character '&' in its path; use letters, digits, '-', '.', '_' and '~'"
            },
            {"https://ex.org/a%2Fb", "has an encoded slash or backslash in its path"},
            {"https://ex.org/a//b", "has an empty segment ('//') in its path"},
        };
        for (String[] c : cases) {
            String p = problem(c[0]);
            assertEquals("base URL '" + c[0] + "' " + c[1], p, c[0]);
        }
        assertTrue(problem("https://ex.org/?q=1").contains("has a query"));
    }
}
