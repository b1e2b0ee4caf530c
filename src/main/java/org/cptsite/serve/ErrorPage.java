package org.cptsite.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cptsite.model.Problem;

/** The page {@code serve} answers with when a page cannot be rendered: its problems, as escaped text. */
final class ErrorPage {
    private ErrorPage() {}

    /** While the inputs load for the first time: the page reloads by itself when they are ready. */
    static final byte[] LOADING = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<title>cptsite: loading</title>\n</head>\n<body>\n<h1>Loading the release and content</h1>\n"
                    + "<p>This page reloads by itself when the site is ready.</p>\n</body>\n</html>\n")
            .getBytes(StandardCharsets.UTF_8);

    static byte[] of(List<Problem> problems) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>cptsite: the page cannot be rendered</title>\n</head>\n<body>\n"
                + "<h1>The page cannot be rendered</h1>\n<pre>");
        for (Problem p : problems) html.append(escape(p.format())).append("\n\n");
        html.append("</pre>\n<p>Fix the inputs: this page reloads by itself.</p>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
