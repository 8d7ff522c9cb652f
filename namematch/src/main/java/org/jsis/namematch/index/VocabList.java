package org.jsis.namematch.index;

import java.util.Arrays;

/**
 * A list of vocabulary entries under one look-up key (a skeleton, a stem skeleton, a word class or
 * a vowel key) that keeps beside each entry the two facts a word look-up reads for every entry it
 * gathers: the length of the entry's key (the fuzzy tiers skip entries more than 3 letters longer
 * or shorter than the token's) and the bigram set of that key (by which {@code Engine.closest}
 * ranks the gathered entries). Read from per-entry arrays of a vocabulary of millions of words,
 * both were a cache miss for nearly every gathered entry (tens of thousands per query on the
 * invented register); here they are read in the order the list is read. The facts never change
 * (an entry's key is fixed when it enters the vocabulary, and entries are only ever added), so the
 * copies stay true. Not thread-safe (written under the index's write lock).
 */
final class VocabList {

    /** The stored length that means "this long or longer": the caller reads the real length. */
    static final int LONG_KEY = 127;

    private int[] entries;
    private long[] grams;
    private byte[] lengths;
    private int size;

    VocabList(int capacity) {
        int c = Math.max(1, capacity);
        entries = new int[c];
        grams = new long[c];
        lengths = new byte[c];
    }

    /** Adds an entry with its key's length and bigram set. */
    void add(int entry, int keyLength, long keyGrams) {
        if (size == entries.length) {
            int c = size + (size >> 1) + 2;
            entries = Arrays.copyOf(entries, c);
            grams = Arrays.copyOf(grams, c);
            lengths = Arrays.copyOf(lengths, c);
        }
        entries[size] = entry;
        grams[size] = keyGrams;
        lengths[size] = (byte) Math.min(LONG_KEY, Math.max(0, keyLength));
        size++;
    }

    int size() {
        return size;
    }

    /** The entries, in the order added; only the first {@link #size()} are meaningful. */
    int[] entries() {
        return entries;
    }

    /** Beside {@link #entries()}: each entry's key bigram set. */
    long[] grams() {
        return grams;
    }

    /**
     * Beside {@link #entries()}: each entry's key length, or {@link #LONG_KEY} for a key of that
     * length or longer (whose real length the caller reads).
     */
    byte[] lengths() {
        return lengths;
    }
}
