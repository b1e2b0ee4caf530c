package org.cptsite.load;

import java.util.Locale;

/**
 * Characters that look like a space, or like nothing, and are not one: text pasted from a word processor or a
 * web page brings them ({@code "Clinical\u00A0context"}). YAML and the section headings read them as other
 * characters, so a message about them must name them, or the editor sees two identical texts.
 */
final class PastedSpaces {
    private PastedSpaces() {}

    /** Whether {@code c} is such a character. */
    static boolean is(char c) {
        return c == '\u00A0'
                || c >= '\u2000' && c <= '\u200B'
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000'
                || c == '\uFEFF';
    }

    /** {@code text} with each such character a plain space (the zero-width ones gone). */
    static String plain(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!is(c)) b.append(c);
            else if (c != '\u200B' && c != '\uFEFF') b.append(' ');
        }
        return b.toString();
    }

    /** The first such character of {@code text} named for a message ("a no-break space (U+00A0)"); null if none. */
    static String first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!is(c)) continue;
            String name =
                    switch (c) {
                        case '\u00A0', '\u202F' -> "a no-break space";
                        case '\u200B' -> "a zero-width space";
                        case '\uFEFF' -> "a zero-width no-break space";
                        default -> "a typographic space";
                    };
            return name + String.format(Locale.ROOT, " (U+%04X)", (int) c);
        }
        return null;
    }
}
