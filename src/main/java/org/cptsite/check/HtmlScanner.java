package org.cptsite.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A single-pass HTML tokenizer after the WHATWG tokenizer, for checking pages without building a DOM: start
 * tags with their attributes, end tags and text, in document order. Comments, doctypes and other {@code <!...>}
 * or {@code <?...>} are skipped; the content of script, style and the other raw text elements, and of title
 * and textarea, is not markup but the start tag's {@link #content()}. Tag and attribute names are lower-cased,
 * the first of duplicate attributes wins, and character references are decoded ({@link CharacterReferences})
 * where HTML decodes them. It keeps no tree, only the open elements of an inline svg, because inside svg the
 * tokenizer follows other rules: {@code <x/>} closes an element, and title or style are not RCDATA or raw text.
 *
 * <p>It reads the page as UTF-8 bytes, as it is rendered and written. Every character that matters to the
 * tokenizer is ASCII, and in UTF-8 an ASCII byte only ever encodes that character, so the bytes of other
 * characters are text like any other; text and values are decoded from UTF-8 when they are asked for.
 */
final class HtmlScanner {
    enum Token {
        START_TAG,
        END_TAG,
        TEXT,
        END
    }

    /** How the content of an HTML element is read. */
    private enum Content {
        MARKUP,
        RAW_TEXT,
        RCDATA
    }

    /** Elements that never have content, so never an end tag. */
    private static final Set<String> VOID = Set.of(
            "area",
            "base",
            "basefont",
            "bgsound",
            "br",
            "col",
            "embed",
            "frame",
            "hr",
            "img",
            "input",
            "keygen",
            "link",
            "meta",
            "param",
            "source",
            "track",
            "wbr");

    // What an ASCII character is to the tokenizer: bits of CHARACTER_KINDS.
    private static final byte WHITESPACE = 1;
    private static final byte ENDS_TAG_NAME = 2;
    private static final byte ENDS_ATTRIBUTE_NAME = 4;
    private static final byte ENDS_UNQUOTED_VALUE = 8;
    private static final byte[] CHARACTER_KINDS = new byte[128];

    static {
        for (char c : " \t\n\f\r".toCharArray()) {
            CHARACTER_KINDS[c] = WHITESPACE | ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME | ENDS_UNQUOTED_VALUE;
        }
        CHARACTER_KINDS['/'] = ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME;
        CHARACTER_KINDS['>'] = ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME | ENDS_UNQUOTED_VALUE;
        CHARACTER_KINDS['='] = ENDS_ATTRIBUTE_NAME;
    }

    private final byte[] page;
    private int pos;

    // The current token.
    private String tagName;
    private boolean selfClosing;
    private int svgAncestors;
    private int attributeCount;
    /** Per attribute: start and end of its name, start and end of its value (start -1 when it has none). */
    private int[] attributes = new int[4 * 8];

    private int contentStart;
    private int contentEnd;
    /** Whether the text or content is read with its character references decoded. */
    private boolean decodeReferences;

    private final Names names = Names.forThisThread();
    /** The open elements of the outermost inline svg, itself first; empty outside svg. */
    private final List<String> svgElements = new ArrayList<>();

    /** A scanner of {@code page}, an HTML page in UTF-8. */
    HtmlScanner(byte[] page) {
        this.page = page;
    }

    /** Moves to the next token and returns its kind; {@link Token#END} at the end of the page. */
    Token next() {
        while (pos < page.length) {
            int markup = nextMarkup(pos);
            if (markup > pos) return textToken(pos, markup, true);
            byte c = page[pos + 1];
            if (c == '/') {
                if (isAsciiLetter(page[pos + 2])) return readEndTag();
                pos = page[pos + 2] == '>' ? pos + 3 : skipBogusComment(pos + 2); // </> is nothing
            } else if (c == '!') {
                if (startsWith("<!--", pos)) {
                    pos = skipComment(pos + 4);
                } else if (startsWith("<![CDATA[", pos) && !svgElements.isEmpty()) {
                    return cdata();
                } else {
                    pos = skipBogusComment(pos + 2);
                }
            } else if (c == '?') {
                pos = skipBogusComment(pos + 2);
            } else {
                return readStartTag();
            }
        }
        return Token.END;
    }

