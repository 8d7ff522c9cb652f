package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jsis.namematch.Explanation.MatchType;
import org.jsis.namematch.score.TokenSimilarity.Result;
import org.junit.jupiter.api.Test;

/** {@link LookupCache}: look-ups held as ints in rings, read back as they were stored. */
class LookupRingTests {

    private static final Result[] RESULTS = {
        new Result(MatchType.IDENTICAL, 1.0),
        new Result(MatchType.EDIT_DISTANCE, 0.91),
        new Result(MatchType.PHONETIC, 0.8, true),
        new Result(MatchType.TRANSLITERATION, 0.97, false, true),
    };

    /** A look-up of {@code n} look-alikes (with results or, as a split look-up, without) and some deferred. */
    private static Engine.TokenMatches lookUp(Random random, int n, boolean withResults, int deferred) {
        int[] vocab = new int[n];
        Result[] results = new Result[withResults ? n : 0];
        for (int i = 0; i < n; i++) {
            vocab[i] = random.nextInt(1_000_000);
            if (withResults) {
                results[i] = RESULTS[random.nextInt(RESULTS.length)];
            }
        }
        int[] later = new int[deferred];
        for (int i = 0; i < deferred; i++) {
            later[i] = random.nextInt(1_000_000);
        }
        return new Engine.TokenMatches(random.nextInt(5_000_000), vocab, results, later);
    }

    private static void assertSame(Engine.TokenMatches got, Engine.TokenMatches put) {
        assertThat(got.vocabularySize()).isEqualTo(put.vocabularySize());
        assertThat(got.vocab()).containsExactly(put.vocab());
        assertThat(got.results()).containsExactly(put.results());
        assertThat(got.deferred()).containsExactly(put.deferred());
    }

    /**
     * Seeded random puts, replaces and gets (keys of odd and even lengths, in several scripts; look-ups
     * from none to hundreds of look-alikes) against a plain map of the last look-up put per key: a get
     * answers nothing or exactly the last look-up put for its key, never one of another key; the
     * rings' weight never passes the budget; and most keys put recently are answered.
     */
    @Test
    void answersOnlyTheLastLookUpOfAKeyWithinItsBudget() {
        Random random = new Random(5);
        long budget = 16L * 4 * 3000;
        LookupCache cache = new LookupCache(budget);
        Map<String, Engine.TokenMatches> last = new HashMap<>();
        String[] stems = {"ahmad", "ахмад", "أحمد", "kyzylkum", "shaimvamuz\u0000split", "b"};
        int hits = 0;
        int recentHits = 0;
        int recentGets = 0;
        for (int i = 0; i < 100_000; i++) {
            int k = random.nextInt(4000);
            String key = stems[k % stems.length] + k;
            int op = random.nextInt(10);
            if (op < 3) {
                Engine.TokenMatches m = lookUp(
                        random,
                        random.nextInt(10) == 0 ? random.nextInt(300) : random.nextInt(12),
                        random.nextInt(5) != 0,
                        random.nextInt(4) == 0 ? random.nextInt(30) : 0);
                cache.put(key, m);
                last.put(key, m);
                Engine.TokenMatches back = cache.get(key);
                assertThat(back).as("a look-up just put").isNotNull();
                assertSame(back, m);
            } else if (op < 4) {
                Engine.TokenMatches m = lookUp(random, random.nextInt(8), true, 0);
                boolean held = cache.get(key) != null;
                cache.replace(key, m);
                if (held) {
                    last.put(key, m);
                } else {
                    assertThat(cache.get(key))
                            .as("replace stores no key it does not hold")
                            .isNull();
                }
            } else {
                Engine.TokenMatches got = cache.get(key);
                if (got != null) {
                    assertThat(last).containsKey(key);
                    assertSame(got, last.get(key));
                    hits++;
                }
            }
            assertThat(cache.weight()).isLessThanOrEqualTo(budget);
        }
        // the last keys put are all still there when the budget holds them
        for (int i = 0; i < 50; i++) {
            String key = "recent" + i;
            Engine.TokenMatches m = lookUp(random, 3, true, 0);
            cache.put(key, m);
            last.put(key, m);
        }
        for (int i = 0; i < 50; i++) {
            recentGets++;
            Engine.TokenMatches got = cache.get("recent" + i);
            if (got != null) {
                assertSame(got, last.get("recent" + i));
                recentHits++;
            }
        }
        assertThat(hits).as("gets answered").isGreaterThan(5_000);
        assertThat(recentHits).isEqualTo(recentGets);
        assertThat(cache.size()).isGreaterThan(0);
    }

