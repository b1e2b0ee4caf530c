package org.cptsite.check;

import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/** HTML's character references ({@code &amp;}, {@code &#39;}), decoded as a browser decodes them. */
final class CharacterReferences {
    private CharacterReferences() {}

    /**
     * {@code s} with its character references decoded, as in text or ({@code inAttribute}) an attribute value.
     * Pages have a few, well-formed ({@code &amp;}, {@code &times;}, {@code &#39;}): those are decoded here,
     * and a text with any other is left to jsoup, which follows HTML's rules for every case (a name without ';', a code point that
     * is not allowed...) but costs more.
     */
    static String decode(String s, boolean inAttribute) {
        int amp = s.indexOf('&');
        if (amp < 0) return s;
        StringBuilder decoded = new StringBuilder(s.length());
        int from = 0;
        for (; amp >= 0; amp = s.indexOf('&', from)) {
            int semicolon = s.indexOf(';', amp + 1);
            String character = semicolon < 0 ? null : plainReference(s, amp + 1, semicolon);
            if (character == null) return Parser.unescapeEntities(s, inAttribute);
            decoded.append(s, from, amp).append(character);
            from = semicolon + 1;
        }
        return decoded.append(s, from, s.length()).toString();
    }

    /**
     * The character of the reference between '&' and ';' at {@code from} and {@code to}: a known name, or a
     * number of a printable code point; null for anything else.
     */
    private static String plainReference(String s, int from, int to) {
        if (to - from < 1 || to - from > 32) return null;
        if (s.charAt(from) != '#') {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return null;
            }
            String character = Entities.getByName(s.substring(from, to));
            return character.isEmpty() ? null : character;
        }
        boolean hex = to - from > 1 && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X');
        int digits = from + (hex ? 2 : 1);
        if (to == digits || to - digits > 6) return null;
        int codePoint = 0;
        for (int i = digits; i < to; i++) {
            int digit = Character.digit(s.charAt(i), hex ? 16 : 10);
            if (digit < 0 || s.charAt(i) > 'f') return null;
            codePoint = codePoint * (hex ? 16 : 10) + digit;
        }
        // Controls, surrogates and what lies beyond Unicode are replaced or remapped by HTML's rules: jsoup's.
        boolean printable = codePoint >= 0x20 && codePoint < 0x7F
                || codePoint >= 0xA0 && codePoint < 0xD800
                || codePoint > 0xDFFF && codePoint <= 0x10FFFF;
        return printable ? new String(Character.toChars(codePoint)) : null;
    }
}
