package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.junit.jupiter.api.Test;

/** Raw HTML and unsafe URLs in Markdown: left out, with a warning at the file's line. */
class MarkdownSafetyTest {
    private final Problems problems = new Problems();

    private String html(boolean unsafe, String markdown) {
        return new Markdown(unsafe).toHtml(markdown, "x.md", 10, problems);
    }

    private Problem only() {
        List<Problem> all = problems.all();
        assertEquals(1, all.size(), all::toString);
        return all.get(0);
    }

    @Test
    void rawHtmlBlockIsLeftOutWithACommentAndAWarningAtItsLine() {
        String html = html(false, "Text.\n\n<script>alert(1)</script>\n\nMore.");
        assertEquals("<p>Text.</p>\n<!-- raw HTML omitted -->\n<p>More.</p>", html);
        Problem p = only();
        assertEquals(
                "x.md:12: warning: raw HTML left out: <script>alert(1)</script>",
                p.format().lines().findFirst().get());
        assertTrue(p.fix().contains("markdown: { unsafe_html: true }"), p::format);
    }

    @Test
    void inlineHtmlIsLeftOutAndItsTextKept() {
        String html = html(false, "A\nsee <span onclick=\"alert(1)\">here</span> now");
        assertEquals("<p>A\nsee <!-- raw HTML omitted -->here<!-- raw HTML omitted --> now</p>", html);
        assertEquals(2, problems.warningCount());
        assertEquals(11, problems.all().get(0).line());
    }

    @Test
    void commentsAreLeftOutSilently() {
        assertEquals("<p>a  b</p>", html(false, "a <!-- note --> b\n\n<!--\nblock\n-->"));
        assertEquals(List.of(), problems.all());
    }

    @Test
    void theOwnerMayAllowRawHtml() {
        assertEquals("<p>a <b onclick=\"x()\">b</b></p>", html(true, "a <b onclick=\"x()\">b</b>"));
        assertEquals(List.of(), problems.all());
    }

    @Test
    void hostileLinkUrlsAreDroppedWhateverTheirDisguise() {
        String[] urls = {
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java&#x09;script:alert(1)",
            "java&#9;script:alert(1)",
            "java%73cript:alert(1)",
            "%6Aavascript:alert(1)",
            "data:text/html,x",
            "vbscript:msgbox(1)",
            "&#x20;javascript:alert(1)",
            "&#1;javascript:x",
            "//evil.com/",
            "/\\\\evil.com/",
            "\\\\\\\\evil.com",
            "jav&#x0A;ascript:alert(1)",
            "javascript&colon;alert(1)",
            "file:///etc/passwd"
        };
        for (String url : urls) {
            Problems p = new Problems();
            String md = "Intro\n\n[click](" + url + ") and ![pic](" + url + ")";
            String html = new Markdown(false).toHtml(md, "x.md", 5, p);
            assertEquals("<p>Intro</p>\n<p>click and pic</p>", html, url);
            assertEquals(2, p.warningCount(), () -> url + " " + p.all());
            assertEquals(7, p.all().get(0).line(), url);
            assertTrue(
                    p.all().get(0).message().startsWith("link '"), () -> p.all().toString());
        }
    }

    @Test
    void autolinksAndReferenceLinksAreCheckedToo() {
        String html = html(false, "<javascript:alert(1)>\n\n[a][r] and ![b][r]\n\n[r]: javascript:alert(1)");
        assertEquals("<p>javascript:alert(1)</p>\n<p>a and b</p>", html);
        assertEquals(3, problems.warningCount(), problems.all()::toString);
        assertEquals(
                List.of(10, 12, 12), problems.all().stream().map(Problem::line).toList());
    }

    @Test
    void safeUrlsAreKept() {
        String html = html(
                false,
                "[a](https://example.org/x) [b](http://e.org) [c](mailto:x@e.org) [d](tel:+15550100) "
                        + "[e](/cpt/38900/) [f](#faq) [g](/x?q=a:b) <https://e.org/> ![i](/assets/i.png)");
        assertEquals(List.of(), problems.all());
        for (String url : new String[] {
            "https://example.org/x",
            "http://e.org",
            "mailto:x@e.org",
            "tel:+15550100",
            "/cpt/38900/",
            "#faq",
            "/x?q=a:b",
            "https://e.org/",
            "/assets/i.png"
        }) {
            assertTrue(html.contains("\"" + url + "\""), url + " in " + html);
        }
    }

