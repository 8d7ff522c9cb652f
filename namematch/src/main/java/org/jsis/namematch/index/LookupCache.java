package org.jsis.namematch.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsis.namematch.score.TokenSimilarity;
import org.jsis.namematch.score.TokenSimilarity.Result;
import org.jspecify.annotations.Nullable;

/**
 * The word look-up cache, held in int arrays: a look-up (its key, the vocabulary size it was made
 * for, its look-alikes, their similarity results as indices into a table of distinct results, its
 * deferred look-alikes) is written as ints into a ring per segment, and found through a table of
 * key hashes and ring positions. Storing a look-up writes ints into arrays the cache already has, so
 * it creates no object: a server whose queries bring new words at every screening (most of a border
 * checkpoint's travellers) leaves nothing of them for its next young collection to copy into the old
 * generation, where a cache of objects left every look-up it stored (a map entry, the look-alikes'
 * arrays, the key), each one copied by the next pause. A hit is read out into new arrays, which die
 * young.
 *
 * <p>A ring is written in turn: a new look-up overwrites the oldest, and a look-up read from the
 * older half of its ring is written again at the head, so a word that keeps being asked for (a common
 * given name, an organisation's generic word) stays. The table is set-associative (eight slots per
 * bucket of a key's hash): a look-up whose bucket is full replaces the bucket's oldest. A key's
 * characters are stored with its look-up and compared on every hit, so two keys with one hash never
 * read each other's look-up. A ring is made of chunks of 1 MB, each allocated when the ring first
 * reaches it (or all at once, {@link #allocate}, as a large index does), and its table grows with
 * them, up to the budget; a look-up heavier than a quarter of a chunk is not stored. Thread-safe:
 * each segment has its own lock.
 */
final class LookupCache {

    private static final int SEGMENTS = 16;
    private static final int WAYS = 8;
    /** An entry's header: its length, its key's length, the vocabulary size, its three counts. */
    private static final int HEADER = 6;

    /**
     * The ints of a ring's chunk (1 MB): chunks are allocated as the ring first reaches them and kept,
     * so a growing ring copies nothing and leaves no garbage; small enough to be allocated young, with
     * the collector's cheapest copy (one array) when it is promoted.
     */
    private static final int CHUNK = 1 << 18;
    /**
     * Ring ints per table slot (a slot: 16 bytes, a quarter of its ints' bytes): a look-up of a dense
     * vocabulary takes hundreds, a real name's tens, so the ring, not the table, bounds what is kept.
     */
    private static final int INTS_PER_SLOT = 16;
    /** The most distinct similarity results the cache indexes; a look-up with another is not stored. */
    static final int MAX_RESULTS = 1 << 18;

    private final Segment @Nullable [] segments;
    private final Map<Result, Integer> resultIndex = new ConcurrentHashMap<>();
    private final Result[] results;
    private int resultCount;

