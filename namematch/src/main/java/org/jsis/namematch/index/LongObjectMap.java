package org.jsis.namematch.index;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An open-addressing map from long keys to values (null values allowed, told apart from absent
 * ones), for per-query caches without boxing. Not thread-safe.
 */
final class LongObjectMap<V> {

    private static final Object NULL = new Object();

    private long[] keys;
    private @Nullable Object[] values;
    private int size;
    private int mask;

    LongObjectMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
    }

    boolean containsKey(long key) {
        return values[slot(key)] != null;
    }

    /** The value, or null when absent or stored as null. */
    @SuppressWarnings("unchecked")
    @Nullable
    V get(long key) {
        Object v = values[slot(key)];
        return v == NULL ? null : (V) v;
    }

    void put(long key, @Nullable V value) {
        int i = slot(key);
        if (values[i] == null) {
            keys[i] = key;
            size++;
        }
        values[i] = value == null ? NULL : value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                int j = slot(oldKeys[i]);
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
        Arrays.fill(oldValues, null);
    }
}
