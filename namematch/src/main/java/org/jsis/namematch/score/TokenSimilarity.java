package org.jsis.namematch.score;

import org.jsis.namematch.Explanation.MatchType;
import org.jsis.namematch.text.PhoneticKey;
import org.jsis.namematch.text.Script;
import org.jsis.namematch.text.TokenForm;
import org.jsis.namematch.text.Transliteration;
import org.jspecify.annotations.Nullable;

/**
 * How similar two tokens are, and why: identical, a transliteration or romanisation variant, a
 * phonetic variant, or close in spelling.
 *
 * <p>The measure is a weighted edit distance over the romanised keys (see {@link PhoneticKey}):
 * substituting one vowel for another, or one consonant for its voiced or voiceless partner, costs
 * less than an unrelated letter, and a glide costs little. When one side is written in an abjad
 * (Arabic script) its missing short vowels cost almost nothing. The distance is divided by the
 * longer length, so {@code sim} is 1 for equal keys and falls towards 0.
 */
public final class TokenSimilarity {

    /** Below this a pair is no evidence at all. */
    public static final double MIN_SIMILARITY = 0.72;

    private static final double SIM_CANONICAL = 0.99;
    private static final double SIM_ROMANISED = 0.97;
    private static final double SIM_TRANSLATION = 0.95;
    private static final double SIM_INITIAL = 0.6;
    private static final double MAX_ABJAD = 0.96;
    private static final double MAX_PHONETIC = 0.95;
    private static final double MAX_EDIT = 0.92;
    /** Similarities below this are not worth computing exactly. */
    private static final double EARLY_EXIT = 0.6;
    /** The spelling similarity a stem or a nominative needs to count at all. */
    private static final double STEM_MIN = 0.85;
    /** Two neighbouring letters swapped: a typing error (Adbul, Abdul). */
    private static final double TRANSPOSITION = 0.6;

    private TokenSimilarity() {}

