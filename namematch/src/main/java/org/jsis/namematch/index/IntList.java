package org.jsis.namematch.index;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** A growable list of ints without boxing. Not thread-safe. */
final class IntList {

    private int[] data;
    private int size;

    IntList() {
        this(4);
    }

    IntList(int capacity) {
        data = new int[Math.max(1, capacity)];
    }

    void add(int value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size + (size >> 1) + 2);
        }
        data[size++] = value;
    }

    /** Adds the value unless it is already the last element. */
    void addIfNotLast(int value) {
        if (size == 0 || data[size - 1] != value) {
            add(value);
        }
    }

    int get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " of size " + size);
        }
        return data[i];
    }

    void set(int i, int value) {
        if (i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " of size " + size);
        }
        data[i] = value;
    }

    int size() {
        return size;
    }

    /** Empties the list, keeping its capacity. */
    void clear() {
        size = 0;
    }

    /** The backing array; only the first {@link #size()} elements are meaningful. */
    int[] array() {
        return data;
    }

    /** Removes every element the predicate accepts; returns how many. */
    int removeIf(IntPredicate remove) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!remove.test(data[i])) {
                data[kept++] = data[i];
            }
        }
        int removed = size - kept;
        size = kept;
        if (data.length > 16 && size < data.length / 4) {
            data = Arrays.copyOf(data, Math.max(4, size * 2));
        }
        return removed;
    }

    void trim() {
        if (data.length != size) {
            data = Arrays.copyOf(data, Math.max(1, size));
        }
    }
}
