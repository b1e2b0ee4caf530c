package org.cptsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cptsite.check.HtmlScanner.Token;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer behind {@link PageRules} on hand-written edge cases. Each page is written out as its tokens:
 * {@code <name a=value>} for a start tag (with {@code [content]} for script, style, title, textarea, and
 * {@code /} for an element without content), {@code </name>} for an end tag, {@code 'text'} for text.
 */
class HtmlScannerTest {
    static List<String> tokens(String html) {
        HtmlScanner s = new HtmlScanner(html.getBytes(StandardCharsets.UTF_8));
        List<String> tokens = new ArrayList<>();
        for (Token t = s.next(); t != Token.END; t = s.next()) {
            tokens.add(
                    switch (t) {
                        case START_TAG -> startTag(s);
                        case END_TAG -> "</" + s.tagName() + ">";
                        default -> "'" + s.text() + "'";
                    });
        }
        return tokens;
    }

    private static String startTag(HtmlScanner s) {
        StartTag tag = s.startTag();
        StringBuilder b = new StringBuilder("<").append(tag.name());
        for (int i = 0; i < tag.attributeNames().length; i++) {
            b.append(' ').append(tag.attributeNames()[i]).append('=').append(tag.values()[i]);
        }
        if (s.isEmptyElement()) b.append('/');
        b.append('>');
        if (!s.content().isEmpty()) b.append('[').append(s.content()).append(']');
        return b.toString();
    }

    @Test
    void attributesInEveryQuotingStyle() {
        assertEquals(
                List.of("<a href=/x title=say \"hi\" data-n=5 hidden= class=>", "'go'", "</a>"),
                tokens("<a href=\"/x\" title='say \"hi\"' data-n=5 hidden class=>go</a>"));
        // An unquoted value runs to whitespace or '>': its '/' is part of it, not a self-closing slash.
        assertEquals(List.of("<a href=/x/>", "'y'"), tokens("<a href=/x/>y"));
        // Quotes need no whitespace after them; a name may follow at once.
        assertEquals(List.of("<p a=1 b=2>"), tokens("<p a=\"1\"b='2'>"));
        assertEquals(List.of("<p a=1 b=2 c=>"), tokens("<p\n\ta = \"1\"\f b\r\n=2 c = >"));
    }

    @Test
    void characterReferencesInAttributesAreDecoded() {
        assertEquals(
                List.of("<a href=/a?x=1&y=2 title=\"q\" alt=é>"),
                tokens("<a href=\"/a?x=1&amp;y=2\" title=\"&quot;q&quot;\" alt=&eacute;>"));
        // As in browsers: in an attribute, a legacy name without ';' followed by '=' stays as written.
        assertEquals(List.of("<a href=?a=1&copy=2>"), tokens("<a href=\"?a=1&copy=2\">"));
    }

    @Test
    void namesAreLowerCasedButValuesAreNot() {
        assertEquals(List.of("<div id=Main class=X>", "</div>"), tokens("<DIV ID=\"Main\" Class=X></DiV>"));
    }

    @Test
    void theFirstOfDuplicateAttributesWins() {
        HtmlScanner s =
                new HtmlScanner("<a href=\"/first\" HREF=\"/second\" href=/third>".getBytes(StandardCharsets.UTF_8));
        assertEquals(Token.START_TAG, s.next());
        assertEquals(1, s.attributeCount());
        assertEquals("/first", s.attr("href"));
    }

    @Test
    void commentsDoctypesAndDeclarationsAreSkipped() {
        assertEquals(
                List.of("<p>", "'a'", "'b'", "</p>"),
                tokens("<!DOCTYPE html><?xml version=\"1.0\"?>"
                        + "<p><!-- <a href=\"#x\">not a link</a> -->a<!-- x --!>b<!----></p><!x>"));
        assertEquals(List.of("'1'", "'2'", "'3'"), tokens("1<!-->2<!--->3"));
        assertEquals(List.of("'x'"), tokens("x<!-- never closed <a href=/y>"));
    }

    @Test
    void aLessThanSignThatStartsNoTagIsText() {
        assertEquals(List.of("<p>", "'a < b, 1 <3 &'", "</p>"), tokens("<p>a < b, 1 <3 &amp;</p>"));
        // But </ and another character start a bogus comment, up to the next '>'; </> is nothing.
        assertEquals(List.of("'x'", "'y'"), tokens("x</ 4</p>y</>"));
    }

    @Test
    void textIsDecoded() {
        assertEquals(List.of("'a < b &amp; ©'"), tokens("a &lt; b &amp;amp; &copy;"));
    }

    @Test
    void scriptIsRawText() {
        String js = "var s = \"</div><a href='/x'>\"; if (a < b && c) {}";
        assertEquals(List.of("<script>[" + js + "]", "</script>", "<p>"), tokens("<script>" + js + "</script><p>"));
        // Only </script followed by whitespace, '/' or '>' ends it, in any case.
        assertEquals(List.of("<script>[a</scripts>b]", "</script>"), tokens("<script>a</scripts>b</SCRIPT >"));
        assertEquals(List.of("<style>[p > a { x: '<b>' }]", "</style>"), tokens("<style>p > a { x: '<b>' }</style>"));
    }

    @Test
    void jsonLdIsReturnedAsWritten() {
        String ld = "{\"@type\":\"FAQPage\",\"name\":\"A &amp; B < C\",\"text\":\"<p>\"}";
        HtmlScanner s = new HtmlScanner(
                ("<script type=\"application/ld+json\">" + ld + "</script>").getBytes(StandardCharsets.UTF_8));
        assertEquals(Token.START_TAG, s.next());
        assertEquals("application/ld+json", s.attr("type"));
        assertEquals(ld, s.content());
        assertEquals(Token.END_TAG, s.next());
        assertEquals(Token.END, s.next());
    }

