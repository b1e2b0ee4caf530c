package org.cptsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a task for every item on all cores, each thread taking the next item as it finishes one, so that the
 * threads finish together. A parallel stream hands each thread runs of thousands of items instead: on 2
 * cores the last run kept one core busy for a second while the other waited.
 */
public final class Parallel {
    private Parallel() {}

    /**
     * Runs {@code task} for each item, on this thread and the common pool's; after a failure the threads stop
     * after their current item, and once all have stopped the first failure is rethrown.
     */
    public static <T> void forEach(List<T> items, Consumer<? super T> task) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                try {
                    task.accept(items.get(i));
                } catch (RuntimeException | Error e) {
                    next.set(items.size()); // the others stop after their current item
                    throw e;
                }
            }
        };
        List<CompletableFuture<Void>> helpers = new ArrayList<>();
        for (int k = 0; k < ForkJoinPool.getCommonPoolParallelism(); k++) {
            helpers.add(CompletableFuture.runAsync(worker));
        }
        // Every thread has stopped before this returns or throws: a caller that cleans up after a failure (the
        // writer drops its staging folder) must not race a thread still writing its last item.
        Throwable first = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            first = e;
        }
        for (CompletableFuture<Void> helper : helpers) {
            try {
                join(helper);
            } catch (RuntimeException | Error e) {
                if (first == null) first = e;
            }
        }
        if (first instanceof RuntimeException r) throw r;
        if (first instanceof Error e) throw e;
    }

    /** The future's result; a failure is rethrown as it was thrown, not wrapped in a CompletionException. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
