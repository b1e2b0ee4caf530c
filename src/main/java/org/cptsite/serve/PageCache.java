package org.cptsite.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cptsite.model.Problem;

/**
 * Rendered pages and files by URL, least recently used dropped first past a budget of bytes: a page costs
 * a few milliseconds to render again, so the server need not hold the whole site (350 MB for the 2026
 * release) in memory. Rendering happens outside the lock, so two requests render in parallel.
 */
final class PageCache {
    /**
     * A rendered page: its bytes (null when it failed), sorted ids and problems, and the pages whose ids its
     * #anchor links were checked against: an edit of one of those may break (or mend) them.
     */
    record Page(byte[] html, String[] ids, List<Problem> problems, java.util.Set<String> anchorsOn) {
        long weight() {
            return 256 + (html == null ? 0 : html.length) + 64L * ids.length + 64L * anchorsOn.size();
        }
    }

    private final long budget;
    private long used;
    /** Goes up at each invalidation: a page rendered from inputs older than that is served once, not kept. */
    private long generation;

    private final LinkedHashMap<String, Object> entries = new LinkedHashMap<>(1024, 0.75f, true);

    PageCache(long budget) {
        this.budget = budget;
    }

    /**
     * The cached page, else {@code render} of the inputs {@code state} gives, read under the same lock as the
     * cache's generation: a reload swaps the inputs and invalidates under this lock too, so a page rendered
     * from inputs a reload has replaced is never kept.
     */
    <S> Page page(String url, Supplier<S> state, java.util.function.Function<S, Page> render) {
        long since;
        S inputs;
        synchronized (this) {
            if (entries.get(url) instanceof Page p) return p;
            since = generation;
            inputs = state.get();
        }
        Page page = render.apply(inputs);
        put(url, page, page.weight(), since);
        return page;
    }

    /** Runs {@code swap} under the cache's lock (see {@link #page}). */
    synchronized void swap(Runnable swap) {
        swap.run();
    }

    synchronized Page cachedPage(String url) {
        return entries.get(url) instanceof Page p ? p : null;
    }

    /** A file (JSON twin, asset) by its URL; null when {@code render} has none. */
    <S> byte[] file(String url, Supplier<S> state, java.util.function.Function<S, byte[]> render) {
        long since;
        S inputs;
        synchronized (this) {
            if (entries.get(url) instanceof byte[] b) return b;
            since = generation;
            inputs = state.get();
        }
        byte[] bytes = render.apply(inputs);
        if (bytes != null) put(url, bytes, 64 + bytes.length, since);
        return bytes;
    }

    private synchronized void put(String key, Object value, long weight, long since) {
        if (since != generation) return;
        Object old = entries.put(key, value);
        if (old != null) used -= weightOf(old);
        used += weight;
        var it = entries.entrySet().iterator();
        while (used > budget && it.hasNext()) {
            Map.Entry<String, Object> eldest = it.next();
            if (eldest.getKey().equals(key)) continue;
            used -= weightOf(eldest.getValue());
            it.remove();
        }
    }

    private static long weightOf(Object value) {
        return value instanceof Page p ? p.weight() : 64L + ((byte[]) value).length;
    }

    /** Drops the page or file at {@code url}, and the pages whose #anchor links lead to it. */
    synchronized void remove(String url) {
        Object old = entries.remove(url);
        if (old != null) used -= weightOf(old);
        var it = entries.values().iterator();
        while (it.hasNext()) {
            if (it.next() instanceof Page p && p.anchorsOn().contains(url)) {
                used -= p.weight();
                it.remove();
            }
        }
        generation++;
    }

    synchronized void clear() {
        entries.clear();
        used = 0;
        generation++;
    }

    synchronized int size() {
        return entries.size();
    }
}
