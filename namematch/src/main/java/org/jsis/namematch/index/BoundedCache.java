package org.jsis.namematch.index;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A thread-safe cache bounded by the total weight of its values (an estimate of their bytes), not by
 * their count: a value's weight is fixed when it is stored. The keys are spread over segments by
 * hash; each segment is a least-recently-used list under its own lock that evicts its oldest entries,
 * one at a time, once its share of the budget is exceeded. Evicting gradually keeps the garbage of
 * one eviction small (a cache that is emptied all at once frees its whole content in one go, which
 * the collector then has to trace and copy out of the old generation), and bounding by weight keeps
 * a cache of values of very different sizes (one look-alike or a thousand) at a known size. A value
 * heavier than a segment's share is not stored.
 */
final class BoundedCache<K, V> {

    private static final int SEGMENTS = 16;

    private final Segment<K, V>[] segments;
    private final ToLongFunction<V> weigher;

    /**
     * @param budget the most weight the cache holds in all (0: nothing is stored)
     * @param weigher a value's weight (with its key's share), at least 1
     */
    @SuppressWarnings("unchecked")
    BoundedCache(long budget, ToLongFunction<V> weigher) {
        this.weigher = weigher;
        this.segments = new Segment[SEGMENTS];
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment<>(budget / SEGMENTS);
        }
    }

    private Segment<K, V> segment(Object key) {
        int h = key.hashCode() * 0x9E3779B9;
        return segments[h >>> 28];
    }

    /** The value stored for the key, or null; a hit makes the entry the segment's most recent. */
    @Nullable
    V get(K key) {
        Segment<K, V> s = segment(key);
        synchronized (s) {
            Weighted<V> w = s.map.get(key);
            return w == null ? null : w.value;
        }
    }

    /** Stores the value (replacing any for the key), then evicts the segment's oldest entries over its share. */
    void put(K key, V value) {
        long weight = Math.max(1, weigher.applyAsLong(value));
        Segment<K, V> s = segment(key);
        synchronized (s) {
            Weighted<V> old = s.map.remove(key);
            if (old != null) {
                s.weight -= old.weight;
            }
            if (weight > s.budget) {
                return;
            }
            s.map.put(key, new Weighted<>(value, weight));
            s.weight += weight;
            Iterator<Weighted<V>> oldest = s.map.values().iterator();
            while (s.weight > s.budget && oldest.hasNext()) {
                s.weight -= oldest.next().weight;
                oldest.remove();
            }
        }
    }

    /** The weight of all stored values. */
    long weight() {
        long total = 0;
        for (Segment<K, V> s : segments) {
            synchronized (s) {
                total += s.weight;
            }
        }
        return total;
    }

    /** The number of stored values. */
    int size() {
        int total = 0;
        for (Segment<K, V> s : segments) {
            synchronized (s) {
                total += s.map.size();
            }
        }
        return total;
    }

    private record Weighted<V>(V value, long weight) {}

    private static final class Segment<K, V> {
        final long budget;
        final Map<K, Weighted<V>> map = new LinkedHashMap<>(64, 0.75f, true);
        long weight;

        Segment(long budget) {
            this.budget = budget;
        }
    }
}
