package org.jsis.namematch.index;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What one token lookup reuses from the last: which vocabulary entries it has already seen (one stamp
 * per entry, so that marking and testing are an array access each, and a new lookup is a new stamp
 * rather than a cleared table), the lists of the entries it found and their closeness scores. A lookup in a vocabulary of
 * millions of words visits tens of thousands of entries, where a hash set spent most of its time
 * growing and probing and the lists most of theirs being copied. Instances are pooled per index, one
 * per concurrent lookup; not thread-safe themselves.
 */
final class LookupScratch {

    /** The entries found, in the order found. */
    final IntList found = new IntList(1024);
    /** Beside {@link #found}, for split lookups: which half of the token found the entry. */
    final IntList foundHalf = new IntList(1024);

    private byte[] scores = new byte[1024];
    private short[] stamps = new short[0];
    private short stamp;

    /** Starts a lookup over a vocabulary of {@code size} entries: nothing is marked or found. */
    private void reset(int size) {
        found.clear();
        foundHalf.clear();
        if (stamps.length < size) {
            stamps = new short[Math.max(size, stamps.length + stamps.length / 2)];
            stamp = 0;
        }
        if (++stamp == 0) {
            Arrays.fill(stamps, (short) 0);
            stamp = 1;
        }
    }

    /** Room for one small score (0 to 100) per found entry, left over from the last use. */
    byte[] scores(int count) {
        if (scores.length < count) {
            scores = new byte[Math.max(count, scores.length + scores.length / 2)];
        }
        return scores;
    }

    /** Marks the entry; true when it was not marked yet in this lookup. */
    boolean mark(int vocab) {
        if (stamps[vocab] == stamp) {
            return false;
        }
        stamps[vocab] = stamp;
        return true;
    }

    /** A pool of scratch space, so that concurrent lookups never share one and a lookup allocates none. */
    static final class Pool {
        private final ConcurrentLinkedQueue<LookupScratch> free = new ConcurrentLinkedQueue<>();

        LookupScratch take(int vocabularySize) {
            LookupScratch s = free.poll();
            if (s == null) {
                s = new LookupScratch();
            }
            s.reset(vocabularySize);
            return s;
        }

        void give(LookupScratch s) {
            free.offer(s);
        }
    }
}
