package org.jsis.namematch.index;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Which vocabulary entries one token lookup has already seen: one stamp per entry, so that marking
 * and testing are an array access each, and starting a new lookup is a new stamp rather than a
 * cleared table. A lookup in a vocabulary of millions of words visits tens of thousands of entries,
 * where a hash set spent most of its time growing and probing. Instances are pooled per index, one
 * per concurrent lookup; not thread-safe themselves.
 */
final class VocabularyMarks {

    private short[] stamps = new short[0];
    private short stamp;

    /** Starts a lookup over a vocabulary of {@code size} entries: nothing is marked. */
    void reset(int size) {
        if (stamps.length < size) {
            stamps = new short[Math.max(size, stamps.length + stamps.length / 2)];
            stamp = 0;
        }
        if (++stamp == 0) {
            Arrays.fill(stamps, (short) 0);
            stamp = 1;
        }
    }

    /** Marks the entry; true when it was not marked yet in this lookup. */
    boolean mark(int vocab) {
        if (stamps[vocab] == stamp) {
            return false;
        }
        stamps[vocab] = stamp;
        return true;
    }

    /** A pool of marks, so that concurrent lookups never share one and a lookup allocates none. */
    static final class Pool {
        private final ConcurrentLinkedQueue<VocabularyMarks> free = new ConcurrentLinkedQueue<>();

        VocabularyMarks take(int size) {
            VocabularyMarks m = free.poll();
            if (m == null) {
                m = new VocabularyMarks();
            }
            m.reset(size);
            return m;
        }

        void give(VocabularyMarks m) {
            free.offer(m);
        }
    }
}
