package org.jsis.namematch.index;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative int keys to int values, for per-query bookkeeping
 * (name id to the bit set of matched query tokens). Each key sits beside its value in one array, so
 * that an update reads one place in memory (a common name's postings make tens of thousands of
 * updates per query, in a table too large for the nearest caches). Not thread-safe.
 */
final class IntIntMap {

    private static final int EMPTY = -1;

    /** Key at even positions, its value right after it. */
    private int[] table;

    private int size;
    /** The number of slots minus one (slots are pairs of ints). */
    private int mask;

    IntIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
        table = new int[2 * capacity];
        Arrays.fill(table, EMPTY);
        mask = capacity - 1;
    }

    /** ORs the bits into the key's value (0 when absent). */
    void or(int key, int bits) {
        int i = slot(key);
        if (table[i] == EMPTY) {
            table[i] = key;
            table[i + 1] = bits;
            if (++size * 2 > mask + 1) {
                grow();
            }
        } else {
            table[i + 1] |= bits;
        }
    }

    int get(int key) {
        int i = slot(key);
        return table[i] == EMPTY ? 0 : table[i + 1];
    }

    int size() {
        return size;
    }

    /** Calls the visitor for every entry. */
    void forEach(Visitor visitor) {
        int[] t = table;
        for (int i = 0; i < t.length; i += 2) {
            if (t[i] != EMPTY) {
                visitor.visit(t[i], t[i + 1]);
            }
        }
    }

    @FunctionalInterface
    interface Visitor {
        void visit(int key, int value);
    }

    /** The position in {@link #table} of the key, or of the empty slot where it would go. */
    private int slot(int key) {
        int[] t = table;
        int s = mix(key) & mask;
        while (t[2 * s] != EMPTY && t[2 * s] != key) {
            s = (s + 1) & mask;
        }
        return 2 * s;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        Arrays.fill(table, EMPTY);
        mask = table.length / 2 - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                or(old[i], old[i + 1]);
            }
        }
    }
}
