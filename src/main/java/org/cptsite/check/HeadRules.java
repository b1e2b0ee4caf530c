package org.cptsite.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.cptsite.check.PageRules.Violation;
import org.cptsite.model.CheckRule;
import org.cptsite.model.CheckRule.Limits;

/** What search engines read first: one h1, the title, the meta description, the canonical URL, the lang. */
final class HeadRules {
    private HeadRules() {}

    static void check(Page page, List<Violation> v) {
        PageScan scan = page.scan;
        if (scan.h1 != 1) v.add(new Violation(CheckRule.H1, "has " + scan.h1 + " h1 elements; a page has exactly one"));

        String title = page.title();
        if (title.isEmpty()) {
            v.add(new Violation(CheckRule.TITLE, "has no <title>"));
        } else {
            int n = title.codePointCount(0, title.length());
            if (n > Limits.TITLE_MAX) {
                v.add(new Violation(
                        CheckRule.TITLE_LENGTH,
                        "the title has " + n + " characters, more than " + Limits.TITLE_MAX + ": \"" + title + "\""));
            }
        }

        String desc = page.description();
        if (desc.isEmpty()) {
            v.add(new Violation(CheckRule.DESCRIPTION, "has no meta description"));
        } else {
            int n = desc.codePointCount(0, desc.length());
            if (n < Limits.DESCRIPTION_MIN || n > Limits.DESCRIPTION_MAX) {
                v.add(new Violation(
                        CheckRule.DESCRIPTION_LENGTH,
                        "the meta description has " + n + " characters, "
                                + (n < Limits.DESCRIPTION_MIN
                                        ? "fewer than " + Limits.DESCRIPTION_MIN
                                        : "more than " + Limits.DESCRIPTION_MAX)
                                + ": \"" + desc + "\""));
            }
        }

        String expected = page.baseUrl + page.url;
        String canonical = scan.canonical;
        if (canonical == null) {
            v.add(new Violation(CheckRule.CANONICAL, "has no canonical URL; expected " + expected));
        } else if (!isAbsolute(canonical)) {
            v.add(new Violation(
                    CheckRule.CANONICAL,
                    "the canonical URL " + canonical + " is not absolute (http or https, with a host)"));
        } else if (!canonical.equals(expected)) {
            v.add(new Violation(CheckRule.CANONICAL, "the canonical URL is " + canonical + ", expected " + expected));
        }

        if (!scan.hasLang()) v.add(new Violation(CheckRule.LANG, "has no lang attribute on <html>"));
    }

    private static boolean isAbsolute(String url) {
        try {
            URI u = new URI(url);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
