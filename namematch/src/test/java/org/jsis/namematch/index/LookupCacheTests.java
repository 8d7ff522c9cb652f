package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.junit.jupiter.api.Test;

/** The word look-up cache: bounded, evicting, and never changing an answer. */
class LookupCacheTests {

    /**
     * Seeded random puts (with words new to the vocabulary), removals and misspelt searches on three
     * indexes that differ only in their look-up cache: none, one small enough to evict all the time,
     * and one that keeps everything. Every answer is the same on all three, so a cached look-up is
     * never used once the vocabulary has changed under it, and eviction loses nothing but time.
     */
    @Test
    void aSmallOrLargeLookUpCacheAnswersAsNoCacheUnderRandomPutRemoveAndSearch() {
        Random random = new Random(11);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            words.add(LookupTests.word(random));
        }
        Engine none = new Engine(0);
        Engine small = new Engine(16 * 1000);
        Engine large = new Engine(1L << 30);
        Engine[] engines = {none, small, large};
        List<String> names = new ArrayList<>();
        int hits = 0;
        for (int op = 0; op < 1500; op++) {
            int r = random.nextInt(10);
            if (r < 4) {
                if (random.nextInt(4) == 0) {
                    words.add(LookupTests.word(random)); // grows the vocabulary
                }
                String name = pick(random, words) + " " + pick(random, words);
                if (random.nextInt(5) == 0) {
                    name = LookupTests.cyrillic(name);
                }
                names.add(name);
                NameRecord record = NameRecord.person("r" + random.nextInt(400), name);
                for (Engine e : engines) {
                    e.put(record);
                }
            } else if (r < 5) {
                String id = "r" + random.nextInt(400);
                for (Engine e : engines) {
                    e.remove(id);
                }
            } else if (!names.isEmpty()) {
                String[] put = pick(random, names).split(" ");
                String a = random.nextInt(4) == 0 ? pick(random, words) : put[0];
                String b = put[1];
                String q = (random.nextBoolean() ? LookupTests.misspell(random, a) : a) + " "
                        + (random.nextBoolean() ? LookupTests.misspell(random, b) : b);
                NameQuery query = NameQuery.builder(q).threshold(0.7).build();
                List<String> expected = SearchAnswers.of(none.search(query));
                hits += expected.isEmpty() ? 0 : 1;
                assertThat(SearchAnswers.of(small.search(query))).as(q).isEqualTo(expected);
                assertThat(SearchAnswers.of(large.search(query))).as(q).isEqualTo(expected);
            }
        }
        assertThat(hits).as("searches with a hit").isGreaterThan(200);
        assertThat(none.lookUpCacheForTest()[1]).isZero();
        assertThat(small.lookUpCacheForTest()[0]).isLessThanOrEqualTo(16 * 1000);
        assertThat(large.lookUpCacheForTest()[1]).isGreaterThan(4 * small.lookUpCacheForTest()[1]);
    }

    private static String pick(Random random, List<String> words) {
        // recent ones more often, so that searches meet words added after earlier look-ups
        int n = words.size();
        return random.nextBoolean() ? words.get(n - 1 - random.nextInt(Math.min(n, 30))) : words.get(random.nextInt(n));
    }
}
