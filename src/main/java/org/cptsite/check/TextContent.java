package org.cptsite.check;

/**
 * The text of an element as jsoup's {@code Element.text()} gives it: its text pieces appended in order, runs
 * of whitespace (with the no-break space) made one space, zero-width spaces and soft hyphens dropped, trimmed.
 */
final class TextContent {
    private final StringBuilder text = new StringBuilder();

    void append(String piece) {
        int kept = 0; // where the run of characters kept as they are starts
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            boolean white = c == '\u00a0' || HtmlScanner.isWhitespace(c);
            if (white || c == '\u200b' || c == '\u00ad') {
                text.append(piece, kept, i);
                if (white) lineBreak();
                kept = i + 1;
            }
        }
        text.append(piece, kept, piece.length());
    }

    /** A line break, or other whitespace, between two words: they read as two, with one space. */
    void lineBreak() {
        if (text.length() == 0 || text.charAt(text.length() - 1) != ' ') text.append(' ');
    }

    @Override
    public String toString() {
        return text.toString().trim();
    }
}
