package org.jsis.namematch.score;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The consonant test of a join, after its cheap test of head and length: two words written as one
 * keep their consonants, so the two sides of a join (a word against two words written together, or
 * two against two) must have consonant skeletons ({@link org.jsis.namematch.text.TokenForm#skeletons})
 * at most {@link #MAX_EDITS} edits apart (a class inserted, left out or written for another), in
 * some pair of their variants. The skeleton of two words written together is read from the words'
 * own ({@link #written}): the second one's mark of an initial vowel dropped, and its first class
 * dropped when it repeats the first word's last (a skeleton writes a repeated class once). So the
 * test never analyses the joined words, which is what it saves: most pairs of a record's words that
 * pass the cheap test are other names (Kunduz Chiaruaidbon against Kilchedmot Jamaat), and
 * analysing them written together to compare them was most of what an organisation's query cost.
 *
 * <p>A join that holds ({@link NameScorer#JOIN_SIMILARITY}) differs in a few letters, most of them
 * vowels; its consonants differ where a romanisation or a typing error changed one (Abdurochim and
 * عبدرحمن), or at the seam where the space was. Of the joins that held in the evaluation's data
 * (namematch-benchmarks' {@code EvaluateCommand}), none fails this test; in its benchmarks' registers
 * two pairs of names did (Ferghana Damzairshoz and Фергхана Даимчалтоз, other names whose place
 * word lent them 0.85; Mariya Sminrova and Marina Smirnova, whose single words pair as well), and
 * no answer changed.
 *
 * <p>The query's side is the pattern: its skeletons are read into bit masks once ({@link
 * Pattern}), remembered by the identity of the query's skeleton lists. A record's side is first
 * asked for its consonant classes ({@link #mayBeNear}: a bit per class of all its words' skeletons,
 * which an index keeps per word), so that most record words are turned away without reading their
 * skeletons; the rest is compared by the bit-parallel edit distance of Myers (1999) in Hyyrö's form
 * for whole strings, a few word operations per letter of the record's side. Not thread-safe: one per
 * query side and thread.
 */
final class JoinSkeletons {

    /** The skeleton edits a join's sides may differ by. */
    static final int MAX_EDITS = 2;

    /** Query sides remembered: the skeleton lists (by identity) and their patterns. */
    private static final int REMEMBERED = 16;

    private final @Nullable List<?>[] firsts = new List<?>[REMEMBERED];
    private final @Nullable List<?>[] seconds = new List<?>[REMEMBERED];
    private final Pattern[][] remembered = new Pattern[REMEMBERED][];
    private int next;

    /**
     * Whether some variant of the query's side, {@code q1} (written together with {@code q2} when that
     * is not null), is within {@link #MAX_EDITS} of some variant of the record's side, {@code r1}
     * (with {@code r2}).
     */
    boolean near(List<String> q1, @Nullable List<String> q2, List<String> r1, @Nullable List<String> r2) {
        Pattern[] patterns = patterns(q1, q2);
        int nr2 = r2 == null ? 1 : r2.size();
        for (int i = 0; i < r1.size(); i++) {
            String y1 = r1.get(i);
            for (int j = 0; j < nr2; j++) {
                String y2 = r2 == null ? null : r2.get(j);
                for (Pattern p : patterns) {
                    if (p.within(y1, y2)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * {@link #near} against a record's side whose words each have one skeleton, {@link #pack packed}: {@code r1},
     * written together with {@code r2} unless that is 0. Read from the packed letters, without the words.
     */
    boolean near(List<String> q1, @Nullable List<String> q2, long r1, long r2) {
        for (Pattern p : patterns(q1, q2)) {
            if (p.within(r1, r2)) {
                return true;
            }
        }
        return false;
    }

    private Pattern[] patterns(List<String> q1, @Nullable List<String> q2) {
        for (int i = 0; i < REMEMBERED; i++) {
            if (firsts[i] == q1 && seconds[i] == q2 && remembered[i] != null) {
                return remembered[i];
            }
        }
        int n2 = q2 == null ? 1 : q2.size();
        Pattern[] patterns = new Pattern[q1.size() * n2];
        int k = 0;
        for (int i = 0; i < q1.size(); i++) {
            for (int j = 0; j < n2; j++) {
                patterns[k++] = new Pattern(written(q1.get(i), q2 == null ? null : q2.get(j)));
            }
        }
        int slot = next;
        next = (next + 1) % REMEMBERED;
        firsts[slot] = q1;
        seconds[slot] = q2;
        remembered[slot] = patterns;
        return patterns;
    }

    /**
     * Whether some variant of the query's side may be near a record's side whose words' skeletons have
     * the consonant classes {@code recordClasses} ({@link NameSide#skeletonClasses(TokenForm)}, of both
     * words): a class of the query's side that none of them has is an edit each, so a variant with
     * more than {@link #MAX_EDITS} such classes is not near any of the record's. Read before {@link
     * #near}, without the record's skeletons: false only when {@link #near} is false too.
     */
    boolean mayBeNear(List<String> q1, @Nullable List<String> q2, int recordClasses) {
        for (Pattern p : patterns(q1, q2)) {
            if (Integer.bitCount(p.classes & ~recordClasses) <= MAX_EDITS) {
                return true;
            }
        }
        return false;
    }

    /** The classes B to Z of one skeleton, a bit each ({@code 1 << (c - 'A')}); other characters left out. */
    static int classes(String skeleton) {
        int classes = 0;
        for (int i = 0; i < skeleton.length(); i++) {
            int c = skeleton.charAt(i) - 'A';
            if (c > 0 && c < 26) {
                classes |= 1 << c;
            }
        }
        return classes;
    }

    /** The most letters a {@link #pack packed} skeleton holds. */
    static final int MAX_PACKED = 12;

    /**
     * A skeleton packed into a long, so that an index can keep a word's beside its token runs and the test
     * need not read the word: its length (1 to {@value #MAX_PACKED}) in bits 0 to 3, then its letters, five
     * bits each from bit 4 on ({@code A} is 0). 0, which no packed skeleton is, when it does not pack: empty,
     * longer, or holding a character outside A to Z.
     */
    static long pack(String skeleton) {
        int n = skeleton.length();
        if (n == 0 || n > MAX_PACKED) {
            return 0;
        }
        long packed = n;
        for (int i = 0; i < n; i++) {
            int c = skeleton.charAt(i) - 'A';
            if (c < 0 || c >= 26) {
                return 0;
            }
            packed |= (long) c << (4 + 5 * i);
        }
        return packed;
    }

    /** The letters of a packed skeleton (0 when {@code packed} is 0). */
    static int packedLength(long packed) {
        return (int) (packed & 15);
    }

    /** Letter {@code i} of a packed skeleton, 0 for {@code A} to 25 for {@code Z}. */
    static int packedLetter(long packed, int i) {
        return (int) (packed >>> (4 + 5 * i)) & 31;
    }

    /** The {@link #classes} of a packed skeleton. */
    static int packedClasses(long packed) {
        int classes = 0;
        for (int i = 0, n = packedLength(packed); i < n; i++) {
            classes |= 1 << packedLetter(packed, i);
        }
        return classes & ~1; // the mark of an initial vowel is no class
    }

    /** {@link #seam} of two packed skeletons ({@code second} 0: none). */
    static int seam(long first, long second) {
        if (second == 0) {
            return 0;
        }
        int from = packedLetter(second, 0) == 0 ? 1 : 0;
        if (from < packedLength(second) && packedLetter(second, from) == packedLetter(first, packedLength(first) - 1)) {
            from++;
        }
        return from;
    }

    /** Where the second skeleton starts when written after {@code first}: see the class comment. */
    static int seam(String first, @Nullable String second) {
        if (second == null) {
            return 0;
        }
        int from = !second.isEmpty() && second.charAt(0) == 'A' ? 1 : 0;
        if (from < second.length() && !first.isEmpty() && second.charAt(from) == first.charAt(first.length() - 1)) {
            from++;
        }
        return from;
    }

    /** The skeleton of two words written together, as the test reads it. */
    static String written(String first, @Nullable String second) {
        return second == null ? first : first + second.substring(seam(first, second));
    }

    /**
     * One skeleton of the query's side, as bit masks: for each letter A to Z, and for each other character
     * it holds (a letter no romanisation rewrote), where it stands.
     */
    static final class Pattern {
        private final int length;
        /** Its {@link #classes}. */
        final int classes;
        /** Per letter A to Z, the positions of the skeleton that hold it. */
        private final long[] masks = new long[26];
        /** Its other characters and their positions, as {@link #masks}. */
        private final String others;

        private final long[] otherMasks;
        /** The bit of the skeleton's last position (0 for an empty one, or one of 64 classes or more). */
        private final long last;

        // The state of one distance (start, step): the vertical deltas of the table's last column, and the
        // value of its last row so far.
        private long pv;
        private long mv;
        private int score;

        Pattern(String skeleton) {
            this.length = skeleton.length();
            this.classes = classes(skeleton);
            StringBuilder other = new StringBuilder();
            long[] otherPositions = new long[0];
            for (int i = 0; i < Math.min(length, Long.SIZE); i++) {
                char ch = skeleton.charAt(i);
                int c = ch - 'A';
                if (c >= 0 && c < 26) {
                    masks[c] |= 1L << i;
                    continue;
                }
                int k = other.indexOf(String.valueOf(ch));
                if (k < 0) {
                    k = other.length();
                    other.append(ch);
                    otherPositions = java.util.Arrays.copyOf(otherPositions, k + 1);
                }
                otherPositions[k] |= 1L << i;
            }
            this.others = other.toString();
            this.otherMasks = otherPositions;
            this.last = length == 0 || length >= Long.SIZE ? 0 : 1L << (length - 1);
        }

        /**
         * Whether the record's side ({@code y1}, written together with {@code y2} when not null) is near; a
         * skeleton of 64 classes or more, which no name has, is let through to the comparison.
         */
        boolean within(String y1, @Nullable String y2) {
            int from = seam(y1, y2);
            int n = y1.length() + (y2 == null ? 0 : y2.length() - from);
            if (Math.abs(n - length) > MAX_EDITS) {
                return false;
            }
            return length >= Long.SIZE || distance(y1, y2, from) <= MAX_EDITS;
        }

        /** {@link #within(String, String)} of packed skeletons ({@code y2} 0: none; see {@link #pack}). */
        boolean within(long y1, long y2) {
            int from = seam(y1, y2);
            int n1 = packedLength(y1);
            int n = n1 + packedLength(y2) - from;
            if (Math.abs(n - length) > MAX_EDITS) {
                return false;
            }
            if (length == 0 || length >= Long.SIZE) {
                return length > 0 || n <= MAX_EDITS;
            }
            start();
            for (int j = 0; j < n; j++) {
                step(masks[j < n1 ? packedLetter(y1, j) : packedLetter(y2, from + j - n1)]);
            }
            return score <= MAX_EDITS;
        }

        /** The edit distance to {@code y1} followed by {@code y2} from {@code from}; for fewer than 64 classes. */
        int distance(String y1, @Nullable String y2, int from) {
            if (length == 0) {
                return y1.length() + (y2 == null ? 0 : y2.length() - from);
            }
            start();
            int n1 = y1.length();
            int n = n1 + (y2 == null ? 0 : y2.length() - from);
            for (int j = 0; j < n; j++) {
                char ch = j < n1 ? y1.charAt(j) : y2.charAt(from + j - n1);
                int c = ch - 'A';
                step(c >= 0 && c < 26 ? masks[c] : other(ch));
            }
            return score;
        }

        /** Starts a distance: the table's first column, before any character of the record's side. */
        private void start() {
            pv = length >= Long.SIZE ? -1L : (1L << length) - 1;
            mv = 0;
            score = length;
        }

        /** Reads the record side's next character, whose positions in this skeleton are {@code eq}. */
        private void step(long eq) {
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & last) != 0) {
                score++;
            } else if ((mh & last) != 0) {
                score--;
            }
            ph = ph << 1 | 1; // the whole of both strings: the table's first row counts up
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }

        /** The positions of a character outside A to Z, 0 where it does not stand. */
        private long other(char ch) {
            int k = others.indexOf(ch);
            return k < 0 ? 0 : otherMasks[k];
        }
    }
}
