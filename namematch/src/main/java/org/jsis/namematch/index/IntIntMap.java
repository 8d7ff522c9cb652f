package org.jsis.namematch.index;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative int keys to int values, for per-query bookkeeping
 * (name id to the bit set of matched query tokens). Not thread-safe.
 */
final class IntIntMap {

    private static final int EMPTY = -1;

    private int[] keys;
    private int[] values;
    private int size;
    private int mask;

    IntIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
        mask = capacity - 1;
    }

    /** ORs the bits into the key's value (0 when absent). */
    void or(int key, int bits) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            values[i] = bits;
            if (++size * 2 > keys.length) {
                grow();
            }
        } else {
            values[i] |= bits;
        }
    }

    int get(int key) {
        int i = slot(key);
        return keys[i] == EMPTY ? 0 : values[i];
    }

    int size() {
        return size;
    }

    /** Calls the visitor for every entry. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], values[i]);
            }
        }
    }

    @FunctionalInterface
    interface Visitor {
        void visit(int key, int value);
    }

    private int slot(int key) {
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                or(oldKeys[i], oldValues[i]);
            }
        }
    }
}
