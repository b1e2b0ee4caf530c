package org.cptsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cptsite.Sites;
import org.cptsite.model.Problem;
import org.cptsite.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken link or #anchor written in a content file's Markdown is reported at that file's line, once, however
 * many pages show it; not as the URL of each page.
 */
class ContentLinkLinesTest {
    private static final String BILLING = "## Billing and documentation\n";

    @Test
    void linksToMissingPagesAndIdsAreReportedAtTheirLines(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path code = content.resolve("codes/38900.md");
        int codeLine = insertAfterBilling(code, "See [gone](/cpt/99999/) and\n[no such id](/cpt/38300/#no-such-id).");
        // The category's billing notes show on every surgery code page without notes of its own.
        Path category = content.resolve("categories/surgery.md");
        int categoryLine = insertAfterBilling(category, "Read [the old guide](/guide/).");

        List<Problem> problems = check(content);
        assertEquals(
                List.of(
                        category + ":" + categoryLine + " links: links to /guide/, which the build does not generate",
                        code + ":" + codeLine + " links: links to /cpt/99999/, which the build does not generate",
                        code + ":" + (codeLine + 1)
                                + " anchors: links to /cpt/38300/#no-such-id, but that page has no such id"),
                problems.stream()
                        .map(p -> p.file() + ":" + p.line() + " " + p.message())
                        .toList());
        assertTrue(problems.stream().allMatch(Problem::isError));
        assertTrue(
                problems.get(1).fix().startsWith("correct the link"),
                problems.get(1).fix());
    }

    @Test
    void anAnchorOfThePageItselfIsReportedAtItsLine(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path code = content.resolve("codes/38900.md");
        int line = insertAfterBilling(code, "As [above](#nowhere), and as [the payment](#h-payment).");

        List<Problem> problems = check(content);
        assertEquals(
                List.of(code + ":" + line + " anchors: links to #nowhere, an id this page does not have"),
                problems.stream()
                        .map(p -> p.file() + ":" + p.line() + " " + p.message())
                        .toList());
    }

    /**
     * An #anchor of a category's text shows on the category's page and on its codes' pages: said once, at its
     * line (it was said again at the category's page).
     */
    @Test
    void anAnchorOfACategorysTextIsReportedOnceAtItsLine(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path category = content.resolve("categories/surgery.md");
        int line = insertAfterBilling(category, "See [the section](#billing-missing).");

        List<Problem> problems = check(content);
        assertEquals(
                List.of(category + ":" + line + " anchors: links to #billing-missing, an id this page does not have"),
                problems.stream()
                        .map(p -> p.file() + ":" + p.line() + " " + p.message())
                        .toList());
    }

    /** site.yml's own links: a broken one is said once, at its line, not on each of the site's pages. */
    @Test
    void aBrokenLinkOfTheNavigationIsReportedAtItsLineOfSiteYml(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path settings = content.resolve("site.yml");
        String yml = Files.readString(settings);
        String home = "  - { title: Home, url: / }\n";
        assertTrue(yml.contains(home), yml);
        Files.writeString(settings, yml.replace(home, home + "  - { title: Guide, url: /guide/ }\n"));
        int line = (int) yml.substring(0, yml.indexOf(home)).lines().count() + 2;

        List<Problem> problems = check(content);
        assertEquals(
                List.of(settings + ":" + line + " links: links to /guide/, which the build does not generate"),
                problems.stream()
                        .map(p -> p.file() + ":" + p.line() + " " + p.message())
                        .toList());
    }

    /** An image of content/static/ that is not there is a broken link at its line, as a link to no page is. */
    @Test
    void anImageThatIsNotThereIsReportedAtItsLine(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path code = content.resolve("codes/38900.md");
        int line = insertAfterBilling(code, "![Diagram of the nodes](/images/diagram.png)");

        List<Problem> problems = check(content);
        assertTrue(
                problems.stream()
                        .map(p -> p.file() + ":" + p.line() + " " + p.message())
                        .toList()
                        .contains(code + ":" + line
                                + " links: links to /images/diagram.png, which the build does not generate"),
                problems::toString);
    }

    /**
     * The navigation shows on every page: a link relative to the page would lead somewhere else on each, so it is
     * an error at its line of site.yml.
     */
    @Test
    void aRelativeLinkOfTheNavigationIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path settings = content.resolve("site.yml");
        String yml = Files.readString(settings);
        String home = "  - { title: Home, url: / }\n";
        Files.writeString(settings, yml.replace(home, home + "  - { title: Guide, url: guide/ }\n"));
        int line = (int) yml.substring(0, yml.indexOf(home)).lines().count() + 2;

        List<Problem> problems = check(content);
        assertEquals(
                List.of(settings + ":" + line
                        + " url 'guide/' is relative to the page, and this link shows on every page"),
                problems.stream()
                        .map(p -> p.file() + ":" + p.line() + " " + p.message())
                        .toList());
        assertTrue(problems.get(0).fix().startsWith("write the path from the site's root, such as /about/"));
    }

    /** A code page over its weight because of its text: the error is the content file's, with how much to cut. */
    @Test
    void aCodePageTooHeavyWithItsTextIsReportedAtItsFile(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path code = content.resolve("codes/38900.md");
        insertAfterBilling(
                code,
                "A long paragraph of billing advice that goes on. "
                        .repeat(4)
                        .concat("\n\n")
                        .repeat(150));

        List<Problem> problems = check(content);
        Problem heavy = problems.stream()
                .filter(p -> p.message().startsWith("page_weight"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(code.toString(), heavy.file());
        assertTrue(heavy.message().startsWith("page_weight: the page /cpt/38900/ has "), heavy.message());
        assertTrue(heavy.fix().startsWith("shorten this file's text by about "), heavy.fix());
    }

    /** The errors of a check of the sample with this content. */
    private static List<Problem> check(Path content) {
        Pipeline.Result r = new Pipeline(
                        new Pipeline.Options(
                                Sites.SAMPLE, content, Sites.TEMPLATES, null, Sites.BASE_URL, LocalDate.of(2026, 1, 1)),
                        m -> {})
                .run(false);
        return r.problems().all().stream().filter(Problem::isError).toList();
    }

    /** Puts {@code text} under the file's billing heading; returns the line it starts on. */
    private static int insertAfterBilling(Path file, String text) throws IOException {
        String md = Files.readString(file);
        int at = md.indexOf(BILLING) + BILLING.length();
        Files.writeString(file, md.substring(0, at) + "\n" + text + "\n" + md.substring(at));
        return (int) md.substring(0, at).lines().count() + 2;
    }
}
