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
        Parallel.forEach(items, i -> seen.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet());
        assertEquals(items.size(), seen.size());
        seen.forEach((item, times) -> assertEquals(1, times.get(), "item " + item));
    }

    @Test
    void aFailureIsRethrown() {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forEach(items, i -> {
            if (i == 500) throw new IllegalStateException("item 500");
        }));
        assertEquals("item 500", e.getMessage());
    }

    @Test
    void noItems() {
        Parallel.forEach(List.of(), i -> {
            throw new AssertionError("no item to run");
        });
    }
}
