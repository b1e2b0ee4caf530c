package org.cptsite.cli;

/** Exit statuses, fixed numbers (not enum ordinals) so scripts can rely on them. */
public final class ExitCode {
    public static final int OK = 0;
    /** The inputs have problems; nothing was written. */
    public static final int PROBLEMS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;

    private ExitCode() {}
}
