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
 * a cache of values of very different sizes at a known size. A value heavier than a segment's share
 * is not stored. The engine keeps its query words' analyses here, each of weight 1 (its word
 * look-ups, which once were here too, are held as ints: {@link LookupCache}).
 *
 * <p>With admission ({@link #BoundedCache(long, ToLongFunction, int)}), a key is stored at its second
 * put, not its first: the first only notes the key's hash in a fixed table of ints. A server screening
 * passengers sees most spellings once; storing each made every screening leave objects behind in the
 * old generation, where the collector copied them first (they are allocated young and referenced from
 * the old cache), though most were never read again. The note is a plain int in an array allocated
 * once: writing it creates no object and marks no card for the collector. A key seen again is stored
 * at its second put; the cost is computing its value once more. The table forgets: a slot holds the
 * last hash noted there, so a key whose slot was taken by another since counts as new.
 */
final class BoundedCache<K, V> {

    private static final int SEGMENTS = 16;

    private final Segment<K, V>[] segments;
    private final ToLongFunction<V> weigher;
    /**
     * With admission: per slot, the hash code of the last key put there and not stored (0: none);
     * null without. Read and written under the key's segment's lock; two keys of different
     * segments on one slot can overwrite each other's note, which only delays one's storing.
     */
    private final int @Nullable [] seen;

    /**
     * @param budget the most weight the cache holds in all (0: nothing is stored)
     * @param weigher a value's weight (with its key's share), at least 1
     */
    BoundedCache(long budget, ToLongFunction<V> weigher) {
        this(budget, weigher, 0);
    }

    /**
     * @param budget the most weight the cache holds in all (0: nothing is stored)
     * @param weigher a value's weight (with its key's share), at least 1
     * @param admissionSlots with more than 0, a key is stored at its second put only, its first
     *     noted in a table of this many ints (rounded up to a power of two); 0: every put stores
     */
    @SuppressWarnings("unchecked")
    BoundedCache(long budget, ToLongFunction<V> weigher, int admissionSlots) {
        this.weigher = weigher;
        this.seen = admissionSlots > 0 ? new int[Integer.highestOneBit(Math.max(1, admissionSlots - 1)) << 1] : null;
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

    /**
     * Stores the value (replacing any for the key), then evicts the segment's oldest entries over its
     * share. With admission, a key not held is stored only if its hash was noted by an earlier put (and
     * is noted otherwise).
     */
    void put(K key, V value) {
        store(key, value, false);
    }

    /** Replaces the value of a key the cache holds; stores nothing for a key it does not hold. */
    void replace(K key, V value) {
        store(key, value, true);
    }

    private void store(K key, V value, boolean onlyIfHeld) {
        long weight = Math.max(1, weigher.applyAsLong(value));
        Segment<K, V> s = segment(key);
        synchronized (s) {
            Weighted<V> old = s.map.remove(key);
            if (old != null) {
                s.weight -= old.weight;
            } else if (onlyIfHeld || !admitted(key)) {
                return;
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

    /** Without admission true; with it, whether the key's hash was noted before (noting it if not). */
    private boolean admitted(K key) {
        int[] table = seen;
        if (table == null) {
            return true;
        }
        int h = key.hashCode();
        int note = h == 0 ? 1 : h;
        int mixed = (h ^ (h >>> 16)) * 0x85EBCA6B;
        mixed = (mixed ^ (mixed >>> 13)) * 0xC2B2AE35;
        int slot = (mixed ^ (mixed >>> 16)) & (table.length - 1);
        if (table[slot] == note) {
            table[slot] = 0;
            return true;
        }
        table[slot] = note;
        return false;
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
