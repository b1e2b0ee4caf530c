package org.cptsite.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.function.BooleanSupplier;

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
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (causedBy(e)) exit(System.err);
            // A bug: its stack trace, as Java prints it. Not through the thread's group, which would call this
            // handler again.
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace(System.err);
        });
    }

    /**
     * Whether {@code e} is a full heap, or an error it caused: the heap can fill while a class is initialised or
     * a lambda linked, and then the error thrown is another, with the OutOfMemoryError as its cause; a later use
     * of that class throws a NoClassDefFoundError whose cause only names it ("Exception
     * java.lang.OutOfMemoryError: Java heap space [in thread ...]").
     */
    static boolean causedBy(Throwable e) {
        return causedBy(e, OutOfMemory::heapWasFull);
    }

    /**
     * As {@link #causedBy(Throwable)}, with {@code heapWasFull} for a class that failed to initialise on another
     * thread, whose NoClassDefFoundError names no cause at all: a class initialiser of cptsite fails only when
     * the heap is full, or for a bug, and the heap tells which.
     */
    static boolean causedBy(Throwable e, BooleanSupplier heapWasFull) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (t instanceof OutOfMemoryError
                    || t instanceof LinkageError && text.contains(OutOfMemoryError.class.getName())) {
                return true;
            }
            if (t instanceof NoClassDefFoundError
                    && t.getCause() == null
                    && text.startsWith("Could not initialize class")
                    && heapWasFull.getAsBoolean()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a pool of the heap was still nearly full after its last collection. */
    private static boolean heapWasFull() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            if (pool.getType() != MemoryType.HEAP || afterCollection == null || afterCollection.getMax() <= 0) {
                continue;
            }
            if (afterCollection.getUsed() >= afterCollection.getMax() * 0.9) return true;
        }
        return false;
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
