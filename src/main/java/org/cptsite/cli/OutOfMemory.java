package org.cptsite.cli;

import java.io.PrintStream;

/**
 * A full Java heap, said as an input problem: the heap's size and how to start cptsite with a larger one, and
 * exit status 1. Without this, the user got a stack trace, and {@code serve}, whose server and watcher threads
 * outlive the main thread, never ended. The heap is full because of what cptsite was given to hold: every
 * release stays in memory while a command runs, about 7 MB each, and {@code serve} starts with 256 MB
 * ({@link Relaunch#SERVE_OPTIONS}).
 */
final class OutOfMemory {
    /** Made at start: once the heap is full, there may be no room to make it. */
    private static volatile String message = "";

    private OutOfMemory() {}

    /** Makes the message for this JVM's heap, and says it for a full heap on any thread. */
    static void install() {
        message = message(Runtime.getRuntime().maxMemory());
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) exit(System.err);
            else if (before != null) before.uncaughtException(thread, e);
            else thread.getThreadGroup().uncaughtException(thread, e); // a bug: its stack trace, as Java prints it
        });
    }

    /** The message, naming a heap of {@code maxBytes} and one twice as large to start with. */
    static String message(long maxBytes) {
        long mb = Math.max(1, maxBytes >> 20);
        long larger = Math.max(512, Math.round(mb * 2 / 256.0) * 256);
        return "cptsite: error: out of memory: the Java heap (" + mb + " MB) is full\n"
                + "  fix: every release given stays in memory while cptsite runs (about 7 MB each; serve starts"
                + " with 256 MB, enough for about 16): give fewer releases, or start Java with a larger heap,"
                + " e.g. java -Xmx" + larger + "m -jar cptsite.jar ...\n";
    }

    /** Says it and ends the JVM with status 1, whatever threads still run. */
    static void exit(PrintStream err) {
        err.print(message);
        err.flush();
        Runtime.getRuntime().halt(ExitCode.PROBLEMS);
    }
}
