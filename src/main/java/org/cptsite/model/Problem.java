package org.cptsite.model;

/**
 * Something wrong with an input: where it is, what it is and how to fix it.
 * Problems are data, collected and reported together; exceptions are kept for bugs.
 *
 * @param file the input file as the user named it, or "" when the problem has no file
 * @param line 1-based line number, or 0 when the problem is about the whole file
 */
public record Problem(Severity severity, String file, int line, String message, String fix) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static Problem error(String file, int line, String message, String fix) {
        return new Problem(Severity.ERROR, file, line, message, fix);
    }

    public static Problem warning(String file, int line, String message, String fix) {
        return new Problem(Severity.WARNING, file, line, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: error: message (fix)}, the form compilers use, so editors can jump to it. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (!file.isEmpty()) {
            sb.append(file);
            if (line > 0) sb.append(':').append(line);
            sb.append(": ");
        }
        sb.append(severity == Severity.ERROR ? "error: " : "warning: ").append(message);
        if (fix != null && !fix.isEmpty()) sb.append("\n  fix: ").append(fix);
        return sb.toString();
    }
}
