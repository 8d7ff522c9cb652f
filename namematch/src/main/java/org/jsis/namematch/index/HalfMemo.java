package org.jsis.namematch.index;

/**
 * What the split look-up's comparisons of one half of a query token (see {@code Engine.splitLookUp})
 * with vocabulary entries gave: for each entry compared, whether it came within the split similarity.
 * A half is a few letters (the syllables of invented words, Abdul- or -rahman in real names) that many
 * query tokens share, and the comparison depends only on the half's letters and the entry's form,
 * which a vocabulary id names for good (ids are never reused, forms never change): so an entry's
 * answer, once known, holds whatever is put into or removed from the index since. An entry the memo
 * does not hold (new to the vocabulary, or not compared with this half yet) is compared.
 *
 * <p>Immutable once made, so that concurrent look-ups read one without a lock; a look-up that
 * compared new entries makes a new memo with them ({@link #with}), and the last one stored wins
 * (another's additions are only compared again). An open-addressing table of ints: {@code (id + 1)
 * << 1}, with the low bit set where the entry matched; 0 marks a free slot.
 */
final class HalfMemo {

    /** The most entries a memo holds: a half that gathers more keeps the first ones known. */
    static final int MAX_ENTRIES = 1 << 13;

    static final HalfMemo EMPTY = new HalfMemo(new int[0], 0);

    /** {@link #get}: the entry is not in the memo. */
    static final int UNKNOWN = -1;

    private final int[] table;
    private final int size;

    private HalfMemo(int[] table, int size) {
        this.table = table;
        this.size = size;
    }

    /** How many entries the memo holds. */
    int size() {
        return size;
    }

    /** An estimate of the memo's bytes, for the cache's budget. */
    long bytes() {
        return 64 + 4L * table.length;
    }

    /** 1 when the entry matched the half, 0 when it did not, {@link #UNKNOWN} when it was not compared. */
    int get(int vocab) {
        int[] t = table;
        if (t.length == 0) {
            return UNKNOWN;
        }
        int mask = t.length - 1;
        int wanted = (vocab + 1) << 1;
        for (int slot = mix(vocab) & mask; ; slot = (slot + 1) & mask) {
            int e = t[slot];
            if (e == 0) {
                return UNKNOWN;
            }
            if ((e & ~1) == wanted) {
                return e & 1;
            }
        }
    }

    /**
     * This memo with the given answers added ({@code added} holds {@code (id + 1) << 1 | matched} per
     * entry, none of them in this memo), as far as {@link #MAX_ENTRIES} allows.
     */
    HalfMemo with(IntList added) {
        int n = Math.min(size + added.size(), MAX_ENTRIES);
        if (n == size) {
            return this;
        }
        int capacity = Integer.highestOneBit(Math.max(8, 2 * n - 1)) << 1;
        int[] t = new int[capacity];
        int count = 0;
        for (int e : table) {
            if (e != 0) {
                insert(t, e);
                count++;
            }
        }
        for (int i = 0; i < added.size() && count < n; i++) {
            insert(t, added.get(i));
            count++;
        }
        return new HalfMemo(t, count);
    }

    private static void insert(int[] t, int e) {
        int mask = t.length - 1;
        int slot = mix((e >>> 1) - 1) & mask;
        while (t[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        t[slot] = e;
    }

    private static int mix(int v) {
        int h = v * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
