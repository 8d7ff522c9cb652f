package org.jsis.namematch.index;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Shape ids with a token signature alongside (that of the shape's other name tokens), so that
 * filtering a long posting list by signature reads memory in order instead of jumping to every
 * shape. Not thread-safe.
 */
final class PostingList {

    private int[] ids = new int[2];
    private long[] signatures = new long[2];
    private int size;

    /** Adds the name unless it is already the last one. */
    void add(int id, long signature) {
        if (size > 0 && ids[size - 1] == id) {
            return;
        }
        if (size == ids.length) {
            int capacity = size + (size >> 1) + 2;
            ids = Arrays.copyOf(ids, capacity);
            signatures = Arrays.copyOf(signatures, capacity);
        }
        ids[size] = id;
        signatures[size++] = signature;
    }

    int size() {
        return size;
    }

    int[] ids() {
        return ids;
    }

    long[] signatures() {
        return signatures;
    }

    /** Removes every name the predicate accepts. */
    void removeIf(IntPredicate remove) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!remove.test(ids[i])) {
                ids[kept] = ids[i];
                signatures[kept++] = signatures[i];
            }
        }
        size = kept;
    }
}