    @Test
    void titleAndTextareaAreTextWithReferences() {
        assertEquals(
                List.of("<title>[38900 <b> | RVUs & payment]", "</title>"),
                tokens("<title>38900 <b> | RVUs &amp; payment</title>"));
        assertEquals(List.of("<textarea>[<p>x</p>]", "</textarea>"), tokens("<textarea><p>x</p></textarea>"));
    }

    @Test
    void svgChildrenCloseThemselvesAndHaveMarkupTitles() {
        String svg = "<svg role=\"img\"><path d=\"M0 0\"/><g><rect/><title>bar</title></g><title>Chart <tspan>x</tspan>"
                + "</title></svg><title>page</title>";
        assertEquals(
                List.of(
                        "<svg role=img>",
                        "<path d=M0 0/>",
                        "<g>",
                        "<rect/>",
                        "<title>",
                        "'bar'",
                        "</title>",
                        "</g>",
                        "<title>",
                        "'Chart '",
                        "<tspan>",
                        "'x'",
                        "</tspan>",
                        "</title>",
                        "</svg>",
                        "<title>[page]",
                        "</title>"),
                tokens(svg));
        HtmlScanner s = new HtmlScanner(svg.getBytes(StandardCharsets.UTF_8));
        List<String> depths = new ArrayList<>();
        for (Token t = s.next(); t != Token.END; t = s.next()) {
            if (t == Token.START_TAG) depths.add(s.tagName() + " " + s.svgAncestors());
        }
        assertEquals(List.of("svg 0", "path 1", "g 1", "rect 2", "title 2", "title 1", "tspan 2", "title 0"), depths);
    }

    @Test
    void cdataIsTextInSvgOnly() {
        assertEquals(List.of("<svg>", "'a<b'", "</svg>"), tokens("<svg><![CDATA[a<b]]></svg>"));
        assertEquals(List.of("'x'"), tokens("<![CDATA[a<b]]>x"));
    }

    @Test
    void voidElementsHaveNoContentButASlashDoesNotCloseAnHtmlElement() {
        assertEquals(
                List.of("<br/>", "<img src=a/>", "<input/>", "<div>", "<label>"),
                tokens("<br><img src=a><input/><div/><label/>"));
        // As the tree builder does: <image> is <img>, except in svg.
        assertEquals(List.of("<img/>", "<svg>", "<image/>", "</svg>"), tokens("<image><svg><image/></svg>"));
    }

    @Test
    void aTagThePageEndsInIsDropped() {
        assertEquals(List.of("'x'"), tokens("x<a href=\"/y"));
        assertEquals(List.of("'x'"), tokens("x<a href"));
        assertEquals(List.of("'x'"), tokens("x</a"));
    }

    @Test
    void attributeValuesArePeekedAtWithoutDecoding() {
        HtmlScanner s = new HtmlScanner(
                "<x a=\"/assets/a.css\" b=\"&#47;assets/b\" c=\"/assetsx\" d>".getBytes(StandardCharsets.UTF_8));
        s.next();
        assertTrue(s.attributeValueStartsWith(0, "/assets/"));
        assertTrue(s.attributeValueStartsWith(1, "/assets/"));
        assertFalse(s.attributeValueStartsWith(2, "/assets/"));
        assertFalse(s.attributeValueStartsWith(3, "/assets/"));
    }

    @Test
    void textContentIsWhatJsoupsTextGives() {
        for (String html : List.of(
                " a  b ",
                "a\u00a0\u00a0b",
                "a&nbsp; <i> b </i>\n c",
                "x\u200by\u00adz",
                "\t",
                "",
                "a <b></b> b",
                "\ud83d\ude00 \u00a0 \u2003 end")) {
            TextContent text = new TextContent();
            HtmlScanner s = new HtmlScanner(html.getBytes(StandardCharsets.UTF_8));
            for (Token t = s.next(); t != Token.END; t = s.next()) {
                if (t == Token.TEXT) text.append(s.text());
            }
            assertEquals(Jsoup.parse("<p>" + html + "</p>").selectFirst("p").text(), text.toString(), html);
        }
    }

    /** References are decoded as jsoup decodes them, in text and in attribute values, however unusual. */
    @Test
    void referencesAreDecodedAsJsoupDecodesThem() {
        for (String text : List.of(
                "&amp;",
                "a &times; b",
                "&#39;x&#x27;",
                "&rsquo;&ldquo;&rdquo;",
                "&amp",
                "&notit;",
                "&notin;",
                "&not",
                "&#128;",
                "&#x9F;",
                "&#0;",
                "&#xD800;",
                "&#x110000;",
                "&#99999999;",
                "&bogus;",
                "&NotNestedGreaterGreater;",
                "&;",
                "&#;",
                "&#x;",
                "a&b",
                "&AMP;",
                "&#65;&#x41;&#X41;",
                "&#x1F600;",
                "&#xFFFE;",
                "&#9;",
                "&amp=",
                "&amp;&",
                "&#x41",
                "&#\u0663;",
                "&lt;&gt;&quot;&apos;")) {
            HtmlScanner s = new HtmlScanner(("<x a=\"" + text + "\">").getBytes(StandardCharsets.UTF_8));
            s.next();
            assertEquals(Parser.unescapeEntities(text, true), s.attr("a"), "attribute " + text);
            s = new HtmlScanner(text.getBytes(StandardCharsets.UTF_8));
            s.next();
            assertEquals(Parser.unescapeEntities(text, false), s.text(), "text " + text);
        }
    }
}
