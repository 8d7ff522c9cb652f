package org.jsis.namematch.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Romanisation-tolerant keys of one token, computed from its canonical Latin form.
 *
 * <p>Three forms, from strict to loose:
 *
 * <ol>
 *   <li>the <b>romanised key</b> rewrites every spelling that romanisation systems use for one sound
 *       to one symbol: {@code zh j ž dj sh sch sz ch tch tsch cz} are {@code J}, {@code kh h x} are
 *       {@code H}, {@code ts tz c} are {@code C}, {@code w} is {@code v}, {@code ou} is {@code u};
 *       the glides of {@code ya ja ia}, {@code yu ju iu}, {@code ye je ie e} become one {@code y};
 *       endings {@code -iy -ij -yi -y} become {@code i}; doubled letters are single. Tsarnaev and
 *       Tsarnayev, Bordyuzha, Bordiouja and Bordjuscha each get one key. A few letters are read two
 *       ways ({@code j} as a glide or as {@code ж}, {@code x} as {@code ks} or {@code kh}, {@code ch} as {@code ч} or
 *       {@code х}, {@code c}
 *       as {@code k} or {@code ts}), which gives up to {@value #MAX_VARIANTS} variants.
 *   <li>the <b>skeleton</b> keeps consonant classes only (voiced and voiceless pairs together, no
 *       vowels except a mark for an initial one), so that Arabic script without short vowels ({@code
 *       mhmd}) and Mohammad, Muhammad, Mukhammad meet. It is the retrieval key of the index.
 *   <li>the <b>stem</b> is the romanised key without a Russian surname ending ({@code -ov -ova -ev
 *       -eva -in -ina -sky -skaya}) or the Georgian nominative {@code -i}, so that Rakhmonov meets
 *       Rahmon and Ivanova meets Ivanov.
 * </ol>
 */
public final class PhoneticKey {

    /** The most romanised-key variants one token gets. */
    public static final int MAX_VARIANTS = 4;

    private static final String[] ENDINGS = {"skaya", "tskaya", "ova", "eva", "ina", "yna", "ov", "ev", "in", "yn"};

    private PhoneticKey() {}

    /** The romanised-key variants of a canonical token, the most likely reading first. */
    public static List<String> romanised(String canonical) {
        List<Unit> units = units(prefixes(canonical));
        List<String> out = new ArrayList<>(2);
        int ambiguous = 0;
        for (Unit u : units) {
            if (u.alternative != null) {
                ambiguous++;
            }
        }
        int combos = Math.min(MAX_VARIANTS, 1 << Math.min(ambiguous, 2));
        for (int mask = 0; mask < combos; mask++) {
            String key = render(units, mask);
            if (!out.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    /** The primary romanised key. */
    public static String romanisedPrimary(String canonical) {
        return render(units(prefixes(canonical)), 0);
    }

    /** The consonant skeleton of a romanised key. */
    public static String skeleton(String romanised) {
        StringBuilder sb = new StringBuilder(romanised.length());
        for (int i = 0; i < romanised.length(); i++) {
            char c = romanised.charAt(i);
            char k = skeletonClass(c);
            if (i == 0 && (k == 0)) {
                sb.append('A');
                continue;
            }
            if (k != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != k)) {
                sb.append(k);
            }
        }
        return sb.toString();
    }

    /**
     * The skeleton with the vowels kept as three classes ({@code a}; {@code e i y} as {@code i};
     * {@code o u} as {@code u}, the pairs that romanisations and typists confuse most cheaply): a key
     * far more selective than the skeleton where words differ mainly in their vowels, as in a
     * vocabulary of words invented from syllables, where one consonant frame holds thousands.
     * Repeated symbols are one, as in the skeleton.
     */
    public static String vowelKey(String romanised) {
        StringBuilder sb = new StringBuilder(romanised.length());
        for (int i = 0; i < romanised.length(); i++) {
            char c = romanised.charAt(i);
            char k = skeletonClass(c);
            if (k == 0) {
                k = vowelClass(c);
            }
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != k) {
                sb.append(k);
            }
        }
        return sb.toString();
    }

    /** The vowel keys with one vowel class written for another (closest first: vowels cost least). */
    public static List<String> vowelSubstitutions(String key) {
        List<String> out = new ArrayList<>(2 * key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (isVowelClass(c)) {
                for (char v : VOWEL_CLASSES) {
                    if (v != c) {
                        out.add(key.substring(0, i) + v + key.substring(i + 1));
                    }
                }
            }
        }
        return out;
    }

    /** The vowel keys with one vowel class left out, or one added between two consonants (or at either end). */
    public static List<String> vowelIndels(String key) {
        List<String> out = new ArrayList<>(4 * key.length() + 3);
        for (int i = 0; i < key.length(); i++) {
            if (isVowelClass(key.charAt(i))) {
                out.add(key.substring(0, i) + key.substring(i + 1));
            }
        }
        for (int i = 0; i <= key.length(); i++) {
            boolean vowelBefore = i > 0 && isVowelClass(key.charAt(i - 1));
            boolean vowelAfter = i < key.length() && isVowelClass(key.charAt(i));
            if (!vowelBefore && !vowelAfter) {
                for (char v : VOWEL_CLASSES) {
                    out.add(key.substring(0, i) + v + key.substring(i));
                }
            }
        }
        return out;
    }

    /**
     * The vowel keys with one vowel class added beside a vowel class (a diphthong: kar, kair; a glide or an
     * i-class vowel there costs little), which {@link #vowelIndels} leaves out.
     */
    public static List<String> vowelsBesideVowels(String key) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= key.length(); i++) {
            char before = i > 0 ? key.charAt(i - 1) : 0;
            char after = i < key.length() ? key.charAt(i) : 0;
            if (!isVowelClass(before) && !isVowelClass(after)) {
                continue;
            }
            for (char v : VOWEL_CLASSES) {
                if (v != before && v != after) {
                    out.add(key.substring(0, i) + v + key.substring(i));
                }
            }
        }
        return out;
    }

    private static final char[] VOWEL_CLASSES = {'a', 'i', 'u'};

    /** The consonant classes of skeletons and vowel keys. */
    private static final char[] CONSONANT_CLASSES = consonantClasses();

    private static char[] consonantClasses() {
        StringBuilder sb = new StringBuilder();
        for (char c : "abcdefghijklmnopqrstuvwxyzCHJ".toCharArray()) {
            char k = skeletonClass(c);
            if (k != 0 && sb.indexOf(String.valueOf(k)) < 0) {
                sb.append(k);
            }
        }
        return sb.toString().toCharArray();
    }

    /**
     * The vowel keys one consonant class away: one written for another, one left out, or one added
     * (the typing errors that change a word's consonants but keep its vowels). Keys that collapse to
     * the key itself are left out; the list may hold a key more than once.
     */
    public static List<String> consonantEdits(String key) {
        List<String> out = new ArrayList<>(CONSONANT_CLASSES.length * (2 * key.length() + 1));
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (isVowelClass(c)) {
                continue;
            }
            char prev = i > 0 ? key.charAt(i - 1) : 0;
            char next = i + 1 < key.length() ? key.charAt(i + 1) : 0;
            String before = key.substring(0, i);
            String after = key.substring(i + 1);
            for (char k : CONSONANT_CLASSES) {
                if (k != c && k != prev && k != next) {
                    out.add(before + k + after);
                }
            }
            // repeated symbols are one in a key: a vowel class on both sides of the left-out consonant too
            String deleted = prev != 0 && prev == next ? before + after.substring(1) : before + after;
            if (!deleted.isEmpty()) {
                out.add(deleted);
            }
        }
        for (int i = 0; i <= key.length(); i++) {
            char prev = i > 0 ? key.charAt(i - 1) : 0;
            char next = i < key.length() ? key.charAt(i) : 0;
            String before = key.substring(0, i);
            String after = key.substring(i);
            for (char k : CONSONANT_CLASSES) {
                if (k != prev && k != next) {
                    out.add(before + k + after);
                }
            }
        }
        return out;
    }

    private static boolean isVowelClass(char c) {
        return c == 'a' || c == 'i' || c == 'u';
    }

    private static char vowelClass(char c) {
        return switch (c) {
            case 'a' -> 'a';
            case 'o', 'u' -> 'u';
            default -> 'i'; // e, i and the glide y
        };
    }

    /**
     * Short skeletons one step away in a class that transcriptions confuse, for lookup: {@code s} for
     * {@code sh} (Japanese си = shi in Russian, Hungarian s), {@code t} for {@code ch} (ти = chi), an
     * initial vowel for an initial {@code h}/{@code kh} (Эррада, Herrada) or {@code w} (Уорд, Ward),
     * {@code b} for {@code v}. Longer skeletons need none: a deletion on both sides already finds one
     * substitution.
     */
    public static List<String> nearSkeletons(String skeleton) {
        int n = skeleton.length();
        if (n < 1 || n > 3) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        for (int i = 0; i < n; i++) {
            String near = NEAR_CLASSES.get(i == 0 ? "^" + skeleton.charAt(0) : String.valueOf(skeleton.charAt(i)));
            if (near == null && i == 0) {
                near = NEAR_CLASSES.get(String.valueOf(skeleton.charAt(0)));
            }
            for (int k = 0; near != null && k < near.length(); k++) {
                out.add(skeleton.substring(0, i) + near.charAt(k) + skeleton.substring(i + 1));
            }
        }
        for (int i = 1; i <= n; i++) {
            out.add(skeleton.substring(0, i) + 'K' + skeleton.substring(i)); // a silent h: Rehn, Рен; Dahlia, Далия
        }
        return out;
    }

    private static final java.util.Map<String, String> NEAR_CLASSES = java.util.Map.of(
            "S", "J", "J", "ST", "T", "J", "B", "V", "V", "B", "^A", "KV", "^K", "AJ", "^V", "AB", "^J", "SK", "^T",
            "J");

    /**
     * The romanised key without a surname ending, or the key itself when it has none.
     *
     * @param georgian whether the token was written in Georgian, whose names end in a nominative -i
     */
    public static String stem(String romanised, boolean georgian) {
        String ending = ending(romanised, georgian);
        String stem = romanised.substring(0, romanised.length() - ending.length());
        return ending.startsWith("sk") || ending.startsWith("tsk") ? stem + "ski" : stem;
    }

    /**
     * The surname ending's family ({@code ov} for -ov and -ova, {@code ski} for -sky and -skaya, ...),
     * or the empty string when the key has no such ending.
     */
    public static String endingFamily(String romanised, boolean georgian) {
        String ending = ending(romanised, georgian);
        if (ending.isEmpty() || ending.equals("i")) {
            return ending;
        }
        return ending.startsWith("sk") || ending.startsWith("tsk") ? "ski" : ending.substring(0, 2);
    }

    private static String ending(String romanised, boolean georgian) {
        int n = romanised.length();
        if (georgian && n > 4 && romanised.charAt(n - 1) == 'i' && !isVowel(romanised.charAt(n - 2))) {
            return "i";
        }
        for (String ending : ENDINGS) {
            if (n - ending.length() >= 3 && romanised.endsWith(ending)) {
                return ending;
            }
        }
        return "";
    }

    /**
     * A romanised key without a nominative ending in vowel + s (Latin -us, Greek -os, Lithuanian -as,
     * -is, -ys, -us), or null when it has none or too little would be left: Antoninus, antonin;
     * Putinas, putin.
     */
    public static @Nullable String nominativeStem(String key) {
        int n = key.length();
        char vowel = n < 2 ? 0 : key.charAt(n - 2);
        boolean classical = vowel == 'u' || vowel == 'o';
        if (n < (classical ? 5 : 6) || key.charAt(n - 1) != 's' || "aiouy".indexOf(vowel) < 0) {
            return null;
        }
        return key.substring(0, n - 2);
    }

    /** Whether the character is a vowel of a romanised key (the glide {@code y} is not). */
    public static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static char skeletonClass(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y' -> 0;
            case 'g', 'k', 'H' -> 'K';
            case 'b', 'p' -> 'B';
            case 'd', 't' -> 'T';
            case 'v', 'f' -> 'V';
            case 's', 'z', 'C' -> 'S';
            case 'J' -> 'J';
            default -> Character.toUpperCase(c);
        };
    }

    /** Arabic theophoric names: abdul-, abdel-, abdur-, abdal- are all abd- (Abdurrahman, Abdelaziz). */
    private static String prefixes(String s) {
        int i = skip(s, 0);
        if (!s.startsWith("a", i)
                || !s.startsWith("b", skip(s, i + 1))
                || !s.startsWith("d", skip(s, skip(s, i + 1) + 1))) {
            return s;
        }
        int end = skip(s, skip(s, skip(s, i + 1) + 1) + 1); // after a, b, d (Arabic letters end in _)
        int rest = end;
        if (rest < s.length() && isVowel(s.charAt(rest))) {
            rest = skip(s, rest + 1);
            if (s.startsWith("u", rest) && s.charAt(rest - 1) == 'o') {
                rest++; // French ou: Abdoulaye, Abdou
            }
            if (rest < s.length() - 1 && s.charAt(rest) == 'l') {
                rest = skip(s, rest + 1);
            }
        }
        // a bare Abdul or Abdel keeps its letters; only compounds share the abd- form
        // the separator keeps abd + h from reading as the digraph dh (Abdulhamid, عبدالحميد)
        return s.length() - rest >= 2 ? "abd" + (s.indexOf('_') >= 0 ? "_" : "|") + s.substring(rest) : s;
    }

    private static int skip(String s, int i) {
        while (i < s.length() && s.charAt(i) == '_') {
            i++;
        }
        return i;
    }

    /** One sound: its symbol, and an alternative reading when the spelling is ambiguous. */
    private record Unit(String symbol, String alternative, Kind kind, boolean silentAtEnd) {
        Unit(String symbol, String alternative, Kind kind) {
            this(symbol, alternative, kind, false);
        }

        Unit(String symbol, Kind kind) {
            this(symbol, null, kind, false);
        }
    }

    private enum Kind {
        VOWEL,
        GLIDE,
        CONSONANT
    }

    /**
     * Whether {@code s} begins with m, i or y, k, a or o, l (the pattern {@code m[iy]k[ao]l}), read as
     * characters: every token's keys are made here (query tokens, split halves, and the joined words
     * of thousands of candidates a query), and a regular expression's matcher made per call was a
     * large part of {@link #units} in profiles of register screenings (nm-tail9's change, measured
     * there without a gain beyond the spread; kept here beside the cluster table below).
     */
    static boolean startsLikeMykola(String s) {
        return s.length() >= 5
                && s.charAt(0) == 'm'
                && (s.charAt(1) == 'i' || s.charAt(1) == 'y')
                && s.charAt(2) == 'k'
                && (s.charAt(3) == 'a' || s.charAt(3) == 'o')
                && s.charAt(4) == 'l';
    }

    private static final String[][] CLUSTERS = {
        {"schtsch", "J"},
        {"shtsch", "J"},
        {"szcz", "J"},
        {"shch", "J"},
        {"shh", "J"}, // GOST 7.79 B щ
        {"tsch", "J"},
        {"dzh", "J"},
        {"dsch", "J"},
        {"jj", "J"},
        {"dz", "z"},
        {"tsj", "J"},
        {"sch", "J"},
        {"tch", "J"},
        {"tsh", "J"},
        {"zh", "J"},
        {"sh", "J"},
        {"cs", "J"},
        {"sj", "J"},
        {"ch", "J"},
        {"tx", "J"}, // Catalan and Basque ч: Nikolàievitx, Etxeberria
        {"cz", "J"},
        {"sz", "J"},
        {"kh", "H"},
        {"gh", "g"},
        {"ph", "f"},
        {"ts", "C"},
        {"tz", "C"},
        {"tc", "C"}, // GOST R 52535.1 ц
        {"ck", "k"},
        {"ou", "u"},
        {"oo", "u"},
        {"ee", "i"}
    };

    /** Each cluster's unit (immutable, so one instance serves every key). */
    private static final Unit[] CLUSTER_UNITS = new Unit[CLUSTERS.length];

    /**
     * The indices of the clusters by their first letter, in {@link #CLUSTERS}' order: only those can
     * begin at a position, and the first of them that matches there is the first of the whole table
     * that does. Read instead of trying all 32 at every letter of every key made.
     */
    private static final int[][] CLUSTERS_BY_FIRST = new int[128][];

    static {
        for (int k = 0; k < CLUSTERS.length; k++) {
            String symbol = CLUSTERS[k][1];
            CLUSTER_UNITS[k] = new Unit(symbol, isVowel(symbol.charAt(0)) ? Kind.VOWEL : Kind.CONSONANT);
            char first = CLUSTERS[k][0].charAt(0);
            int[] list = CLUSTERS_BY_FIRST[first];
            list = list == null ? new int[1] : java.util.Arrays.copyOf(list, list.length + 1);
            list[list.length - 1] = k;
            CLUSTERS_BY_FIRST[first] = list;
        }
    }

    /** The index in {@link #CLUSTERS} of the first cluster that {@code s} holds at {@code i}, or -1. */
    static int cluster(String s, int i) {
        char c = s.charAt(i);
        int[] list = c < 128 ? CLUSTERS_BY_FIRST[c] : null;
        if (list != null) {
            for (int k : list) {
                if (s.startsWith(CLUSTERS[k][0], i)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** {@link #cluster} by trying every cluster in the table's order: the answer it must give; for tests. */
    static int clusterByScan(String s, int i) {
        for (int k = 0; k < CLUSTERS.length; k++) {
            if (s.startsWith(CLUSTERS[k][0], i)) {
                return k;
            }
        }
        return -1;
    }

    /** The number of clusters; for tests. */
    static int clusterCount() {
        return CLUSTERS.length;
    }

    private static List<Unit> units(String s) {
        List<Unit> units = new ArrayList<>(s.length());
        boolean abjad = s.indexOf('_') >= 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '_' || c == '|') {
                i++; // letter boundary of Arabic script or after a prefix: only stops digraphs forming
                continue;
            }
            if (abjad && c == 'h' && skip(s, i + 1) >= s.length() && !units.isEmpty()) {
                // a final ه after a consonant: Allah, -ullah, -ulla (الله), Hamada (حماده)
                units.add(new Unit("H", "", Kind.CONSONANT));
                i++;
                continue;
            }
            if (i == 0 && startsLikeMykola(s)) {
                // Nicholas in Ukrainian, Belarusian and Polish (Mykola, Mikalai, Mikołaj) begins with m
                // where Russian Nikolai has n; so do the patronymics Mykolaiovych, Nikolaevich
                units.add(new Unit("m", "n", Kind.CONSONANT));
                i++;
                continue;
            }
            if (c == 'd' && i + 2 < s.length() && s.charAt(i + 1) == 'j' && isVowel(s.charAt(i + 2))) {
                units.add(new Unit("J", "d", Kind.CONSONANT)); // French/English dj = дж, or d + glide
                i += 2;
                continue;
            }
            if (s.startsWith("dh", i)) {
                units.add(new Unit("d", "z", Kind.CONSONANT)); // Arabic ذ ظ: Dhul or Zul, Kadhim or Kazim
                i += 2;
                continue;
            }
            if (abjad && c == 'u' && !units.isEmpty()) {
                units.add(new Unit("u", "v", Kind.VOWEL)); // Arabic و inside a word: a vowel or w
                i++;
                continue;
            }
            if (!abjad
                    && s.startsWith("gh", i)
                    && !units.isEmpty()
                    && units.get(units.size() - 1).kind != Kind.CONSONANT
                    && (i + 2 >= s.length() || !isVowel(s.charAt(i + 2)))) {
                units.add(new Unit("g", "", Kind.CONSONANT)); // English silent gh (Doughty, Hughton) or Arabic gh
                i += 2;
                continue;
            }
            if (!abjad
                    && s.startsWith("qu", i)
                    && i + 2 < s.length()
                    && (s.charAt(i + 2) == 'e' || s.charAt(i + 2) == 'i')) {
                units.add(new Unit("k", "kv", Kind.CONSONANT)); // Romance qu (Riquelme, Levesque) or Latin (Quintilian)
                i += 2;
                continue;
            }
            if (!abjad
                    && i >= 3
                    && i == s.length() - 2
                    && (s.startsWith("us", i) || s.startsWith("os", i))
                    && (s.charAt(i - 1) == 'i' || s.charAt(i - 1) == 'y')) {
                units.add(new Unit("us", "", Kind.VOWEL)); // Latin -ius, Greek -ios: Russian -ий (Novius, Новий)
                i += 2;
                continue;
            }
            if (s.startsWith("th", i)) {
                units.add(new Unit("t", "s", Kind.CONSONANT)); // Arabic ث: Uthman, Usman, Othman, Osman
                i += 2;
                continue;
            }
            if (s.startsWith("ch", i)) {
                units.add(new Unit("J", "H", Kind.CONSONANT)); // English ч, French ш, or German х
                i += 2;
                continue;
            }
            if (!abjad
                    && c == 'r'
                    && s.startsWith("z", i + 1)
                    && !units.isEmpty()
                    && units.get(units.size() - 1).kind == Kind.CONSONANT) {
                units.add(new Unit("J", Kind.CONSONANT)); // Polish rz after a consonant is ż: Grzegorz, Krzysztof
                i += 2;
                continue;
            }
            if (!abjad && s.startsWith("tj", i) && i > 0) {
                // Swedish and Danish tj is ч (Vjatjeslavovitj, Nikolajevitj); before a vowel it may
                // also be German or Dutch t + glide (Katja, Катя)
                boolean vowelNext = i + 2 < s.length() && isVowel(s.charAt(i + 2));
                units.add(vowelNext ? new Unit("J", "ty", Kind.CONSONANT) : new Unit("J", Kind.CONSONANT));
                i += 2;
                continue;
            }
            int cluster = cluster(s, i);
            if (cluster >= 0) {
                units.add(CLUSTER_UNITS[cluster]);
                i += CLUSTERS[cluster][0].length();
                continue;
            }
            units.add(single(s, i, units));
            i++;
        }
        return resolveGlides(units);
    }

    /**
     * The units of single ASCII letters read as themselves: a, e, o vowels, i and y glides, every
     * other one a consonant (immutable, so one instance serves every key).
     */
    private static final Unit[] PLAIN = new Unit[128];

    static {
        for (char c = 0; c < 128; c++) {
            Kind kind =
                    c == 'a' || c == 'e' || c == 'o' ? Kind.VOWEL : c == 'i' || c == 'y' ? Kind.GLIDE : Kind.CONSONANT;
            PLAIN[c] = new Unit(String.valueOf(c), kind);
        }
    }

    private static Unit single(String s, int i, List<Unit> before) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        return switch (c) {
            case 'u' ->
                // Latin and Greek au, eu before a consonant are ав, ев in Russian (Augustinus Августин,
                // Eugenios Евгений, Aurelius Аврелий); a u before a vowel at the start is the у that
                // Russian spelling gives an English w (Уолтер, Ualter)
                i > 0
                                        && (s.charAt(i - 1) == 'a' || s.charAt(i - 1) == 'e')
                                        && next != 0
                                        && !isVowel(next)
                                        && next != 'y'
                                || i == 0 && isVowel(next) && s.indexOf('_') < 0
                        ? new Unit("u", "v", Kind.VOWEL)
                        : new Unit("u", Kind.VOWEL);
            case 'a', 'e', 'o', 'i', 'y' -> PLAIN[c];
            case 'j' -> {
                boolean glideOnly =
                        !isVowel(next) || (!before.isEmpty() && before.get(before.size() - 1).kind == Kind.GLIDE);
                yield glideOnly ? new Unit("j", Kind.GLIDE) : new Unit("J", "j", Kind.CONSONANT);
            }
            case 'h' -> new Unit("H", null, Kind.CONSONANT, true);
            case 'x' -> i == 0 ? new Unit("H", Kind.CONSONANT) : new Unit("ks", "H", Kind.CONSONANT);
            case 'q' -> new Unit("k", Kind.CONSONANT);
            case 'g' ->
                // soft g before e, i, y in Italian, French, English and Romanian names (Giovanni, Gide, George)
                (next == 'e' || next == 'i' || next == 'y') && s.indexOf('_') < 0
                        ? new Unit("g", "J", Kind.CONSONANT)
                        : new Unit("g", Kind.CONSONANT);
            case 'w' ->
                // English w after a vowel and before a consonant or the end is a vowel (Bercow, Forshaw)
                i > 0 && isVowel(s.charAt(i - 1)) && !isVowel(next) && next != 'y'
                        ? new Unit("v", "u", Kind.CONSONANT)
                        : new Unit("v", Kind.CONSONANT);
            case 'r' ->
                // French -ier: the r is silent (Rosier, Розье; Poussier, Пусье)
                i >= 3 && i == s.length() - 1 && s.charAt(i - 1) == 'e' && s.charAt(i - 2) == 'i'
                        ? new Unit("r", "", Kind.CONSONANT)
                        : new Unit("r", Kind.CONSONANT);
            case 'c' ->
                next == 'e' || next == 'i' || next == 'y'
                        ? new Unit("C", Kind.CONSONANT)
                        : new Unit("k", "C", Kind.CONSONANT);
            default -> c < 128 ? PLAIN[c] : new Unit(String.valueOf(c), Kind.CONSONANT);
        };
    }

    /**
     * Marks each run of i/y/j glide letters as a glide {@code y} (next to a vowel) or a vowel {@code
     * i} (between consonants), and gives {@code e} after a vowel or at the start its glide.
     */
    private static List<Unit> resolveGlides(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size() + 2);
        int i = 0;
        while (i < units.size()) {
            Unit u = units.get(i);
            if (u.kind == Kind.GLIDE) {
                int end = i;
                while (end < units.size() && units.get(end).kind == Kind.GLIDE) {
                    end++;
                }
                boolean vowelBefore = !out.isEmpty() && out.get(out.size() - 1).kind == Kind.VOWEL;
                boolean vowelAfter = end < units.size() && units.get(end).kind == Kind.VOWEL;
                boolean glide = vowelBefore || vowelAfter;
                out.add(new Unit(glide ? "y" : "i", glide ? Kind.GLIDE : Kind.VOWEL));
                i = end;
                continue;
            }
            if (u.symbol.equals("e") && (out.isEmpty() || out.get(out.size() - 1).kind == Kind.VOWEL)) {
                out.add(new Unit("y", Kind.GLIDE));
            }
            if (u.alternative != null && u.alternative.equals("j")) {
                // a j before a vowel, read as a glide, is y in the same place
                out.add(new Unit("J", "y", Kind.CONSONANT));
            } else if (u.alternative != null && u.alternative.equals("d")) {
                out.add(new Unit("J", "dy", Kind.CONSONANT));
            } else {
                out.add(u);
            }
            i++;
        }
        return out;
    }

    private static String render(List<Unit> units, int mask) {
        StringBuilder sb = new StringBuilder(units.size() + 2);
        int ambiguous = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            String symbol = u.symbol;
            if (u.alternative != null) {
                if (ambiguous < 2 && (mask & (1 << ambiguous)) != 0) {
                    symbol = u.alternative;
                }
                ambiguous++;
            }
            boolean last = i == units.size() - 1;
            if (last && u.silentAtEnd && sb.length() > 3 && sb.charAt(sb.length() - 1) == 'a') {
                continue; // final h after a is silent: Abdullah, Abdulla, Fatimah (not Salih, Saleh)
            }
            for (int k = 0; k < symbol.length(); k++) {
                char c = symbol.charAt(k);
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
