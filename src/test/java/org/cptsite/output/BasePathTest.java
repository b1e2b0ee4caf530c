package org.cptsite.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BasePathTest {
    private static String page(BasePath b, String html) {
        return new String(b.page(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void thePathOfTheBaseUrl() {
        assertEquals("/fees", BasePath.of("https://example.org/fees").path());
        assertEquals("/fees", BasePath.of("https://example.org/fees/").path());
        assertEquals("", BasePath.of("https://example.org").path());
    }

    @Test
    void rootRelativeUrlsInUrlAttributesMoveUnderThePath() {
        BasePath b = BasePath.of("https://example.org/fees");
        assertEquals(
                "<a href=\"/fees/cpt/38900/\">x</a><script src=\"/fees/assets/s.1.js\" defer></script>"
                        + "<form action=\"/fees/search/\" data-search=\"/fees/assets/i.1.json\">"
                        + "<section data-localities=\"/fees/assets/l.1.json\">",
                page(
                        b,
                        "<a href=\"/cpt/38900/\">x</a><script src=\"/assets/s.1.js\" defer></script>"
                                + "<form action=\"/search/\" data-search=\"/assets/i.1.json\">"
                                + "<section data-localities=\"/assets/l.1.json\">"));
    }

    @Test
    void otherUrlsAttributesAndTextStayAsTheyAre() {
        BasePath b = BasePath.of("https://example.org/fees");
        String html =
                "<a href=\"//cdn.example.org/x\">a</a><a href=\"https://example.org/\">b</a><a href=\"#faq\">c</a>"
                        + "<p title=\"/not-a-url\">d</p><p>href=\"/text\"</p><path d=\"/x\"/><a xhref=\"/y\">e</a>"
                        + "<link rel=\"canonical\" href=\"https://example.org/fees/\">";
        assertEquals(html, page(b, html));
    }

    @Test
    void aSiteAtTheRootIsNotCopied() {
        byte[] html = "<a href=\"/cpt/\">".getBytes(StandardCharsets.UTF_8);
        assertSame(html, BasePath.of("https://example.org").page(html));
    }

    @Test
    void siteUrlsOfLinks() {
        BasePath b = BasePath.of("https://example.org/fees");
        assertEquals("/cpt/38900/", b.siteUrl("/fees/cpt/38900/"));
        assertEquals("/", b.siteUrl("/fees/"));
        assertEquals("/", b.siteUrl("/fees"));
        assertNull(b.siteUrl("/cpt/38900/"));
        assertNull(b.siteUrl("/feesx/"));
    }
}
