package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The look-up lists that keep each entry's key length and bigram set beside it. */
class VocabListTests {

    /**
     * Seeded entries added one at a time through many growths: every entry keeps its own length and
     * bigram set at its position, and a length of {@link VocabList#LONG_KEY} or more is stored as
     * that mark (the look-up then reads the real one).
     */
    @Test
    void everyEntryKeepsItsOwnKeyLengthAndBigramsThroughGrowth() {
        Random random = new Random(12);
        for (int capacity : new int[] {1, 2, 7}) {
            VocabList list = new VocabList(capacity);
            int n = 5_000;
            int[] entries = new int[n];
            int[] lengths = new int[n];
            long[] grams = new long[n];
            for (int i = 0; i < n; i++) {
                entries[i] = random.nextInt(4_000_000);
                lengths[i] = random.nextInt(10) == 0 ? 100 + random.nextInt(200) : random.nextInt(40);
                grams[i] = random.nextLong();
                list.add(entries[i], lengths[i], grams[i]);
                assertThat(list.size()).isEqualTo(i + 1);
            }
            for (int i = 0; i < n; i++) {
                assertThat(list.entries()[i]).isEqualTo(entries[i]);
                assertThat(list.grams()[i]).isEqualTo(grams[i]);
                assertThat((int) list.lengths()[i]).isEqualTo(Math.min(VocabList.LONG_KEY, lengths[i]));
            }
        }
    }
}
