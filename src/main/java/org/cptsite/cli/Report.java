package org.cptsite.cli;

import java.io.PrintWriter;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;

/** Prints problems as {@code file:line: error: message} with the fix below, then a count. */
final class Report {
    private Report() {}

    static void problems(Problems problems, PrintWriter err) {
        for (Problem p : problems.all()) err.println(p.format());
        if (problems.dropped() > 0) err.println("... and " + problems.dropped() + " more");
        if (problems.hasErrors()) {
            err.println(problems.errorCount() + " error(s), " + problems.warningCount()
                    + " warning(s); nothing was written, the previous site is unchanged");
        }
        err.flush();
    }
}
