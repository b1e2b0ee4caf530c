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
 *
 * <p>A built-in that loops inside Freemarker's Java code ({@code (1..999999999)?join(",")}, a huge
 * {@code ?left_pad}, a catastrophic {@code ?matches}) enters no element, so the tracer never gets a say. A page
 * still running {@link #GRACE_MILLIS} after its limit is stopped from outside with {@link Thread#stop()}: the
 * only way the JVM offers to end a computation that does not cooperate. It is safe here because a page's
 * rendering shares nothing mutable but Freemarker's caches, which are concurrent maps. Where the JVM no longer
 * supports it (Java 20 and later), the page's problem is printed and the process ends with exit 1 instead:
 * nothing has been written yet, and an endless page must never hang a build.
 */
final class TemplateGuard {
    /** Macros calling themselves nest elements; this is far below what overflows a thread's stack. */
    static final int MAX_DEPTH = 1_000;
    /** How long a page past its limit may take to stop by itself before it is stopped from outside. */
    static final long GRACE_MILLIS = 1_000;

    private static final Set<Run> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Object WATCHDOG_LOCK = new Object();
    private static Thread watchdog;

    private TemplateGuard() {}

    /** Why a page was stopped, and where. */
    static final class Stopped extends RuntimeException {
        final String template;
        final int line;
        /** Stopped by the time limit (not by depth or memory): the template's other pages would be too. */
        final boolean timedOut;

        Stopped(String message, String template, int line, boolean timedOut) {
            super(message, null, false, false);
            this.template = template;
            this.line = line;
            this.timedOut = timedOut;
        }
    }

    /** One page being rendered: the tracer set on its environment. */
    static final class Run implements TemplateProcessingTracer {
        private final long deadline;
        private final long limitMillis;
        private final Thread thread = Thread.currentThread();
        private volatile boolean overrun;
        /** Set, under the run's lock, once the watchdog has stopped the thread from outside. */
        private boolean forced;

        private boolean ended;
        /** Set once the ThreadDeath has been seen, by the caller or wrapped by Freemarker. */
        private volatile boolean delivered;

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
                throw stopped(
                        e,
                        "template nests deeper than " + MAX_DEPTH + " elements (a macro that calls itself "
                                + "without end?)",
                        false);
            }
            if (overrun) {
                throw stopped(e, "template ran longer than " + seconds() + " for one page (a loop without end?)", true);
            }
        }

        @Override
        public void exitElement(Environment env, TracedElement e) {
            depth--;
        }

        /** The problem of a page stopped from outside, at the last element it entered. */
        Stopped forcedStop() {
            return stopped(
                    last,
                    "template ran longer than " + seconds() + " for one page inside a built-in (a "
                            + "?join, ?left_pad or ?matches over a huge sequence or string?)",
                    true);
        }

        /** The problem of a page that ran out of memory, at the last element it entered. */
        Stopped outOfMemory() {
            return stopped(
                    last,
                    "template needed more memory than the build has (a built-in making a huge "
                            + "sequence or string?)",
                    false);
        }

        synchronized boolean forced() {
            return forced;
        }

        /** The forced stop has landed: {@link #end} need not wait for it. */
        void delivered() {
            delivered = true;
            Thread.interrupted(); // Thread.stop also interrupts, which would stop the thread's next page
        }

        Stopped stackOverflow() {
            return stopped(
                    last, "template recursion overflowed the stack (a macro that calls itself without end?)", false);
        }

        private String seconds() {
            return duration(limitMillis);
        }

        private static Stopped stopped(TracedElement e, String message, boolean timedOut) {
            return new Stopped(
                    message,
                    e == null ? null : e.getTemplate().getSourceName(),
                    e == null ? 0 : e.getBeginLine(),
                    timedOut);
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

    /**
     * Stops watching a page. When the watchdog has stopped its thread, the ThreadDeath it sent may still be on
     * its way: wait here, where the caller catches it, so that it can never land in the caller's caller.
     */
    static void end(Run run) {
        RUNNING.remove(run);
        boolean forced;
        synchronized (run) {
            run.ended = true;
            forced = run.forced;
        }
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (forced && !run.delivered && System.nanoTime() - giveUp < 0) {
            Thread.onSpinWait(); // the pending ThreadDeath is thrown out of this loop
        }
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
                if (now - r.deadline > TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS)) stopFromOutside(r);
            }
        }
    }

    @SuppressWarnings("removal") // Thread.stop: see the class comment
    private static void stopFromOutside(Run r) {
        synchronized (r) {
            if (r.ended || r.forced) return;
            r.forced = true;
            try {
                r.thread.stop();
            } catch (UnsupportedOperationException e) {
                Stopped s = r.forcedStop();
                System.err.println((s.template == null ? "" : s.template + ":" + s.line + ": ") + "error: "
                        + s.getMessage() + "\n  fix: make the built-in work on less (this Java cannot stop it, so "
                        + "the build ends here; nothing was written)");
                Runtime.getRuntime().halt(1);
            }
        }
    }
}