    /** The lower-case name of the current start or end tag. */
    String tagName() {
        return tagName;
    }

    /** How many elements of an inline svg contain the current start tag: 0 outside svg and for the outermost svg. */
    int svgAncestors() {
        return svgAncestors;
    }

    /** Whether the current start tag makes an element without content: void, or closed by {@code />} in svg. */
    boolean isEmptyElement() {
        return VOID.contains(tagName) || selfClosing && (svgAncestors > 0 || tagName.equals("svg"));
    }

    int attributeCount() {
        return attributeCount;
    }

    boolean hasAttr(String name) {
        return indexOf(name) >= 0;
    }

    /** The value of the current tag's attribute {@code name} (lower-case), decoded; "" when it has none. */
    String attr(String name) {
        int i = indexOf(name);
        return i < 0 ? "" : attributeValue(i);
    }

    /** The value of the i-th attribute, decoded. */
    String attributeValue(int i) {
        int start = attributes[4 * i + 2];
        return start < 0 ? "" : unescape(start, attributes[4 * i + 3], true);
    }

    /**
     * Whether the i-th attribute's decoded value starts with {@code prefix} (ASCII), without decoding when it
     * need not.
     */
    boolean attributeValueStartsWith(int i, String prefix) {
        int start = attributes[4 * i + 2];
        int end = attributes[4 * i + 3];
        if (start < 0) return prefix.isEmpty();
        // Decoding changes a value from its first '&' on: up to there, it can be read as written.
        for (int k = 0; k < prefix.length(); k++) {
            if (start + k == end) return false;
            byte c = page[start + k];
            if (c == '&') return attributeValue(i).startsWith(prefix);
            if (c != prefix.charAt(k)) return false;
        }
        return true;
    }

    /** A copy of the current start tag, to keep after the scanner has moved on. */
    StartTag startTag() {
        String[] attributeNames = new String[attributeCount];
        String[] values = new String[attributeCount];
        for (int i = 0; i < attributeCount; i++) {
            attributeNames[i] = name(attributes[4 * i], attributes[4 * i + 1]);
            values[i] = attributeValue(i);
        }
        return new StartTag(tagName, attributeNames, values);
    }

    /**
     * The content of the current start tag's raw text element (script, style) as written, or of its title or
     * textarea, decoded; "" for other elements.
     */
    String content() {
        return text();
    }

    /** The content of the current raw text element ({@code script}, {@code style}) as written, in UTF-8. */
    byte[] rawContent() {
        return Arrays.copyOfRange(page, contentStart, contentEnd);
    }

    /** The current text, decoded (a CDATA section's as written). */
    String text() {
        if (decodeReferences) return unescape(contentStart, contentEnd, false);
        return new String(page, contentStart, contentEnd - contentStart, StandardCharsets.UTF_8);
    }

    /** Whether the current text is only spaces, tabs and line breaks. */
    boolean isWhitespaceText() {
        for (int i = contentStart; i < contentEnd; i++) {
            if (!is(page[i], WHITESPACE)) return false;
        }
        return true;
    }

    // ---- tokens ----

    private Token textToken(int start, int end, boolean references) {
        contentStart = start;
        contentEnd = end;
        decodeReferences = references;
        pos = end;
        return Token.TEXT;
    }

    /** A CDATA section, which only svg has: text, without character references. */
    private Token cdata() {
        int start = pos + "<![CDATA[".length();
        int end = start;
        while (end < page.length && !startsWith("]]>", end)) end = find(']', end + 1);
        textToken(start, end, false);
        pos = Math.min(end + 3, page.length);
        return Token.TEXT;
    }

    private Token readStartTag() {
        int end = tag(pos + 1);
        if (end < 0) return dropUnfinishedTag();
        pos = end;
        svgAncestors = svgElements.size();
        boolean inSvg = svgAncestors > 0 || tagName.equals("svg");
        if (inSvg && !selfClosing) svgElements.add(tagName);
        // As the tree builder does: <image> is an old name of <img>, except in svg.
        if (!inSvg && tagName.equals("image")) tagName = "img";
        contentStart = contentEnd = pos;
        Content content = inSvg ? Content.MARKUP : contentOf(tagName);
        if (content != Content.MARKUP) {
            decodeReferences = content == Content.RCDATA;
            contentEnd = endTagOf(tagName, pos);
            pos = contentEnd;
        }
        return Token.START_TAG;
    }