    /**
     * A look-up read while it is in the older half of its ring is written again at the head, so a key
     * asked for again and again outlives the ring's turn; one not read since it was put is overwritten.
     */
    @Test
    void aLookUpReadAgainOutlivesTheRingsTurnAndOneNotReadIsOverwritten() {
        Random random = new Random(9);
        // one segment's ring: 2,000 ints, in one chunk
        LookupCache cache = new LookupCache(16L * 4 * 2000);
        // look-ups of ~130 ints: ~15 in a ring, in a table of 64 slots, so the ring decides what stays
        Engine.TokenMatches common = lookUp(random, 60, true, 0);
        Engine.TokenMatches rare = lookUp(random, 60, true, 0);
        cache.put("council", common);
        cache.put("shaimvamuz", rare);
        Engine.TokenMatches latest = null;
        for (int i = 0; i < 20_000; i++) {
            latest = lookUp(random, 60, true, 0);
            cache.put("w" + i, latest);
            if (i % 16 == 0) {
                Engine.TokenMatches got = cache.get("council");
                assertThat(got).as("read at put %d", i).isNotNull();
                assertSame(got, common);
            }
        }
        assertThat(cache.get("shaimvamuz")).isNull();
        assertThat(cache.get("w0")).isNull();
        assertSame(cache.get("w19999"), latest);
    }

    /**
     * A cache whose rings are allocated whole at once (as a large index's is) answers as one that
     * takes its chunks as it goes: the same look-ups through several turns of its rings.
     */
    @Test
    void aCacheAllocatedWholeAnswersAsOneAllocatedAsItGoes() {
        long budget = 16L * 4 * (1 << 19); // two chunks a ring
        LookupCache whole = new LookupCache(budget);
        whole.allocate();
        LookupCache lazy = new LookupCache(budget);
        Random random = new Random(21);
        int hits = 0;
        for (int i = 0; i < 40_000; i++) {
            String key = "k" + random.nextInt(30_000);
            if (random.nextInt(2) == 0) {
                Engine.TokenMatches m = lookUp(random, random.nextInt(400), true, random.nextInt(20));
                whole.put(key, m);
                lazy.put(key, m);
            } else {
                Engine.TokenMatches a = whole.get(key);
                Engine.TokenMatches b = lazy.get(key);
                assertThat(a == null).as(key).isEqualTo(b == null);
                if (a != null) {
                    assertSame(a, b);
                    hits++;
                }
            }
            assertThat(whole.weight()).isLessThanOrEqualTo(budget);
        }
        assertThat(hits).isGreaterThan(1_000);
    }

    /** A look-up too heavy for a chunk is not stored (and takes the place of none); no budget stores nothing. */
    @Test
    void aLookUpHeavierThanAQuarterOfAChunkAndAnyWithoutBudgetAreNotStored() {
        Random random = new Random(3);
        LookupCache small = new LookupCache(16L * 4 * 1000);
        Engine.TokenMatches light = lookUp(random, 10, true, 0);
        small.put("kyzylkum", light);
        small.put("kyzylkum", lookUp(random, 400, true, 0));
        assertThat(small.get("kyzylkum"))
                .as("the heavy look-up replaces the light one by nothing")
                .isNull();
        small.put("aral", light);
        assertSame(small.get("aral"), light);

        LookupCache none = new LookupCache(0);
        none.put("aral", light);
        assertThat(none.get("aral")).isNull();
        assertThat(none.size()).isZero();
        assertThat(none.weight()).isZero();
    }
}