    /** A cache whose rings hold at most {@code budget} bytes in all (0: nothing is stored). */
    LookupCache(long budget) {
        int ringInts = (int) Math.min(Integer.MAX_VALUE - 8, budget / 4 / SEGMENTS);
        if (ringInts < HEADER + 2) {
            segments = null;
            results = new Result[0];
            return;
        }
        segments = new Segment[SEGMENTS];
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment(ringInts);
        }
        results = new Result[MAX_RESULTS];
    }

    /**
     * Allocates every chunk of every ring (and the tables for them) now, rather than as the rings
     * first reach them.
     */
    void allocate() {
        if (segments != null) {
            for (Segment s : segments) {
                synchronized (s) {
                    s.allocateAll();
                }
            }
        }
    }

    /** The look-up stored for the key, read out into new arrays, or null. */
    Engine.@Nullable TokenMatches get(String key) {
        if (segments == null) {
            return null;
        }
        long hash = hash(key);
        Segment s = segments[(int) (hash >>> 60)];
        synchronized (s) {
            int slot = s.find(hash, key);
            if (slot < 0) {
                return null;
            }
            long position = s.positions[slot] - 1;
            int at = s.offset(position);
            int[] ring = s.chunk(position);
            int length = ring[at];
            int keyInts = (ring[at + 1] + 1) >> 1;
            int vocabularySize = ring[at + 2];
            int n = ring[at + 3];
            int r = ring[at + 4];
            int d = ring[at + 5];
            int from = at + HEADER + keyInts;
            int[] vocab = java.util.Arrays.copyOfRange(ring, from, from + n);
            Result[] found = r == 0 ? NO_RESULTS : new Result[r];
            for (int i = 0; i < r; i++) {
                found[i] = results[ring[from + n + i]];
            }
            int[] deferred = d == 0 ? NO_INTS : java.util.Arrays.copyOfRange(ring, from + n + r, from + n + r + d);
            if (position < s.written - s.capacity / 2) {
                // read from the older half: written again at the head, so that it is not overwritten next
                long to = s.reserve(length);
                System.arraycopy(ring, at, s.chunk(to), s.offset(to), length);
                s.positions[s.slotAt(hash, position)] = to + 1;
            }
            return new Engine.TokenMatches(vocabularySize, vocab, found, deferred);
        }
    }

    /** Stores the look-up for the key, in place of any stored for it. */
    void put(String key, Engine.TokenMatches m) {
        store(key, m, false);
    }

    /** Stores the look-up for the key only if one is stored for it already. */
    void replace(String key, Engine.TokenMatches m) {
        store(key, m, true);
    }

    private void store(String key, Engine.TokenMatches m, boolean onlyIfHeld) {
        if (segments == null) {
            return;
        }
        int[] resultIds = new int[m.results().length];
        for (int i = 0; i < resultIds.length; i++) {
            int id = index(m.results()[i]);
            if (id < 0) {
                return;
            }
            resultIds[i] = id;
        }
        int keyInts = (key.length() + 1) >> 1;
        int length = HEADER + keyInts + m.vocab().length + resultIds.length + m.deferred().length;
        long hash = hash(key);
        Segment s = segments[(int) (hash >>> 60)];
        synchronized (s) {
            if (length > s.chunkInts / 4) {
                s.remove(hash, key);
                return;
            }
            int held = s.find(hash, key);
            if (held < 0 && onlyIfHeld) {
                return;
            }
            long heldAt = held < 0 ? -1 : s.positions[held] - 1;
            long position = s.reserve(length);
            int at = s.offset(position);
            int[] ring = s.chunk(position);
            ring[at] = length;
            ring[at + 1] = key.length();
            ring[at + 2] = m.vocabularySize();
            ring[at + 3] = m.vocab().length;
            ring[at + 4] = resultIds.length;
            ring[at + 5] = m.deferred().length;
            int k = at + HEADER;
            for (int i = 0; i < key.length(); i += 2) {
                ring[k++] = key.charAt(i) | (i + 1 < key.length() ? key.charAt(i + 1) << 16 : 0);
            }
            System.arraycopy(m.vocab(), 0, ring, k, m.vocab().length);
            k += m.vocab().length;
            System.arraycopy(resultIds, 0, ring, k, resultIds.length);
            k += resultIds.length;
            System.arraycopy(m.deferred(), 0, ring, k, m.deferred().length);
            // found again: a chunk's allocation may have rehashed the table
            int slot = heldAt < 0 ? s.freeSlot(hash) : s.slotAt(hash, heldAt);
            s.hashes[slot] = hash;
            s.positions[slot] = position + 1;
        }
    }

    /** The index of a distinct result (stored once), or -1 once the table is full. */
    private int index(Result r) {
        Integer id = resultIndex.get(r);
        if (id != null) {
            return id;
        }
        synchronized (resultIndex) {
            id = resultIndex.get(r);
            if (id != null) {
                return id;
            }
            if (resultCount == results.length) {
                return -1;
            }
            results[resultCount] = r;
            resultIndex.put(r, resultCount);
            return resultCount++;
        }
    }

    /** The bytes of the rings in use: what the stored look-ups take (and what they overwrote). */
    long weight() {
        long total = 0;
        if (segments != null) {
            for (Segment s : segments) {
                synchronized (s) {
                    total += 4L * Math.min(s.written, s.capacity);
                }
            }
        }
        return total;
    }

    /** The number of look-ups that can be read. */
    int size() {
        int total = 0;
        if (segments != null) {
            for (Segment s : segments) {
                synchronized (s) {
                    for (int i = 0; i < s.positions.length; i++) {
                        if (s.live(i)) {
                            total++;
                        }
                    }
                }
            }
        }
        return total;
    }

    private static long hash(String key) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h;
    }

    private static final Result[] NO_RESULTS = new TokenSimilarity.Result[0];
    private static final int[] NO_INTS = new int[0];

    private static final class Segment {
        /** The ints of one chunk; an entry never spans two. */
        final int chunkInts;
        /** The chunks, allocated as the head first reaches each. */
        final int[] @Nullable [] chunks;
        /** The ints the chunks hold in all: the most the ring keeps. */
        final long capacity;
        /** Ints written since the start: the position of the next entry; the ring holds the last {@link #capacity}. */
        long written;

        long[] hashes;
        /** Per slot, the position of its entry plus one (0: empty). */
        long[] positions;

        Segment(int ringInts) {
            chunkInts = Math.min(ringInts, CHUNK);
            chunks = new int[ringInts / chunkInts][];
            capacity = (long) chunks.length * chunkInts;
            int slots = slotsFor(chunkInts);
            hashes = new long[slots];
            positions = new long[slots];
        }

        private static int slotsFor(long ringInts) {
            return Math.max(WAYS, Integer.highestOneBit((int) Math.max(1, ringInts / INTS_PER_SLOT)) / WAYS * WAYS);
        }

        /** The chunk holding a position still in the ring. */
        int[] chunk(long position) {
            return chunks[(int) (position % capacity / chunkInts)];
        }

        int offset(long position) {
            return (int) (position % capacity % chunkInts);
        }

        /** Whether slot i's entry is still in the ring. */
        boolean live(int i) {
            long p = positions[i] - 1;
            return p >= 0 && p >= written - capacity;
        }

        /** The slot holding the key's live entry, or -1. */
        int find(long hash, String key) {
            int first = bucket(hash);
            for (int i = first; i < first + WAYS; i++) {
                if (hashes[i] == hash && live(i) && sameKey(positions[i] - 1, key)) {
                    return i;
                }
            }
            return -1;
        }

        /** The slot of the entry at a position (found by {@link #find} before the table changed). */
        int slotAt(long hash, long position) {
            int first = bucket(hash);
            for (int i = first; i < first + WAYS; i++) {
                if (positions[i] == position + 1) {
                    return i;
                }
            }
            throw new IllegalStateException("no slot holds position " + position);
        }

        void remove(long hash, String key) {
            int slot = find(hash, key);
            if (slot >= 0) {
                positions[slot] = 0;
            }
        }

        private boolean sameKey(long position, String key) {
            int[] c = chunk(position);
            int at = offset(position);
            if (c[at + 1] != key.length()) {
                return false;
            }
            int k = at + HEADER;
            for (int i = 0; i < key.length(); i += 2) {
                int packed = key.charAt(i) | (i + 1 < key.length() ? key.charAt(i + 1) << 16 : 0);
                if (c[k++] != packed) {
                    return false;
                }
            }
            return true;
        }

        private int bucket(long hash) {
            int buckets = hashes.length / WAYS;
            return (int) (hash & (buckets - 1)) * WAYS;
        }

        /** An empty or overwritten slot of the hash's bucket, or else the one with the oldest entry. */
        int freeSlot(long hash) {
            int first = bucket(hash);
            int oldest = first;
            for (int i = first; i < first + WAYS; i++) {
                if (!live(i)) {
                    return i;
                }
                if (positions[i] < positions[oldest]) {
                    oldest = i;
                }
            }
            return oldest;
        }

        /**
         * Room for an entry of {@code length} ints (at most a chunk's) at the head, skipping to the
         * next chunk when it would not fit before the end of this one, and allocating that chunk (and
         * a larger table) if the ring has not reached it before. Returns the entry's position; {@link
         * #written} is advanced past it.
         */
        long reserve(int length) {
            int at = offset(written);
            if (at + length > chunkInts) {
                written += chunkInts - at;
            }
            long position = written;
            int c = (int) (position % capacity / chunkInts);
            if (chunks[c] == null) {
                chunks[c] = new int[chunkInts];
                rehash(slotsFor((long) (c + 1) * chunkInts));
            }
            written += length;
            return position;
        }

        void allocateAll() {
            for (int c = 0; c < chunks.length; c++) {
                if (chunks[c] == null) {
                    chunks[c] = new int[chunkInts];
                }
            }
            rehash(slotsFor(capacity));
        }

        private void rehash(int slots) {
            if (slots <= hashes.length) {
                return;
            }
            long[] oldHashes = hashes;
            long[] oldPositions = positions;
            hashes = new long[slots];
            positions = new long[slots];
            for (int i = 0; i < oldHashes.length; i++) {
                if (oldPositions[i] != 0) {
                    int slot = freeSlot(oldHashes[i]);
                    hashes[slot] = oldHashes[i];
                    positions[slot] = oldPositions[i];
                }
            }
        }
    }
}
