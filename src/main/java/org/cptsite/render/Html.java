package org.cptsite.render;

/**
 * HTML written in Java for the few page parts that are not worth a template's lookups ({@link HistoryHtml}):
 * markup as given, text escaped exactly as Freemarker's HTML output format escapes it, so that a part moved
 * out of a template keeps its bytes.
 */
final class Html {
    private final StringBuilder out;

    Html(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Markup, as it is. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Text, for an element's content or a quoted attribute value: {@code < > & " '} escaped. */
    Html text(String text) {
        int i = 0;
        while (i < text.length() && escape(text.charAt(i)) == null) i++;
        // Most text has nothing to escape: one copy of the whole, not a char at a time.
        if (i == text.length()) {
            out.append(text);
            return this;
        }
        out.append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null) out.append(escape);
            else out.append(c);
        }
        return this;
    }

    private static String escape(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
