package org.cptsite.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A thread-safe, bounded collection of problems found while loading, rendering or checking. */
public final class Problems {
    /** Past this many errors the rest are counted, not kept: the first ones are what a user fixes first. */
    static final int MAX_KEPT = 200;

    private final List<Problem> kept = new ArrayList<>();
    private int errors;
    private int warnings;

    public synchronized void add(Problem p) {
        if (p.isError()) errors++;
        else warnings++;
        if (kept.size() < MAX_KEPT) kept.add(p);
    }

    public void error(String file, int line, String message, String fix) {
        add(Problem.error(file, line, message, fix));
    }

    public void warning(String file, int line, String message, String fix) {
        add(Problem.warning(file, line, message, fix));
    }

    public synchronized void addAll(Problems other) {
        other.all().forEach(this::add);
        // Count what the other collection dropped beyond its own bound.
        errors += other.errors - other.all().stream().filter(Problem::isError).count();
        warnings +=
                other.warnings - other.all().stream().filter(p -> !p.isError()).count();
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized int errorCount() {
        return errors;
    }

    public synchronized int warningCount() {
        return warnings;
    }

    /** The kept problems, errors first, then by file and line, so reports read the same every run. */
    public synchronized List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing(Problem::severity)
                .thenComparing(Problem::file)
                .thenComparingInt(Problem::line)
                .thenComparing(Problem::message));
        return sorted;
    }

    public synchronized int dropped() {
        return errors + warnings - kept.size();
    }
}
