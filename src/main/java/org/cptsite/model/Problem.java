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

    /**
     * The first three of {@code names} for a message, the rest counted: "CNAME", "CNAME and notes",
     * "/cpt/0042T/, /cpt/27445/, /cpt/77014/ and 12 more".
     */
    public static String examples(java.util.List<String> names) {
        if (names.size() <= 1) return String.join("", names);
        if (names.size() <= 3) {
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        return String.join(", ", names.subList(0, 3))
                + String.format(java.util.Locale.US, " and %,d more", names.size() - 3);
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