    /**
     * A path relative to the page (an editor's {@code cpt/38792/}, or {@code www.example.org} for a site) would
     * lead elsewhere on each page that shows the text: a links problem at its line, at the level site.yml gives.
     */
    @Test
    void aLinkRelativeToItsPageIsALinksProblemAtItsLine() {
        String markdown =
                "[a](cpt/38792/) [b](?q=1) [c](#faq)\n\n[d](www.example.org) ![e](img/x.png)\n\n[f]\n\n[f]: ../99999/\n";
        Problems strict = new Problems();
        new Markdown(false).toHtml(markdown, "x.md", 10, strict);
        assertEquals(
                List.of(
                        "10: links: the link 'cpt/38792/' is relative to the page it is on",
                        "12: links: the link 'img/x.png' is relative to the page it is on",
                        "12: links: the link 'www.example.org' is relative to the page it is on",
                        "14: links: the link '../99999/' is relative to the page it is on"),
                strict.all().stream().map(p -> p.line() + ": " + p.message()).toList());
        assertEquals(4, strict.errorCount());
        Problems lenient = new Problems();
        new Markdown(
                        false,
                        ImageSizes.NONE,
                        rule -> rule == org.cptsite.model.CheckRule.LINKS
                                ? org.cptsite.model.CheckRule.Level.WARNING
                                : org.cptsite.model.CheckRule.Level.ERROR)
                .toHtml(markdown, "x.md", 10, lenient);
        assertEquals(List.of(0, 4), List.of(lenient.errorCount(), lenient.all().size()));
    }

    @Test
    void safeUrlJudgesAsABrowserReads() {
        assertNull(SafeUrl.refusal("HTTPS://example.org"));
        assertNull(SafeUrl.refusal("/search/?q=38900"));
        assertFalse(SafeUrl.refusal(" javascript:x") == null);
        assertEquals("its scheme 'javascript:' is not http, https, mailto or tel", SafeUrl.refusal("JAVA%09SCRIPT:x"));
        assertEquals("it contains a control character or a line break", SafeUrl.refusal("/a\nb"));
        assertEquals("it is protocol-relative ('//'): it leads to another host", SafeUrl.refusal("/\\evil.com"));
        // One backslash: a path from the root to a browser (/evil.example/), which the link checks would not see.
        String backslash = "it has a '\\', which browsers read as '/'; write the path with '/'";
        assertEquals(backslash, SafeUrl.refusal("\\evil.example/"));
        assertEquals(backslash, SafeUrl.refusal("cpt\\38900/"));
        assertNull(SafeUrl.refusal("/search/?q=a\\b"), "in a query it is a character like another");
    }

    @Test
    void quotesNestedWithoutEndAreAnErrorAtTheirLineNotAStackOverflow() {
        long start = System.nanoTime();
        String html = html(false, "Text.\n\n" + ">".repeat(100_000) + " deep\n");
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "took too long");
        assertEquals("", html);
        Problem p = only();
        assertTrue(p.isError());
        assertEquals(
                "x.md:12: error: Markdown nests about 100000 levels of quotes, lists or indentation; at most 32",
                p.format().lines().findFirst().get());
    }

    @Test
    void listsNestedWithoutEndAreAnErrorToo() {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 3_000; i++) md.append("  ".repeat(i)).append("- x\n");
        html(false, md.toString());
        assertTrue(only().message().startsWith("Markdown nests about 33 levels"), only()::format);
        assertEquals(10 + 32, only().line(), only()::format); // 1 marker and 32 columns: 33 levels
    }

    @Test
    void ordinaryNestingIsFine() {
        String html = html(false, "> quote\n>\n> > reply\n\n- a\n  - b\n    - c\n      - d\n\n        code\n");
        assertEquals(List.of(), problems.all());
        assertTrue(html.contains("<blockquote>") && html.contains("<p>d</p>"), html);
    }
}
