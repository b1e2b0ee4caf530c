package org.cptsite.render;

/**
 * Text from the CMS files or the content in a cell of the Markdown tables cptsite writes ({@code diff},
 * {@code coverage}), which owners paste into their own pages and tools: it reads as the text it is, never as
 * markup. A backslash goes before each character that Markdown (and the HTML it allows) would read as syntax: a
 * descriptor {@code <img onerror=...>} or {@code [x](javascript:...)} stays text, and {@code |} stays in its cell.
 * Figures, codes and most words have none of them, so the file stays readable as it is.
 */
public final class MarkdownCells {
    private MarkdownCells() {}

    private static final String ESCAPED = "\\`*[]<>|~!";

    public static String text(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r'; // would end the table row
            if (lineBreak || ESCAPED.indexOf(c) >= 0 || c == '_' && !insideWord(s, i) || c == '&' && reference(s, i)) {
                if (sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                if (lineBreak) sb.append(' ');
                else sb.append('\\').append(c);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** An "_" between letters or digits emphasises nothing: work_rvu stays as it is. */
    private static boolean insideWord(String s, int i) {
        return i > 0
                && i + 1 < s.length()
                && Character.isLetterOrDigit(s.charAt(i - 1))
                && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    /** Whether the "&" at {@code i} starts a character reference ("&lt;", "&#60;"); "I&D" does not. */
    private static boolean reference(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '#') j++;
        int name = j;
        while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++;
        return j > name && j < s.length() && s.charAt(j) == ';';
    }
}
