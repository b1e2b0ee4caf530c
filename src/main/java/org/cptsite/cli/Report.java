package org.cptsite.cli;

import java.io.PrintWriter;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;

/** Prints problems as {@code file:line: error: message} with the fix below, then a count. */
final class Report {
    private Report() {}

    /** For the commands that work on the site: after an error, the site is as it was. */
    static void problems(Problems problems, PrintWriter err) {
        problems(problems, err, "; nothing was written, the previous site is unchanged");
    }

    /**
     * For a command about one code ({@code show}): its errors in full, but the site's warnings (a long title in
     * another code's file) only counted, with where to see them, so that they do not bury the answer.
     */
    static void errorsAndWarningCount(Problems problems, PrintWriter err) {
        for (Problem p : problems.all()) if (p.isError()) err.println(p.format());
        if (problems.hasErrors()) err.println(problems.errorCount() + " error(s)");
        int warnings = problems.warningCount();
        if (warnings > 0) err.println(warnings + " warning(s) about the site; cptsite check lists them");
        err.flush();
    }

    /** For a command that has no site ({@code diff}): the count, and what the command did not do. */
    static void problems(Problems problems, PrintWriter err, String outcome) {
        for (Problem p : problems.all()) err.println(p.format());
        if (problems.dropped() > 0) err.println("... and " + problems.dropped() + " more");
        if (problems.hasErrors()) {
            err.println(problems.errorCount() + " error(s), " + problems.warningCount() + " warning(s)" + outcome);
        }
        err.flush();
    }
}
