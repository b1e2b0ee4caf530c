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
        // Most text has nothing to escape: five scans of its bytes (String.indexOf) and one copy of the whole,
        // where a char-by-char test costs several calls a char in the C1 code a build runs.
        if (text.indexOf('<') < 0
                && text.indexOf('>') < 0
                && text.indexOf('&') < 0
                && text.indexOf('"') < 0
                && text.indexOf('\'') < 0) {
            out.append(text);
            return this;
        }
        for (int i = 0; i < text.length(); i++) {
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
