package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoundedCacheTests {

    /** A value of a given weight; its id tells which put stored it. */
    private record Value(int id, int weight) {}

    private static BoundedCache<String, Value> cache(long budget) {
        return new BoundedCache<>(budget, Value::weight);
    }

    /**
     * Seeded random puts and gets against a plain map of the last value put per key: the cache never
     * holds more than its budget, never answers a value other than the last one put for the key, and
     * its reported weight is the sum of what it holds.
     */
    @Test
    void holdsAtMostItsBudgetAndOnlyTheLastValueOfAKey() {
        Random random = new Random(7);
        BoundedCache<String, Value> cache = cache(16 * 1000);
        Map<String, Value> last = new HashMap<>();
        int hits = 0;
        for (int i = 0; i < 200_000; i++) {
            String key = "k" + random.nextInt(3000);
            if (random.nextInt(3) == 0) {
                Value v = new Value(i, 1 + random.nextInt(random.nextInt(10) == 0 ? 900 : 40));
                cache.put(key, v);
                last.put(key, v);
            } else {
                Value got = cache.get(key);
                if (got != null) {
                    assertThat(got).isSameAs(last.get(key));
                    hits++;
                }
            }
            if (i % 1000 == 0) {
                assertThat(cache.weight()).isLessThanOrEqualTo(16 * 1000);
                long sum = 0;
                int held = 0;
                for (Map.Entry<String, Value> e : last.entrySet()) {
                    Value got = cache.get(e.getKey());
                    if (got != null) {
                        sum += got.weight();
                        held++;
                    }
                }
                assertThat(cache.weight()).isEqualTo(sum);
                assertThat(cache.size()).isEqualTo(held);
            }
        }
        assertThat(hits).as("the cache serves something").isGreaterThan(10_000);
    }

    @Test
    void aLargeEnoughBudgetKeepsEverything() {
        BoundedCache<String, Value> cache = cache(1_000_000);
        for (int i = 0; i < 5000; i++) {
            cache.put("k" + i, new Value(i, 10));
        }
        for (int i = 0; i < 5000; i++) {
            assertThat(cache.get("k" + i)).isEqualTo(new Value(i, 10));
        }
        assertThat(cache.weight()).isEqualTo(50_000);
    }

    /** Eviction takes the least recently used: an entry read between every two puts is never evicted. */
    @Test
    void anEntryInUseSurvivesAStreamOfNewOnes() {
        BoundedCache<String, Value> cache = cache(16 * 100);
        cache.put("hot", new Value(-1, 10));
        for (int i = 0; i < 20_000; i++) {
            cache.put("cold" + i, new Value(i, 10));
            assertThat(cache.get("hot")).as("after %d puts", i).isNotNull();
        }
        assertThat(cache.get("cold0")).isNull();
        assertThat(cache.size()).isLessThanOrEqualTo(16 * 10);
    }

    @Test
    void aValueHeavierThanASegmentsShareOrABudgetOfZeroIsNotStored() {
        BoundedCache<String, Value> cache = cache(16 * 100);
        cache.put("a", new Value(1, 10));
        cache.put("a", new Value(2, 101));
        assertThat(cache.get("a")).isNull();
        assertThat(cache.weight()).isZero();
        BoundedCache<String, Value> none = cache(0);
        none.put("a", new Value(1, 1));
        assertThat(none.get("a")).isNull();
    }

    /**
     * With admission a key is stored at its second put, not its first; a held key is replaced at
     * once; {@code replace} never stores a key the cache does not hold.
     */
    @Test
    void withAdmissionAKeyIsStoredAtItsSecondPut() {
        BoundedCache<String, Value> cache = new BoundedCache<>(1_000_000, Value::weight, 1 << 12);
        for (int i = 0; i < 1000; i++) {
            cache.put("k" + i, new Value(i, 10));
        }
        assertThat(cache.size()).as("first puts only noted").isZero();
        for (int i = 0; i < 1000; i++) {
            cache.replace("k" + i, new Value(-i, 10));
        }
        assertThat(cache.size()).as("replace stores no key not held").isZero();
        int stored = 0;
        String held = "";
        for (int i = 0; i < 1000; i++) {
            cache.put("k" + i, new Value(1000 + i, 10));
            if (cache.get("k" + i) != null) {
                assertThat(cache.get("k" + i)).isEqualTo(new Value(1000 + i, 10));
                stored++;
                held = "k" + i;
            }
        }
        // 1,000 keys in 4,096 slots: about a tenth share a slot with another key, which overwrote its
        // note; its second put then notes it again, over the other's (both lost: about 780 stored)
        assertThat(stored).as("second puts stored").isGreaterThan(700);
        cache.replace(held, new Value(7, 10));
        assertThat(cache.get(held)).isEqualTo(new Value(7, 10));
        cache.put(held, new Value(8, 10));
        assertThat(cache.get(held)).as("a held key is replaced by put at once").isEqualTo(new Value(8, 10));
        assertThat(cache.weight()).isEqualTo(10L * stored);
    }

    /** A stream of keys each put once leaves nothing stored; one put again among them is stored. */
    @Test
    void withAdmissionKeysPutOnceAreNeverStored() {
        BoundedCache<String, Value> cache = new BoundedCache<>(1_000_000, Value::weight, 1 << 16);
        for (int i = 0; i < 50_000; i++) {
            cache.put("once" + i, new Value(i, 10));
            if (i % 100 == 0) {
                cache.put("again", new Value(i, 10));
            }
        }
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("again")).isEqualTo(new Value(49_900, 10));
    }
}
