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
        // with characters outside A to Z too (a letter no romanisation rewrote), which the masks keep apart
        String letters = "ABKLMNRSTJŞЖ";
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
            int expected = table(q, written);
            assertThat(pattern.distance(y1, y2, from))
                    .as("%s against %s + %s", q, y1, y2)
                    .isEqualTo(expected);
            assertThat(pattern.within(y1, y2)).isEqualTo(expected <= JoinSkeletons.MAX_EDITS);
        }
    }

    @Test
    void aPackedSkeletonHoldsItsLettersAndClasses() {
        long packed = JoinSkeletons.pack("ABTLZ");
        assertThat(JoinSkeletons.packedLength(packed)).isEqualTo(5);
        StringBuilder read = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            read.append((char) ('A' + JoinSkeletons.packedLetter(packed, i)));
        }
        assertThat(read).hasToString("ABTLZ");
        assertThat(JoinSkeletons.packedClasses(packed)).isEqualTo(JoinSkeletons.classes("ABTLZ"));
        assertThat(JoinSkeletons.pack("A")).isNotZero(); // a word of vowels only
        assertThat(JoinSkeletons.packedClasses(JoinSkeletons.pack("A"))).isZero();
        assertThat(JoinSkeletons.pack("BKLMNRSTJBKL")).isNotZero(); // twelve letters: the most that pack
        // what does not pack: nothing, thirteen letters, a character outside A to Z
        assertThat(JoinSkeletons.pack("")).isZero();
        assertThat(JoinSkeletons.pack("BKLMNRSTJBKLM")).isZero();
        assertThat(JoinSkeletons.pack("KŞLM")).isZero();
    }

    @Test
    void packedSkeletonsAreComparedAsTheirStrings() {
        Random random = new Random(13);
        String letters = "ABKLMNRSTJZ";
        int near = 0;
        for (int run = 0; run < 20_000; run++) {
            String q = word(random, letters, random.nextInt(15));
            String y1 = word(random, letters, 1 + random.nextInt(12));
            String y2 = random.nextBoolean() ? null : word(random, letters, 1 + random.nextInt(12));
            if (y2 != null && random.nextInt(4) == 0) {
                y2 = "A" + y2.substring(1); // the mark of a vowel, sometimes before a class that repeats y1's last
            }
            if (y2 != null && random.nextInt(4) == 0) {
                y2 = y1.charAt(y1.length() - 1) + y2.substring(1);
            }
            if (random.nextInt(3) == 0) {
                // the query's side an edit or two from the record's: near ones occur
                String written = JoinSkeletons.written(y1, y2);
                q = written.substring(random.nextInt(Math.min(2, written.length())))
                        + (random.nextBoolean() ? "" : letters.charAt(random.nextInt(letters.length())));
            }
            JoinSkeletons.Pattern pattern = new JoinSkeletons.Pattern(q);
            boolean expected = pattern.within(y1, y2);
            long packed2 = y2 == null ? 0 : JoinSkeletons.pack(y2);
            assertThat(pattern.within(JoinSkeletons.pack(y1), packed2))
                    .as("%s against %s + %s", q, y1, y2)
                    .isEqualTo(expected);
            assertThat(JoinSkeletons.seam(JoinSkeletons.pack(y1), packed2)).isEqualTo(JoinSkeletons.seam(y1, y2));
            near += expected ? 1 : 0;
        }
        assertThat(near).isGreaterThan(1_000);
        // through the lists: the same answers as from the strings
        JoinSkeletons skeletons = new JoinSkeletons();
        assertThat(skeletons.near(List.of("ABTLK"), null, JoinSkeletons.pack("ABTL"), JoinSkeletons.pack("K")))
                .isTrue();
        assertThat(skeletons.near(
                        List.of("KNTS"),
                        List.of("JRTBN", "KRTBN"),
                        JoinSkeletons.pack("KLJTMT"),
                        JoinSkeletons.pack("JMT")))
                .isFalse();
        assertThat(skeletons.near(List.of("TRSN", "MKMT"), null, JoinSkeletons.pack("MKMT"), 0))
                .isTrue();
    }

    @Test
    void theClassesRuleOutOnlyWhatTheSkeletonsRuleOut() {
        Random random = new Random(11);
        String letters = "ABKLMNRSTJVQ";
        int ruledOut = 0;
        int near = 0;
        for (int run = 0; run < 20_000; run++) {
            List<String> q1 = words(random, letters);
            List<String> q2 = random.nextBoolean() ? null : words(random, letters);
            List<String> r1 = words(random, letters);
            List<String> r2 = random.nextBoolean() ? null : words(random, letters);
            if (random.nextInt(3) == 0) {
                // a record side that is the query's, an edit or two away: near ones occur
                r1 = List.of(JoinSkeletons.written(q1.get(0), q2 == null ? null : q2.get(0)));
                r2 = null;
                if (random.nextBoolean()) {
                    r1 = List.of(r1.get(0).substring(1) + letters.charAt(random.nextInt(letters.length())));
                }
            }
            int classes = 0;
            for (String r : r1) {
                classes |= JoinSkeletons.classes(r);
            }
            for (int i = 0; r2 != null && i < r2.size(); i++) {
                classes |= JoinSkeletons.classes(r2.get(i));
            }
            JoinSkeletons skeletons = new JoinSkeletons();
            boolean mayBe = skeletons.mayBeNear(q1, q2, classes);
            boolean is = skeletons.near(q1, q2, r1, r2);
            assertThat(!mayBe && is)
                    .as("%s + %s against %s + %s", q1, q2, r1, r2)
                    .isFalse();
            ruledOut += mayBe ? 0 : 1;
            near += is ? 1 : 0;
        }
        // both occur: the classes rule out random sides (of a twelve-letter alphabet, up to three variants
        // each, so that they share most classes), and near sides are let through
        assertThat(ruledOut).isGreaterThan(1_000);
        assertThat(near).isGreaterThan(1_000);
    }

    @Test
    void theClassesAreABitPerLetterBesideTheVowelMark() {
        assertThat(JoinSkeletons.classes("ABTL")).isEqualTo(1 << ('B' - 'A') | 1 << ('T' - 'A') | 1 << ('L' - 'A'));
        assertThat(JoinSkeletons.classes("KŞ")).isEqualTo(1 << ('K' - 'A'));
        assertThat(JoinSkeletons.classes("")).isZero();
    }

    @Test
    void theTablesDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(table("KNTS", "KNTS")).isZero();
        assertThat(table("KNTS", "KTS")).isEqualTo(1);
        assertThat(table("KNTS", "KNMTS")).isEqualTo(1);
        assertThat(table("KNTS", "KLTS")).isEqualTo(1);
        assertThat(table("KNTSJRTBN", "KLJTMTJMT")).isEqualTo(7);
        assertThat(table("", "KLM")).isEqualTo(3);
    }

    @Test
    void lettersOutsideAToZAreComparedAndSkeletonsOf64ClassesOrMoreLetThrough() {
        String longer = "BKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMN";
        assertThat(longer.length()).isGreaterThan(Long.SIZE);
        String other = "TRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRSTJBKLMNRS";
        assertThat(new JoinSkeletons.Pattern(longer).within(other, null)).isTrue();
        assertThat(new JoinSkeletons.Pattern(longer).within("BKLM", null)).isFalse(); // the lengths still count
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

    /** One to three skeletons of one to nine letters, the first of them maybe with the mark of a vowel. */
    private static List<String> words(Random random, String letters) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            out.add(word(random, letters, 1 + random.nextInt(9)));
        }
        return out;
    }

    /** Levenshtein distance by the full table: the reference for the bit-parallel one. */
    private static int table(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String word(Random random, String letters, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        return sb.toString();
    }
}