    private static Content contentOf(String htmlElement) {
        return switch (htmlElement) {
            case "script", "style", "xmp", "iframe", "noembed", "noframes" -> Content.RAW_TEXT;
            case "title", "textarea" -> Content.RCDATA;
            default -> Content.MARKUP;
        };
    }

    private Token readEndTag() {
        int end = tag(pos + 2);
        if (end < 0) return dropUnfinishedTag();
        pos = end;
        // In svg an end tag closes the innermost open element of its name, and whatever that element holds.
        if (!svgElements.isEmpty()) {
            int open = svgElements.lastIndexOf(tagName);
            if (open >= 0) svgElements.subList(open, svgElements.size()).clear();
        }
        return Token.END_TAG;
    }

    /** A tag that the page ends inside of is no tag, and nothing follows it. */
    private Token dropUnfinishedTag() {
        pos = page.length;
        return Token.END;
    }

    /**
     * Reads the tag whose name starts at {@code start}: its name, attributes and {@code />}. Returns the index
     * after its {@code >}, or -1 when the page ends first.
     */
    private int tag(int start) {
        int p = skipUntil(ENDS_TAG_NAME, start);
        tagName = name(start, p);
        selfClosing = false;
        attributeCount = 0;
        while (true) {
            p = skipWhile(WHITESPACE, p);
            if (p >= page.length) return -1;
            byte c = page[p];
            if (c == '>') return p + 1;
            if (c == '/') {
                if (p + 1 < page.length && page[p + 1] == '>') {
                    selfClosing = true;
                    return p + 2;
                }
                p++;
                continue;
            }
            p = attribute(p);
            if (p < 0) return -1;
        }
    }

    /** Reads the attribute that starts at {@code start}; returns the index after it, or -1 at the end of the page. */
    private int attribute(int start) {
        int nameEnd = skipUntil(ENDS_ATTRIBUTE_NAME, start + 1); // the first character is part of the name, even '='
        int p = skipWhile(WHITESPACE, nameEnd);
        if (p >= page.length || page[p] != '=') {
            addAttribute(start, nameEnd, -1, -1);
            return p;
        }
        p = skipWhile(WHITESPACE, p + 1);
        if (p >= page.length) return -1;
        byte quote = page[p];
        if (quote == '"' || quote == '\'') {
            int close = find(quote, p + 1);
            if (close >= page.length) return -1;
            addAttribute(start, nameEnd, p + 1, close);
            return close + 1;
        }
        int valueEnd = skipUntil(ENDS_UNQUOTED_VALUE, p);
        addAttribute(start, nameEnd, p, valueEnd);
        return valueEnd;
    }

    private void addAttribute(int nameStart, int nameEnd, int valueStart, int valueEnd) {
        for (int i = 0; i < attributeCount; i++) {
            if (sameName(i, nameStart, nameEnd)) return; // the first of duplicate attributes wins
        }
        if (attributes.length < 4 * (attributeCount + 1)) attributes = Arrays.copyOf(attributes, 2 * attributes.length);
        int at = 4 * attributeCount++;
        attributes[at] = nameStart;
        attributes[at + 1] = nameEnd;
        attributes[at + 2] = valueStart;
        attributes[at + 3] = valueEnd;
    }

    private int indexOf(String lowerCaseName) {
        for (int i = 0; i < attributeCount; i++) {
            int start = attributes[4 * i];
            if (attributes[4 * i + 1] - start == lowerCaseName.length()
                    && equalsIgnoreAsciiCase(start, lowerCaseName)) {
                return i;
            }
        }
        return -1;
    }

    private boolean sameName(int i, int nameStart, int nameEnd) {
        int start = attributes[4 * i];
        int length = attributes[4 * i + 1] - start;
        if (length != nameEnd - nameStart) return false;
        for (int k = 0; k < length; k++) {
            if (toLowerAscii(page[start + k]) != toLowerAscii(page[nameStart + k])) return false;
        }
        return true;
    }

