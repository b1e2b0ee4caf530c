package org.cptsite.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Bounds what one page's template may cost: a time limit and a nesting depth. Freemarker has no timeout and
 * does not check for interrupts, but it tells a {@link TemplateProcessingTracer} of every element it enters;
 * the tracer stops the page there, so the problem names the template line that was running. A single
 * watchdog thread marks the pages that overrun: the per-element cost is one volatile read and a counter.
 */
final class TemplateGuard {
    /** Macros calling themselves nest elements; this is far below what overflows a thread's stack. */
    static final int MAX_DEPTH = 1_000;
    private static final Set<Run> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Object WATCHDOG_LOCK = new Object();
    private static Thread watchdog;

    private TemplateGuard() {}

    /** Why a page was stopped, and where. */
    static final class Stopped extends RuntimeException {
        final String template;
        final int line;

        Stopped(String message, String template, int line) {
            super(message, null, false, false);
            this.template = template;
            this.line = line;
        }
    }

    /** One page being rendered: the tracer set on its environment. */
    static final class Run implements TemplateProcessingTracer {
        private final long deadline;
        private final long limitMillis;
        private volatile boolean overrun;
        private int depth;
        /** The element entered last, to name a line when the stack overflows before MAX_DEPTH. */
        private TracedElement last;

        private Run(long limitMillis) {
            this.limitMillis = limitMillis;
            this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        }

        @Override
        public void enterElement(Environment env, TracedElement e) {
            last = e;
            if (++depth > MAX_DEPTH) {
                throw stopped(e, "template nests deeper than " + MAX_DEPTH + " elements (a macro that calls itself "
                        + "without end?)");
            }
            if (overrun) throw stopped(e, "template ran longer than " + seconds() + " for one page (a loop without end?)");
        }

        @Override
        public void exitElement(Environment env, TracedElement e) {
            depth--;
        }

        Stopped stackOverflow() {
            return stopped(last, "template recursion overflowed the stack (a macro that calls itself without end?)");
        }

        private String seconds() {
            return duration(limitMillis);
        }

        private static Stopped stopped(TracedElement e, String message) {
            return new Stopped(message, e == null ? null : e.getTemplate().getSourceName(),
                    e == null ? 0 : e.getBeginLine());
        }
    }

    /** "10 s", or "500 ms" for a limit that is not whole seconds. */
    static String duration(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** Starts watching a page; call {@link #end} when it is done, whatever happened. */
    static Run start(long limitMillis) {
        Run run = new Run(limitMillis);
        RUNNING.add(run);
        ensureWatchdog();
        return run;
    }

    static void end(Run run) {
        RUNNING.remove(run);
    }

    private static void ensureWatchdog() {
        synchronized (WATCHDOG_LOCK) {
            if (watchdog != null) return;
            watchdog = new Thread(TemplateGuard::watch, "cptsite-template-watchdog");
            watchdog.setDaemon(true); // never keeps the JVM alive
            watchdog.start();
        }
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Run r : RUNNING) {
                if (now - r.deadline > 0) r.overrun = true;
            }
        }
    }
}
