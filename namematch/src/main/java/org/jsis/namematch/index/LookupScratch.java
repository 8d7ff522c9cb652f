package org.jsis.namematch.index;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one token lookup reuses from the last: which vocabulary entries it has already seen (one bit
 * per entry, so that marking and testing are an array access each; a new lookup clears only the
 * bits it set, listed as it set them), the lists of the entries it found and their closeness scores.
 * A lookup in a vocabulary of millions of words visits tens of thousands of entries, where a hash
 * set spent most of its time growing and probing and the lists most of theirs being copied. One bit
 * per entry keeps a scratch at an eighth of a byte per vocabulary entry (about 0.5 MB for 4 million
 * words). Instances are pooled per index, one per concurrent lookup, and the pool keeps only a few
 * idle ones; not thread-safe themselves.
 */
final class LookupScratch {

    /** How many idle scratches a pool keeps: concurrent lookups beyond these allocate and drop their own. */
    static final int POOLED = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    /** The entries found, in the order found. */
    final IntList found = new IntList(1024);
    /** Beside {@link #found}, for split lookups: which half of the token found the entry. */
    final IntList foundHalf = new IntList(1024);
    /**
     * Beside {@link #found}: each found entry's key bigram set, copied from the list that found it,
     * so that ranking the found entries reads them in order (see {@link #found(int, long)}).
     */
    private long[] foundGrams = new long[1024];
    /** How many of the found entries the last lookup compared (for tests). */
    int compared;
    /** A sum of what a lookup read ahead, kept so that the reads are not left out as unused. */
    int readAhead;
    /** The entries marked in this lookup, whose bits the next one clears. */
    private final IntList marked = new IntList(1024);

    private byte[] scores = new byte[1024];
    private long[] seen = new long[0];

    /** Starts a lookup over a vocabulary of {@code size} entries: nothing is marked or found. */
    private void reset(int size) {
        found.clear();
        foundHalf.clear();
        compared = 0;
        int words = (size + 63) >>> 6;
        if (seen.length < words) {
            seen = new long[Math.max(words, seen.length + seen.length / 2)];
        } else if (marked.size() > seen.length) {
            Arrays.fill(seen, 0L);
        } else {
            int[] a = marked.array();
            for (int i = 0, n = marked.size(); i < n; i++) {
                seen[a[i] >>> 6] = 0;
            }
        }
        marked.clear();
    }

    /** Room for one small score (0 to 100) per found entry, left over from the last use. */
    byte[] scores(int count) {
        if (scores.length < count) {
            scores = new byte[Math.max(count, scores.length + scores.length / 2)];
        }
        return scores;
    }

    /** Adds an entry to {@link #found} with its key's bigram set. */
    void found(int vocab, long grams) {
        int i = found.size();
        found.add(vocab);
        if (i == foundGrams.length) {
            foundGrams = Arrays.copyOf(foundGrams, found.array().length);
        }
        foundGrams[i] = grams;
    }

    /** The key bigram set of the i-th found entry (added by {@link #found(int, long)}). */
    long foundGrams(int i) {
        if (i >= found.size()) {
            throw new IndexOutOfBoundsException("index " + i + " of size " + found.size());
        }
        return foundGrams[i];
    }

    /** Marks the entry; true when it was not marked yet in this lookup. */
    boolean mark(int vocab) {
        long bit = 1L << vocab;
        int word = vocab >>> 6;
        long w = seen[word];
        if ((w & bit) != 0) {
            return false;
        }
        seen[word] = w | bit;
        marked.add(vocab);
        return true;
    }

    /** A pool of scratch space, so that concurrent lookups never share one and a lookup allocates none. */
    static final class Pool {
        private final ConcurrentLinkedQueue<LookupScratch> free = new ConcurrentLinkedQueue<>();
        private final AtomicInteger idle = new AtomicInteger();

        LookupScratch take(int vocabularySize) {
            LookupScratch s = free.poll();
            if (s == null) {
                s = new LookupScratch();
            } else {
                idle.decrementAndGet();
            }
            s.reset(vocabularySize);
            return s;
        }

        void give(LookupScratch s) {
            if (idle.incrementAndGet() <= POOLED) {
                free.offer(s);
            } else {
                idle.decrementAndGet();
            }
        }
    }
}