    // ---- skipping ----

    /**
     * The index of the next '<' from {@code from} that starts a tag, comment or declaration, or the end of the
     * page; any other '<' is text.
     */
    private int nextMarkup(int from) {
        for (int p = find('<', from); p + 1 < page.length; p = find('<', p + 1)) {
            byte c = page[p + 1];
            if (isAsciiLetter(c) || c == '!' || c == '?' || c == '/' && p + 2 < page.length) return p;
        }
        return page.length;
    }

    /** Skips a comment whose text starts at {@code start}: it ends at -->, --!>, or at once with <!--> or <!--->. */
    private int skipComment(int start) {
        for (int p = find('-', start - 2); p < page.length; p = find('-', p + 1)) {
            if (startsWith("-->", p)) return p + 3;
            if (startsWith("--!>", p)) return p + 4;
        }
        return page.length;
    }

    /** Skips a doctype, processing instruction or other bogus comment: up to the next '>'. */
    private int skipBogusComment(int start) {
        return Math.min(find('>', start) + 1, page.length);
    }

    /** The index of the end tag {@code </name} that ends a raw text or RCDATA element, or the end of the page. */
    private int endTagOf(String name, int from) {
        for (int p = find('<', from); p < page.length; p = find('<', p + 1)) {
            int after = p + 2 + name.length();
            if (after < page.length
                    && page[p + 1] == '/'
                    && equalsIgnoreAsciiCase(p + 2, name)
                    && is(page[after], ENDS_TAG_NAME)) {
                return p;
            }
        }
        return page.length;
    }

    /** The index of the next {@code c} (ASCII) from {@code from}, or the end of the page. */
    private int find(int c, int from) {
        byte[] page = this.page; // a local, which C1 (unlike C2) would not make of the field in a loop
        int p = from;
        while (p < page.length && page[p] != c) p++;
        return p;
    }

    /** The index of the first character from {@code from} that is not of {@code kind}, or the end of the page. */
    private int skipWhile(byte kind, int from) {
        byte[] page = this.page;
        int p = from;
        while (p < page.length && is(page[p], kind)) p++;
        return p;
    }

    /** The index of the first character from {@code from} that is of {@code kind}, or the end of the page. */
    private int skipUntil(byte kind, int from) {
        byte[] page = this.page;
        int p = from;
        while (p < page.length && !is(page[p], kind)) p++;
        return p;
    }

    private boolean startsWith(String s, int at) {
        if (at + s.length() > page.length) return false;
        for (int k = 0; k < s.length(); k++) {
            if (page[at + k] != s.charAt(k)) return false;
        }
        return true;
    }

    // ---- characters ----

    /** The text from {@code start} to {@code end} with its character references decoded. */
    private String unescape(int start, int end, boolean inAttribute) {
        return CharacterReferences.decode(new String(page, start, end - start, StandardCharsets.UTF_8), inAttribute);
    }

    /** The lower-case name from {@code start} to {@code end}: the same String each time a page has it. */
    private String name(int start, int end) {
        return names.of(page, start, end);
    }

    /** Whether the page at {@code start} has {@code lowerCaseName}, ignoring ASCII case as HTML names do. */
    private boolean equalsIgnoreAsciiCase(int start, String lowerCaseName) {
        if (start + lowerCaseName.length() > page.length) return false;
        for (int k = 0; k < lowerCaseName.length(); k++) {
            if (toLowerAscii(page[start + k]) != lowerCaseName.charAt(k)) return false;
        }
        return true;
    }

    static byte toLowerAscii(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c;
    }

    private static boolean isAsciiLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** HTML's whitespace: space, tab, line feed, form feed, carriage return. */
    static boolean isWhitespace(char c) {
        return c < CHARACTER_KINDS.length && (CHARACTER_KINDS[c] & WHITESPACE) != 0;
    }

    /** Whether the byte is an ASCII character of {@code kind}; the bytes of other characters are negative. */
    private static boolean is(byte c, byte kind) {
        return c >= 0 && (CHARACTER_KINDS[c] & kind) != 0;
    }
}