    /** The rows of the letter-edit tables, reused by each thread (they run in the word lookup's loop). */
    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][32]);

    /**
     * The evidence that two tokens name the same thing.
     *
     * @param droppedEnding whether one token matched only once its surname ending was dropped
     *     (Rakhmonov, Rahmon): two such matches in one name are suspicious (Ivan Petrov, Petr Ivanov)
     * @param weak whether the pair is no evidence on its own: it counts towards the score but not as
     *     one of the two name parts a person's match needs
     */
    public record Result(MatchType type, double similarity, boolean droppedEnding, boolean weak) {
        public Result(MatchType type, double similarity) {
            this(type, similarity, false, false);
        }

        public Result(MatchType type, double similarity, boolean droppedEnding) {
            this(type, similarity, droppedEnding, false);
        }
    }

    /** Compares two tokens; null when they are no evidence of each other. */
    public static @Nullable Result compare(TokenForm a, TokenForm b) {
        return compare(a, b, MIN_SIMILARITY);
    }

    /**
     * {@link #compare(TokenForm, TokenForm)} for a caller that only uses results of at least {@code
     * min}: the result is the same whenever it reaches {@code min}; below it, it may be null. Spelling
     * comparisons that cannot reach {@code min} stop early, which is what makes it cheaper.
     */
    public static @Nullable Result compareAtLeast(TokenForm a, TokenForm b, double min) {
        return compare(a, b, Math.max(MIN_SIMILARITY, min));
    }

    /**
     * The comparison; {@code min} is at least {@link #MIN_SIMILARITY}, under which no spelling
     * similarity counts (phonetic needs 0.82, abjad 0.78, edit distance {@link #MIN_SIMILARITY}, stems
     * and nominatives 0.85), so spelling distances below it need not be computed exactly.
     */
    private static @Nullable Result compare(TokenForm a, TokenForm b, double min) {
        return compare(a, b, min, true);
    }

    /**
     * {@link #compare(TokenForm, TokenForm)} computing every spelling pair's distance in full, without
     * the bounds that skip pairs which cannot change the result: the answer the bounded comparison
     * must give, for tests.
     */
    static @Nullable Result compareExhaustively(TokenForm a, TokenForm b, double min) {
        return compare(a, b, Math.max(MIN_SIMILARITY, min), false);
    }

    /**
     * The comparison. With {@code bounded}, spelling pairs are compared with a rising minimum: a pair
     * whose similarity cannot exceed what the pairs before it found changes neither the best
     * similarity nor the best one after the shared-ending discount (which never exceeds its pair's),
     * so its distance table may stop early ({@link #similarity(String, String, boolean, double)}); and
     * once the result is decided (a phonetic or edit match at its cap) the remaining pairs are not
     * compared. Without it, every pair's distance is computed in full over the strings.
     */
    private static @Nullable Result compare(TokenForm a, TokenForm b, double min, boolean bounded) {
        if (a.folded().equals(b.folded())) {
            return new Result(MatchType.IDENTICAL, 1.0);
        }
        if (a.isInitial() || b.isInitial()) {
            return initial(a, b);
        }
        if (a.wordClass() != null && a.wordClass().equals(b.wordClass())) {
            return new Result(MatchType.TRANSLATION, SIM_TRANSLATION);
        }
        boolean abjadA = a.script().isAbjad();
        boolean abjadB = b.script().isAbjad();
        boolean abjad = abjadA != abjadB;
        if (!a.canonical().isEmpty() && a.canonical().equals(b.canonical())) {
            return new Result(MatchType.TRANSLITERATION, abjad ? MAX_ABJAD : SIM_CANONICAL);
        }
        // indexed loops: the comparison runs in every look-up's inner loop, and an iterator per list
        // read was most of what it allocated
        java.util.List<String> romanisedA = a.romanised();
        java.util.List<String> romanisedB = b.romanised();
        int na = romanisedA.size();
        int nb = romanisedB.size();
        boolean romanisedEqual = false;
        for (int i = 0; i < na && !romanisedEqual; i++) {
            romanisedEqual = contains(romanisedB, romanisedA.get(i));
        }
        double best = 0;
        double bestEdit = 0;
        // whether the two share a consonant skeleton, asked only when a result depends on it (most pairs
        // compared stay far below 0.82): 0 not yet known, 1 yes, -1 no
        int skeleton = 0;
        if (!romanisedEqual || abjad) {
            double need = min;
            pairs:
            for (int i = 0; i < na; i++) {
                String ra = romanisedA.get(i);
                for (int j = 0; j < nb; j++) {
                    String rb = romanisedB.get(j);
                    double floor = bounded ? need : min;
                    double sim = abjadA && !abjadB
                            ? spelling(rb, ra, true, floor, bounded)
                            : spelling(ra, rb, abjad, floor, bounded);
                    best = Math.max(best, sim);
                    bestEdit = Math.max(bestEdit, sharedEndingDiscount(ra, rb, sim));
                    if (abjad) {
                        // abjad() reads the best similarity only, and caps it at MAX_ABJAD
                        if (best >= MAX_ABJAD && (skeleton = skeleton(skeleton, a, b)) > 0) {
                            break pairs;
                        }
                        need = Math.max(min, best);
                    } else if (best >= 0.82 && (skeleton = skeleton(skeleton, a, b)) > 0) {
                        // a phonetic match whatever the other pairs give: only the best similarity counts
                        if (best >= MAX_PHONETIC) {
                            break pairs;
                        }
                        need = Math.max(min, best);
                    } else {
                        if (bestEdit >= MAX_EDIT && (skeleton = skeleton(skeleton, a, b)) < 0) {
                            break pairs; // an edit match at its cap
                        }
                        need = Math.max(min, bestEdit);
                    }
                }
            }
        }
        if (romanisedEqual && !abjad) {
            return new Result(MatchType.TRANSLITERATION, SIM_ROMANISED);
        }
        if (abjad) {
            return abjad(a, b, best, skeleton(skeleton, a, b) > 0);
        }
        Result result = null;
        if (best >= 0.82 && skeleton(skeleton, a, b) > 0) {
            result = new Result(MatchType.PHONETIC, Math.min(MAX_PHONETIC, best));
        } else if (bestEdit >= MIN_SIMILARITY) {
            result = new Result(MatchType.EDIT_DISTANCE, Math.min(MAX_EDIT, bestEdit));
        }
        Result stem = stem(a, b, bounded);
        if (stem != null && (result == null || stem.similarity() > result.similarity())) {
            result = stem;
        }
        Result nominative = nominative(a, b, bounded);
        if (nominative != null && (result == null || nominative.similarity() >= result.similarity())) {
            return nominative;
        }
        return sameReading(a, b) ? asWritten(a, b, result) : romanisedDifference(a, b, result);
    }

    /**
     * Across a romanisation, the keys have already absorbed what systems write differently; two
     * differences left, one of them a consonant that no romanisation confuses (b for p, k for b, an
     * extra l), make another name (Balaban, Балакун; Soboleva, Sokolova), kept as weak evidence. Vowels
     * alone may differ (Уорд, Ward), and so may sibilants that romanisations spell differently (Сайто,
     * Saito; си, shi).
     */
    private static @Nullable Result romanisedDifference(TokenForm a, TokenForm b, @Nullable Result result) {
        if (result == null || result.type() == MatchType.INITIAL || result.type() == MatchType.TRANSLATION) {
            return result;
        }
        if (result.type() == MatchType.PHONETIC
                && (result.droppedEnding() || a.stem().equals(b.stem()))) {
            return result;
        }
        java.util.List<String> romanisedA = a.romanised();
        java.util.List<String> romanisedB = b.romanised();
        for (int i = 0; i < romanisedA.size(); i++) {
            String ra = romanisedA.get(i);
            for (int j = 0; j < romanisedB.size(); j++) {
                String rb = romanisedB.get(j);
                if (withinOneEdit(ra, rb) || sameConsonantClasses(ra, rb)) {
                    return result; // one letter edit at most, or vowels and sibilants only
                }
            }
        }
        return new Result(result.type(), result.similarity(), result.droppedEnding(), true);
    }

    /** Whether {@link #letterEdits} is at most 1, without its table. */
    static boolean withinOneEdit(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return false;
        }
        int i = 0;
        while (i < n && i < m && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == n && i == m) {
            return true;
        }
        if (n == m) {
            // one substitution, or two neighbours swapped
            if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
                return true;
            }
            return i + 1 < n
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2);
        }
        // one letter inserted into the shorter
        return n > m ? a.regionMatches(i + 1, b, i, m - i) : b.regionMatches(i + 1, a, i, n - i);
    }

    /** Whether two keys have the same {@link #consonantClasses}, without building them. */
    static boolean sameConsonantClasses(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && !countsAsConsonant(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && !countsAsConsonant(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (consonantClass(a.charAt(i++)) != consonantClass(b.charAt(j++))) {
                return false;
            }
        }
    }

    private static boolean countsAsConsonant(char c) {
        return !(PhoneticKey.isVowel(c) || c == 'y' || c == 'H' || c == 'g');
    }

    private static char consonantClass(char c) {
        return c == 'z' || c == 'J' || c == 'C' ? 's' : c;
    }

    /**
     * The consonants of a romanised key, with the sibilants that romanisations confuse as one; h and
     * g are left out, since г is h in Ukrainian and Belarusian and Russian writes a foreign h as г.
     */
    static String consonantClassesForTest(String key) {
        return consonantClasses(key);
    }

    private static String consonantClasses(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (countsAsConsonant(c)) {
                sb.append(consonantClass(c));
            }
        }
        return sb.toString();
    }

    /**
     * Two tokens in the same non-Latin script, read by the same rules: no romanisation stands between
     * them, so a letter that differs was written differently on purpose or by a typing error. Two
     * different letters or more, one of them a consonant, are another name (Белякова, Полякова;
     * აბაშიძე, აბესაძე), however
     * alike they sound: such a pair is kept only as weak evidence, which counts towards the score but
     * not as one of the two name parts a person's match needs. The feminine and masculine forms of one
     * surname (Иванова, Иванов) still match by their stem.
     */
    private static @Nullable Result asWritten(TokenForm a, TokenForm b, @Nullable Result result) {
        if (result == null
                || (result.droppedEnding() || a.stem().equals(b.stem())) && result.type() == MatchType.PHONETIC) {
            return result;
        }
        int edits = letterEdits(a.folded(), b.folded());
        if (edits <= 1 || letterEdits(consonants(a.folded()), consonants(b.folded())) == 0) {
            return result; // a typo, or vowels only: Володимир and Владимир are one name in two languages
        }
        int length = Math.max(a.folded().length(), b.folded().length());
        double typo = 1 - (double) edits / length;
        return typo < MIN_SIMILARITY
                ? null
                : new Result(MatchType.EDIT_DISTANCE, Math.min(result.similarity(), typo), false, true);
    }

    private static boolean sameReading(TokenForm a, TokenForm b) {
        Script s = a.script();
        if (s != b.script() || s == Script.LATIN || s == Script.NONE || s == Script.OTHER) {
            return false;
        }
        return s != Script.CYRILLIC
                || Transliteration.looksUkrainianOrBelarusian(a.folded())
                        == Transliteration.looksUkrainianOrBelarusian(b.folded());
    }

    private static final String VOWELS = "аеёиоуыэюяіїєўйәөүұӣӯաեէըիոօւაეიოუاويىآأإۍېی";

    private static String consonants(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            if (VOWELS.indexOf(folded.charAt(i)) < 0) {
                sb.append(folded.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Letters inserted, deleted, substituted or swapped with a neighbour (optimal string alignment). */
    static int letterEdits(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] rows = ROWS.get();
        if (rows[0].length < m + 1) {
            rows = new int[][] {new int[2 * m + 2], new int[2 * m + 2], new int[2 * m + 2]};
            ROWS.set(rows);
        }
        int[] before = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                cur[j] = d;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /**
     * Spelling similarity that does not let a shared ending carry it: Hakimova and Karimova share
     * -imova, Adabashyan and Alabashyan -abashyan, yet differ where names differ. The similarity is
     * averaged with the one of the parts before the common ending, so that a typo in a long name still
     * passes while a different stem with a common suffix does not.
     */
    static double sharedEndingDiscount(String a, String b, double sim) {
        int common = 0;
        while (common < a.length()
                && common < b.length()
                && a.charAt(a.length() - 1 - common) == b.charAt(b.length() - 1 - common)) {
            common++;
        }
        int length = Math.max(a.length(), b.length());
        int rest = length - common;
        if (common < 2 || rest <= 0) {
            return sim;
        }
        double cost = (1 - sim) * length;
        double restSim = Math.max(0, 1 - cost / Math.max(rest, 3));
        return (sim + restSim) / 2;
    }

    /**
     * One side in Arabic script: vowels say little, so the consonant skeleton must agree for a
     * transliteration or phonetic match, and anything else needs a close spelling.
     */
    private static @Nullable Result abjad(TokenForm a, TokenForm b, double best, boolean skeleton) {
        if (best >= 0.9 && skeleton) {
            return new Result(MatchType.TRANSLITERATION, Math.min(MAX_ABJAD, best));
        }
        if (best >= 0.8 && skeleton) {
            return new Result(MatchType.PHONETIC, Math.min(0.9, best));
        }
        return best >= 0.78 ? new Result(MatchType.EDIT_DISTANCE, Math.min(0.85, best)) : null;
    }

    /**
     * A nominative ending that Russian drops and Lithuanian adds: Latin -us and Greek -os (Antoninus,
     * Антонин; Gallus, Галл), Lithuanian -as, -is, -ys, -us (Vladimiras Putinas, Владимир Путин). Russian
     * renders classical names by their stem (Гиляревский, Старостин: Иностранные имена и названия в
     * русском тексте, 1985), Lithuanian gives foreign names its own endings (Lietuvių kalbos
     * gramatika). So the Latin-script side, ending in a vowel and s, may match the other script's
     * name without them, if what is left agrees as a romanisation would: one letter edit at most, or
     * vowels and sibilants only.
     */
    private static @Nullable Result nominative(TokenForm a, TokenForm b, boolean bounded) {
        TokenForm latin = a.script() == Script.LATIN ? a : b;
        TokenForm other = latin == a ? b : a;
        Script os = other.script();
        if (latin.script() != Script.LATIN || os != Script.CYRILLIC && os != Script.ARMENIAN && os != Script.GEORGIAN) {
            return null;
        }
        double best = 0;
        for (String k : latin.romanised()) {
            String bare = PhoneticKey.nominativeStem(k);
            if (bare == null) {
                continue;
            }
            for (String o : other.romanised()) {
                if (o.endsWith(k.substring(bare.length()))) {
                    return null; // the other side has the ending too
                }
                int edits = letterEdits(bare, o);
                if (edits < 2 || letterEdits(consonantClasses(bare), consonantClasses(o)) == 0) {
                    best = Math.max(best, spelling(bare, o, false, STEM_MIN, bounded));
                }
            }
        }
        return best < STEM_MIN ? null : new Result(MatchType.PHONETIC, Math.min(MAX_PHONETIC, best) - 0.05);
    }

    /** Surname endings: Ivanova and Ivanov, Rakhmonov and Rahmon, პუტინი and Putin. */
    private static @Nullable Result stem(TokenForm a, TokenForm b, boolean bounded) {
        String fa = a.endingFamily();
        String fb = b.endingFamily();
        if (fa.isEmpty() && fb.isEmpty()) {
            return null;
        }
        boolean sameFamily = fa.equals(fb);
        if (!sameFamily && !fa.isEmpty() && !fb.isEmpty() && !fa.equals("i") && !fb.equals("i")) {
            return null; // Putin is not Putov
        }
        double sim = spelling(a.stem(), b.stem(), false, STEM_MIN, bounded);
        if (a.stem().length() < 3 || b.stem().length() < 3 || sim < STEM_MIN) {
            return null;
        }
        boolean dropped = !(sameFamily || fa.equals("i") || fb.equals("i"));
        return new Result(MatchType.PHONETIC, Math.min(MAX_PHONETIC, sim) - (dropped ? 0.10 : 0.05), dropped);
    }

    private static @Nullable Result initial(TokenForm a, TokenForm b) {
        TokenForm initial = a.isInitial() ? a : b;
        TokenForm other = a.isInitial() ? b : a;
        if (initial.canonical().isEmpty() || other.canonical().isEmpty()) {
            return null;
        }
        boolean same = other.canonical().startsWith(initial.canonical())
                || !initial.key().isEmpty()
                        && !other.key().isEmpty()
                        && initial.key().charAt(0) == other.key().charAt(0);
        return same ? new Result(MatchType.INITIAL, other.isInitial() ? 1.0 : SIM_INITIAL) : null;
    }

    /** {@link #sharesSkeleton} as 1 or -1, computed only when {@code known} is 0 (not yet known). */
    private static int skeleton(int known, TokenForm a, TokenForm b) {
        return known != 0 ? known : sharesSkeleton(a, b) ? 1 : -1;
    }

    private static boolean sharesSkeleton(TokenForm a, TokenForm b) {
        java.util.List<String> skeletonsA = a.skeletons();
        for (int i = 0; i < skeletonsA.size(); i++) {
            if (contains(b.skeletons(), skeletonsA.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@link java.util.List#contains} by index, without an iterator. */
    private static boolean contains(java.util.List<String> list, String s) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** A consonant proper: not a vowel, nor the glide y, nor h, which many languages leave silent. */
    private static boolean isConsonant(char c) {
        return !PhoneticKey.isVowel(c) && c != 'y' && c != 'H';
    }

    /**
     * 1 minus the weighted edit distance divided by the longer length.
     *
     * @param abjadB whether {@code b} came from an abjad and {@code a} did not: vowels of {@code a}
     *     missing in {@code b} are then cheap
     */
    static double similarity(String a, String b, boolean abjadB) {
        return similarity(a, b, abjadB, 0);
    }

    /**
     * {@link #similarity(String, String, boolean, double)} when {@code bounded}; otherwise {@link
     * #exhaustiveSimilarity}, the answer a bounded table must give wherever it reaches {@code min}.
     */
    private static double spelling(String a, String b, boolean abjadB, double min, boolean bounded) {
        return bounded ? similarity(a, b, abjadB, min) : exhaustiveSimilarity(a, b, abjadB);
    }

    /**
     * {@link #similarity(String, String, boolean)} from the whole distance table over the strings, with
     * no early stop at all: the reference for tests of the bounds that stop the table early.
     */
    static double exhaustiveSimilarity(String a, String b, boolean abjadB) {
        return table(a, b, abjadB, 0, false);
    }

    /**
     * {@link #similarity(String, String, boolean)}, or 0 when it is certainly below {@code min}: once
     * two consecutive rows of the distance table exceed the cost that {@code min} allows, no later
     * row can come back under it (a cell derives from the row above, or from the one before that
     * through a transposition, with costs never negative).
     */
    static double similarity(String a, String b, boolean abjadB, double min) {
        return similarity(a, b, abjadB, min, true);
    }

    /**
     * {@link #similarity(String, String, boolean, double)}; with {@code fast}, ASCII keys (romanised
     * keys almost always are) go through {@link Letters}, the same table over arrays and cost tables;
     * without it, over the strings with {@link Costs} itself (the reference the tests compare with).
     */
    static double similarity(String a, String b, boolean abjadB, double min, boolean fast) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return n == m ? 1 : 0;
        }
        if (fast) {
            Letters letters = LETTERS.get();
            if (letters.load(a, b)) {
                return letters.similarity(abjadB, min);
            }
        }
        return table(a, b, abjadB, min, true);
    }

    /**
     * The distance table over the strings with {@link Costs}; with {@code stops}, it stops early as
     * {@link #similarity(String, String, boolean, double)} says, without, it is filled to the end.
     */
    private static double table(String a, String b, boolean abjadB, double min, boolean stops) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return n == m ? 1 : 0;
        }
        double length = abjadB ? n : Math.max(n, m);
        double budget = (1 - EARLY_EXIT) * length + 0.5;
        double minBudget = (1 - min) * length + 1e-9;
        double[] scratch = SCRATCH.get();
        if (scratch.length < 4 * (m + 1)) {
            scratch = new double[4 * (m + 1) * 2];
            SCRATCH.set(scratch);
        }
        // four rows in one per-thread array: the one before the previous, the previous, the current,
        // and the insertion costs, which depend on the column only (computed once, not once per cell)
        int before = 0;
        int prev = m + 1;
        int cur = 2 * (m + 1);
        int insert = 3 * (m + 1);
        scratch[prev] = 0;
        for (int j = 1; j <= m; j++) {
            scratch[insert + j] = Costs.indel(b.charAt(j - 1), false);
            scratch[prev + j] = scratch[prev + j - 1] + scratch[insert + j];
        }
        double prevRowMin = 0;
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            double delete = Costs.indel(ca, abjadB);
            scratch[cur] = scratch[prev] + delete;
            double rowMin = scratch[cur];
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                double sub = scratch[prev + j - 1] + Costs.substitute(ca, cb, abjadB);
                double del = scratch[prev + j] + delete;
                double ins = scratch[cur + j - 1] + scratch[insert + j];
                double best = Math.min(sub, Math.min(del, ins));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb && ca != cb) {
                    best = Math.min(best, scratch[before + j - 2] + TRANSPOSITION);
                }
                scratch[cur + j] = best;
                rowMin = Math.min(rowMin, best);
            }
            if (stops && rowMin > budget) {
                return 0; // no alignment can come back under the budget
            }
            if (stops && rowMin > minBudget && prevRowMin > minBudget) {
                return 0; // nor under the cost that min allows
            }
            prevRowMin = rowMin;
            int t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return finish(a.charAt(0), b.charAt(0), n == m, scratch[prev + m], length, abjadB);
    }

    private static double finish(char a0, char b0, boolean sameLength, double cost, double length, boolean abjadB) {
        if (sameLength && Costs.substitute(a0, b0, abjadB) >= 1 && isConsonant(a0) && isConsonant(b0)) {
            cost += 0.5; // names that differ in their first consonant are rarely spellings of one name
        }
        return Math.max(0, 1 - cost / length);
    }

    /**
     * Two ASCII keys as arrays, and the distance between them from cost tables: the same arithmetic
     * as the table over the strings with {@link Costs}, without a character read, a cost method or a
     * bounds check per cell that the strings' table spends. Per thread; reused by every comparison.
     */
    private static final class Letters {
        private int[] a = new int[32];
        private int[] b = new int[32];
        private int n;
        private int m;
        private double[] before = new double[33];
        private double[] prev = new double[33];
        private double[] cur = new double[33];
        private double[] insert = new double[33];

        /** Loads two non-empty keys; false when either has a letter outside ASCII. */
        boolean load(String x, String y) {
            n = x.length();
            m = y.length();
            if (a.length < n) {
                a = new int[2 * n];
            }
            if (b.length < m) {
                b = new int[2 * m];
            }
            int or = 0;
            for (int i = 0; i < n; i++) {
                int c = x.charAt(i);
                a[i] = c;
                or |= c;
            }
            for (int j = 0; j < m; j++) {
                int c = y.charAt(j);
                b[j] = c;
                or |= c;
            }
            return or < 128;
        }

        /**
         * {@link TokenSimilarity#similarity(String, String, boolean, double)} of the loaded keys. The
         * rows are four arrays taken in turn (the one before the previous, the previous, the current,
         * the insertion costs), and the cells left and up-left of the current one are carried from the
         * column before, so that each cell reads two array elements: the same sums and comparisons in
         * the same order as the table over the strings.
         */
        double similarity(boolean abjadB, double min) {
            int[] a = this.a;
            int[] b = this.b;
            int n = this.n;
            int m = this.m;
            double length = abjadB ? n : Math.max(n, m);
            double budget = (1 - EARLY_EXIT) * length + 0.5;
            double minBudget = (1 - min) * length + 1e-9;
            double[] subs = abjadB ? SUB_ABJAD : SUB;
            double[] deletes = abjadB ? INDEL_ABJAD : INDEL;
            if (insert.length < m + 1) {
                int size = 2 * (m + 1);
                before = new double[size];
                prev = new double[size];
                cur = new double[size];
                insert = new double[size];
            }
            double[] before = this.before;
            double[] prev = this.prev;
            double[] cur = this.cur;
            double[] insert = this.insert;
            prev[0] = 0;
            for (int j = 1; j <= m; j++) {
                insert[j] = INDEL[b[j - 1]];
                prev[j] = prev[j - 1] + insert[j];
            }
            double prevRowMin = 0;
            for (int i = 1; i <= n; i++) {
                int ca = a[i - 1];
                int caBefore = i > 1 ? a[i - 2] : -1;
                double delete = deletes[ca];
                double left = prev[0] + delete; // the cell to the left of the current one
                cur[0] = left;
                double rowMin = left;
                double upLeft = prev[0];
                int row = ca << 7;
                int cbBefore = -2;
                for (int j = 1; j <= m; j++) {
                    int cb = b[j - 1];
                    double up = prev[j];
                    // costs are never negative nor NaN: plain comparisons give Math.min's answers
                    double sub = upLeft + subs[row | cb];
                    double del = up + delete;
                    double ins = left + insert[j];
                    double best = del < ins ? del : ins;
                    best = sub < best ? sub : best;
                    if (ca == cbBefore && caBefore == cb && ca != cb) {
                        double swap = before[j - 2] + TRANSPOSITION;
                        best = swap < best ? swap : best;
                    }
                    cur[j] = best;
                    rowMin = best < rowMin ? best : rowMin;
                    left = best;
                    upLeft = up;
                    cbBefore = cb;
                }
                if (rowMin > budget) {
                    return 0; // no alignment can come back under the budget
                }
                if (rowMin > minBudget && prevRowMin > minBudget) {
                    return 0; // nor under the cost that min allows
                }
                prevRowMin = rowMin;
                double[] t = before;
                before = prev;
                prev = cur;
                cur = t;
            }
            this.before = before;
            this.prev = prev;
            this.cur = cur;
            return finish((char) a[0], (char) b[0], n == m, prev[m], length, abjadB);
        }
    }

    private static final ThreadLocal<Letters> LETTERS = ThreadLocal.withInitial(Letters::new);

    /** Substitution costs between ASCII letters ({@link Costs#substitute}), row by the first letter. */
    private static final double[] SUB = new double[128 * 128];
    /** {@link #SUB} when the second key comes from an abjad. */
    private static final double[] SUB_ABJAD = new double[128 * 128];
    /** Insertion and deletion costs of ASCII letters ({@link Costs#indel}). */
    private static final double[] INDEL = new double[128];
    /** {@link #INDEL} of a letter missing from an abjad. */
    private static final double[] INDEL_ABJAD = new double[128];

    static {
        for (char x = 0; x < 128; x++) {
            INDEL[x] = Costs.indel(x, false);
            INDEL_ABJAD[x] = Costs.indel(x, true);
            for (char y = 0; y < 128; y++) {
                SUB[x << 7 | y] = Costs.substitute(x, y, false);
                SUB_ABJAD[x << 7 | y] = Costs.substitute(x, y, true);
            }
        }
    }

    /** The distance table's rows, per thread: comparisons run in every query's inner loops. */
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[128]);
}
