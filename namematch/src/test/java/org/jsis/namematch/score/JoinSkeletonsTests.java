package org.jsis.namematch.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JoinSkeletonsTests {

    @Test
    void twoSkeletonsWrittenTogetherLoseTheSecondsVowelMarkAndARepeatedClass() {
        assertThat(JoinSkeletons.written("ABTL", "K")).isEqualTo("ABTLK"); // Abdul Hai
        assertThat(JoinSkeletons.written("ABTL", "ARKMN")).isEqualTo("ABTLRKMN"); // Abdul Rahman
        assertThat(JoinSkeletons.written("NR", "RLK")).isEqualTo("NRLK"); // Nur Ullah: nurullah's r once
        assertThat(JoinSkeletons.written("NR", "ARLK")).isEqualTo("NRLK");
        assertThat(JoinSkeletons.written("KS", "A")).isEqualTo("KS"); // a word of vowels only adds nothing
        assertThat(JoinSkeletons.written("KS", null)).isEqualTo("KS");
    }

    @Test
    void theBitParallelDistanceIsTheTablesOne() {
        Random random = new Random(7);
        String letters = "ABKLMNRSTJ";
        for (int run = 0; run < 20_000; run++) {
            String q = word(random, letters, 1 + random.nextInt(14));
            String y1 = word(random, letters, random.nextInt(9));
            String y2 = random.nextBoolean() ? null : word(random, letters, random.nextInt(9));
            if (y2 != null && random.nextInt(4) == 0) {
                y2 = "A" + y2;
            }
            JoinSkeletons.Pattern pattern = new JoinSkeletons.Pattern(q);
            int from = JoinSkeletons.seam(y1, y2);
            String written = JoinSkeletons.written(y1, y2);
            int expected = JoinSkeletons.distance(q, written);
            assertThat(pattern.distance(y1, y2, from))
                    .as("%s against %s + %s", q, y1, y2)
                    .isEqualTo(expected);
            assertThat(pattern.within(y1, y2)).isEqualTo(expected <= JoinSkeletons.MAX_EDITS);
        }
    }

    @Test
    void theTablesDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(JoinSkeletons.distance("KNTS", "KNTS")).isZero();
        assertThat(JoinSkeletons.distance("KNTS", "KTS")).isEqualTo(1);
        assertThat(JoinSkeletons.distance("KNTS", "KNMTS")).isEqualTo(1);
        assertThat(JoinSkeletons.distance("KNTS", "KLTS")).isEqualTo(1);
        assertThat(JoinSkeletons.distance("KNTSJRTBN", "KLJTMTJMT")).isEqualTo(7);
        assertThat(JoinSkeletons.distance("", "KLM")).isEqualTo(3);
    }

    @Test
    void lettersOutsideTheTableAndLongSkeletonsAreComparedByTheTable() {
        String longer = "BKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMN";
        assertThat(longer.length()).isGreaterThan(Long.SIZE);
        assertThat(new JoinSkeletons.Pattern(longer).within(longer.substring(0, 40), longer.substring(41)))
                .isTrue();
        assertThat(new JoinSkeletons.Pattern("KŞLM").within("KŞL", "M")).isTrue();
        assertThat(new JoinSkeletons.Pattern("KŞLM").within("TRB", "M")).isFalse();
        assertThat(new JoinSkeletons.Pattern("").within("K", null)).isTrue();
        assertThat(new JoinSkeletons.Pattern("").within("KLM", null)).isFalse();
    }

    @Test
    void someVariantOfEachSideMustBeNear() {
        JoinSkeletons skeletons = new JoinSkeletons();
        // Abdulhai against Abdul Hai; against Kilchedmot Jamaat nothing is near
        assertThat(skeletons.near(List.of("ABTLK"), null, List.of("ABTL"), List.of("K")))
                .isTrue();
        assertThat(skeletons.near(List.of("KNTS"), List.of("JRTBN", "KRTBN"), List.of("KLJTMT"), List.of("JMT")))
                .isFalse();
        // a second variant of the record's second word, or of the query's, is enough
        assertThat(skeletons.near(List.of("MKMT"), null, List.of("M"), List.of("NN", "KMT")))
                .isTrue();
        assertThat(skeletons.near(List.of("TRSN", "MKMT"), null, List.of("M"), List.of("KMT")))
                .isTrue();
        // the query's patterns are remembered by its lists, and the answers stay the same
        List<String> query = List.of("ABTLK");
        for (int i = 0; i < 40; i++) {
            assertThat(skeletons.near(query, null, List.of("ABTL"), List.of("K")))
                    .isTrue();
            assertThat(skeletons.near(List.of("Z" + i), null, List.of("ABTL"), List.of("K")))
                    .isFalse();
        }
    }

    private static String word(Random random, String letters, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        return sb.toString();
    }
}
