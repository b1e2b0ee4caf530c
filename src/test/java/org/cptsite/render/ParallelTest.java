package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void everyItemOnce() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        ConcurrentHashMap<Integer, AtomicInteger> seen = new ConcurrentHashMap<>();
        Parallel.forEach(
                items, i -> seen.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet());
        assertEquals(items.size(), seen.size());
        seen.forEach((item, times) -> assertEquals(1, times.get(), "item " + item));
    }

    @Test
    void aFailureIsRethrown() {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Parallel.forEach(items, i -> {
                    if (i == 500) throw new IllegalStateException("item 500");
                }));
        assertEquals("item 500", e.getMessage());
    }

    /** After a failure, no thread is still running an item: the caller may clean up what the items wrote. */
    @Test
    void aFailureIsRethrownOnlyOnceEveryThreadHasStopped() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        for (int round = 0; round < 5; round++) {
            assertThrows(
                    IllegalStateException.class,
                    () -> Parallel.forEach(List.of(0, 1, 2, 3), i -> {
                        if (i == 0) {
                            sleep(50); // while another thread takes the next item
                            throw new IllegalStateException("first item");
                        }
                        started.incrementAndGet();
                        sleep(100);
                        finished.incrementAndGet();
                    }));
            assertEquals(started.get(), finished.get(), "an item was still running when the failure came out");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void noItems() {
        Parallel.forEach(List.of(), i -> {
            throw new AssertionError("no item to run");
        });
    }
}
