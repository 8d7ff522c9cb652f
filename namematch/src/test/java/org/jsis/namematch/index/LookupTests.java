package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.score.TokenSimilarity;
import org.jsis.namematch.text.NameAnalyzer;
import org.jsis.namematch.text.Normaliser;
import org.jsis.namematch.text.PhoneticKey;
import org.jsis.namematch.text.TokenForm;
import org.jsis.namematch.text.Transliteration;
import org.junit.jupiter.api.Test;

/** The index's fuzzy word lookup, against brute-force scans of the whole vocabulary. */
class LookupTests {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.uncached();

    private static TokenForm form(String token) {
        String folded = Normaliser.normalise(token);
        return ANALYZER.form(folded, Transliteration.looksUkrainianOrBelarusian(folded));
    }

    /** The vocabulary words (folded) that the lookup of {@code token} finds. */
    private static Set<String> lookUp(Engine engine, String token) {
        List<TokenForm> vocabulary = engine.vocabularyForTest();
        Set<String> out = new TreeSet<>();
        for (int v : engine.lookUpForTest(form(token))) {
            out.add(vocabulary.get(v).folded());
        }
        return out;
    }

    /**
     * Every vocabulary word (folded) that {@link TokenSimilarity#compare} accepts and whose vowel key
     * is one vowel-class edit or less from the token's (a substitution only, if so asked): what the
     * lookup's closer rings find.
     */
    private static Set<String> closeByBruteForce(Engine engine, String token, boolean substitutionsOnly) {
        TokenForm query = form(token);
        Set<String> out = new TreeSet<>();
        for (TokenForm f : engine.vocabularyForTest()) {
            if (TokenSimilarity.compare(query, f) != null && close(query, f, substitutionsOnly)) {
                out.add(f.folded());
            }
        }
        return out;
    }

    private static boolean close(TokenForm a, TokenForm b, boolean substitutionsOnly) {
        for (String ka : keys(a)) {
            for (String kb : keys(b)) {
                String va = PhoneticKey.vowelKey(ka);
                String vb = PhoneticKey.vowelKey(kb);
                if (substitutionsOnly ? va.length() == vb.length() && oneVowelEdit(va, vb) : oneVowelEdit(va, vb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> keys(TokenForm f) {
        List<String> keys = new ArrayList<>(f.romanised());
        keys.add(f.stem());
        return keys;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u';
    }

    /**
     * Whether {@code b} is {@code a}, or {@code a} with one vowel class written for another, one left
     * out, or one added where neither neighbour is a vowel class (written independently of
     * PhoneticKey.vowelSubstitutions and vowelIndels).
     */
    private static boolean oneVowelEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() == b.length()) {
            int diff = -1;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diff >= 0) {
                        return false;
                    }
                    diff = i;
                }
            }
            return isVowel(a.charAt(diff)) && isVowel(b.charAt(diff));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if (isVowel(longer.charAt(i)) && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                boolean deletion = longer == a;
                boolean lonely = (i == 0 || !isVowel(longer.charAt(i - 1)))
                        && (i + 1 == longer.length() || !isVowel(longer.charAt(i + 1)));
                if (deletion || lonely) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Engine index(List<String> names) {
        Engine engine = new Engine();
        List<NameRecord> records = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            records.add(NameRecord.person("r" + i, names.get(i)));
        }
        engine.putAll(records);
        return engine;
    }

    /**
     * A word whose key is longer than the look-up lists store a length for ({@link
     * VocabList#LONG_KEY}) is still gathered by its real length: a token with one consonant more
     * finds it among the words one skeleton deletion away (a fuzzy tier, which skips words whose key
     * length differs by more than 3), where the stored mark (127) is 6 letters from the token's 133.
     */
    @Test
    void aWordWithAVeryLongKeyIsGatheredByItsRealLength() {
        String[] syllables = {"ba", "ko", "di", "mu", "ne", "ta", "li", "so", "ru", "ve", "ga"};
        StringBuilder word = new StringBuilder();
        for (int i = 0; word.length() < 132; i++) {
            word.append(syllables[(i * 7 + i / 11) % syllables.length]);
        }
        String listed = word.toString();
        String query = listed.substring(0, 60) + "r" + listed.substring(60);
        Engine engine = index(List.of("Aaron " + listed, "Petrov Ivanov"));
        assertThat(form(listed).key().length()).isGreaterThan(VocabList.LONG_KEY);
        assertThat(form(query).key().length() - form(listed).key().length()).isBetween(1, 3);
        assertThat(form(query).skeletons())
                .doesNotContain(form(listed).skeletons().get(0));
        assertThat(lookUp(engine, query)).contains(listed);
    }

    @Test
    void findsSpellingsAcrossScriptsAndRomanisations() {
        Engine engine = index(List.of(
                "Nikolai Bordyuzha", "Николай Бордюжа", "Tamerlan Tsarnaev", "محمد", "Mukhammad Rakhmonov", "Ivanova"));
        assertThat(lookUp(engine, "Bordiouja")).contains("bordyuzha", "бордюжа");
        assertThat(lookUp(engine, "Tsarnayev")).contains("tsarnaev");
        assertThat(lookUp(engine, "Muhammad")).contains("محمد", "mukhammad");
        assertThat(lookUp(engine, "Rahmon")).contains("rakhmonov"); // by the stem
        assertThat(lookUp(engine, "Ivanov")).contains("ivanova");
        assertThat(lookUp(engine, "Petrov")).isEmpty();
    }

    /**
     * Seeded random names built from syllables, in Latin and Cyrillic, and random misspellings of
     * them as queries: every word within one vowel-class edit that the comparison accepts is found,
     * and so is every word that it accepts at 0.9 or more whose skeleton is the query's.
     */
    @Test
    void findsEveryCloseWordThatABruteForceScanFinds() {
        Random random = new Random(42);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            words.add(word(random));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i += 2) {
            names.add(words.get(i) + " " + words.get(i + 1));
        }
        for (int i = 0; i < 100; i++) {
            names.add(cyrillic(words.get(random.nextInt(words.size()))));
        }
        Engine engine = index(names);
        int withMatches = 0;
        for (int t = 0; t < 120; t++) {
            String q = misspell(random, words.get(random.nextInt(words.size())));
            Set<String> found = lookUp(engine, q);
            Set<String> expected = closeByBruteForce(engine, q, false);
            assertThat(found).as(q).containsAll(expected);
            TokenForm query = form(q);
            for (TokenForm f : engine.vocabularyForTest()) {
                TokenSimilarity.Result r = TokenSimilarity.compare(query, f);
                if (r != null
                        && r.similarity() >= 0.9
                        && f.skeletons().contains(query.skeletons().get(0))) {
                    assertThat(found).as(q + " ~ " + f.folded()).contains(f.folded());
                }
            }
            withMatches += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withMatches).as("queries with some close word").isGreaterThan(15);
    }

    /**
     * A consonant frame with every vowel pattern (3,125 surnames, as in a register of invented
     * words): the closest rings (the same vowel key, one vowel class for another) hold more than
     * enough entries, so the skeleton's wider neighbourhood is not gathered, and still every word in
     * them that the comparison accepts is found.
     */
    @Test
    void aDenseVocabularyIsSearchedByTheCloseTierAndFindsEveryCloseWord() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3125; i++) {
            names.add(EngineTests.lookAlike(i));
        }
        names.add("Marekutumas"); // a consonant and two vowel classes apart: in the skeleton's neighbourhood only
        Engine dense = index(names);
        assertThat(lookUp(dense, "Murekutunes"))
                .contains("murekutunes")
                .containsAll(closeByBruteForce(dense, "Murekutunes", true))
                .doesNotContain("marekutumas");
        // the same word among few look-alikes: the wider neighbourhood is gathered and finds it
        Engine sparse = index(List.of("Murekutunes", "Marekutunas", "Marekutumas"));
        assertThat(lookUp(sparse, "Murekutunes")).contains("murekutunes", "marekutunas", "marekutumas");
    }

    /**
     * A typing error in a consonant that lands in another dense consonant frame: the query word's own
     * skeleton holds thousands of vowel look-alikes, so its closer rings fill up and the skeleton's
     * wide neighbourhood is not gathered; still the word one consonant away is found (the ring of one
     * consonant edit around the same vowels). Three frames with every vowel pattern: M-r-k-t-n-s,
     * M-r-k-t-m-s and M-l-k-t-n-s.
     */
    @Test
    void aDenseVocabularyStillFindsAWordOneConsonantAway() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3125; i++) {
            String word = EngineTests.lookAlike(i);
            names.add(word);
            names.add(word.replace('n', 'm'));
            names.add(word.replace('r', 'l'));
        }
        Engine dense = index(names);
        assertThat(lookUp(dense, "Murekutumes")).as("m for n").contains("murekutunes", "murekutumes");
        assertThat(lookUp(dense, "Mulekutunes")).as("l for r").contains("murekutunes", "mulekutunes");
        Random random = new Random(5);
        int accepted = 0;
        for (int t = 0; t < 60; t++) {
            String word = EngineTests.lookAlike(random.nextInt(3125)).toLowerCase(java.util.Locale.ROOT);
            String typo = random.nextBoolean() ? word.replace('n', 'm') : word.replace('r', 'l');
            if (random.nextBoolean()) {
                String swap = typo;
                typo = word;
                word = swap;
            }
            if (TokenSimilarity.compare(form(typo), form(word)) != null) {
                assertThat(lookUp(dense, typo)).as(typo + " ~ " + word).contains(word);
                accepted++;
            }
        }
        assertThat(accepted).as("typos the comparison accepts").isGreaterThan(30);
    }

    /** The vocabulary words (folded) a look-up with the given budget finds, and its counts of work. */
    private record Work(Set<String> found, int gathered, int compared) {}

    private static Work lookUp(Engine engine, String token, int gatherBudget) {
        List<TokenForm> vocabulary = engine.vocabularyForTest();
        int[] out = engine.lookUpWithBudgetForTest(form(token), gatherBudget);
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < out.length - 2; i++) {
            found.add(vocabulary.get(out[i]).folded());
        }
        return new Work(found, out[out.length - 2], out[out.length - 1]);
    }

    private static Work unbudgeted(Engine engine, String token) {
        return lookUp(engine, token, Integer.MAX_VALUE);
    }

    /**
     * More than a look-up compares ({@code MAX_COMPARED}, 1,000) gathered from the near tiers, and
     * the listed spelling one consonant away (Bareminakos for Baredinakos) found last, in the
     * substitution tier: the look-up still chooses it, since it ranks what it gathered by shared
     * bigrams whichever tier found it. 1,260 words of seven consonants (the token's six and one more: one insertion
     * away) with seeded vowels, not close enough to match.
     */
    @Test
    void aLateFoundCloseWordIsChosenAmongMoreThanACompareLimitOfGatheredOnes() {
        String[] frame = {"b", "r", "d", "n", "k", "s"};
        String[] inserted = {"l", "m", "v"};
        Random random = new Random(7_919);
        List<String> names = new ArrayList<>();
        for (int at = 0; at <= frame.length; at++) {
            for (String c : inserted) {
                List<String> consonants = new ArrayList<>(List.of(frame));
                consonants.add(at, c);
                for (int k = 0; k < 60; k++) {
                    StringBuilder w = new StringBuilder(consonants.get(0).toUpperCase());
                    for (int i = 1; i < consonants.size(); i++) {
                        w.append("aeiou".charAt(random.nextInt(5))).append(consonants.get(i));
                    }
                    names.add("Ilkhom " + w);
                }
            }
        }
        names.add("Ilkhom Bareminakos");
        Engine engine = index(names);
        Work w = lookUp(engine, "Baredinakos", Engine.GATHER_BUDGET);
        assertThat(w.gathered()).as("entries gathered").isGreaterThan(1_000);
        assertThat(w.found()).contains("bareminakos");
    }

    /**
     * Seeded random names from syllables and misspellings of them (a vocabulary of a few thousand
     * words, as sparse around each word as real names are): the look-up with its budget finds
     * exactly what the look-up without it finds.
     */
    @Test
    void aSparseVocabularyIsSearchedInFullUnderTheBudget() {
        Random random = new Random(8);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            words.add(word(random));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i += 2) {
            names.add(words.get(i) + " " + words.get(i + 1));
        }
        Engine engine = index(names);
        int withMatches = 0;
        int maxGathered = 0;
        for (int t = 0; t < 150; t++) {
            String q = misspell(random, words.get(random.nextInt(words.size())));
            Work all = unbudgeted(engine, q);
            assertThat(lookUp(engine, q)).as(q).isEqualTo(all.found());
            withMatches += all.found().isEmpty() ? 0 : 1;
            maxGathered = Math.max(maxGathered, all.gathered());
        }
        assertThat(withMatches).as("queries with some look-alike").isGreaterThan(100);
        assertThat(maxGathered).as("the most entries one look-up gathers").isGreaterThan(50);
    }

    /**
     * A token whose own consonant frame (M-r-k-t-n-s) holds 61 words, while the 35 frames one consonant
     * substitution away hold 261 vowel patterns each (9,135 words in all): without a budget the
     * look-up gathers them all and compares a thousand; with it, it stops reading the substitution
     * neighbourhood after about {@link Engine#GATHER_BUDGET} entries, and still finds every look-alike
     * in the token's own frame.
     */
    @Test
    void theBudgetBoundsTheWorkOfALookUpInADenseNeighbourhood() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3125; i += 52) {
            names.add(EngineTests.lookAlike(i));
        }
        String frame = "rktns";
        String substitutes = "bdlmpvz";
        for (int at = 0; at < frame.length(); at++) {
            for (char c : substitutes.toCharArray()) {
                if (frame.indexOf(c) >= 0) {
                    continue;
                }
                for (int i = 0; i < 3125; i += 12) {
                    String word = EngineTests.lookAlike(i);
                    int pos = 2 + 2 * at; // M, vowel, consonant, vowel, consonant, ...
                    names.add(word.substring(0, pos) + c + word.substring(pos + 1));
                }
            }
        }
        Engine engine = index(names);
        assertThat(engine.vocabularyForTest()).hasSizeGreaterThan(8000);
        String query = "Murekutunes";
        Work all = unbudgeted(engine, query);
        Work budgeted = lookUp(engine, query, Engine.GATHER_BUDGET);
        assertThat(all.gathered()).as("entries gathered without a budget").isGreaterThan(8000);
        assertThat(budgeted.gathered()).as("entries gathered with the budget").isLessThan(4500);
        assertThat(budgeted.found()).isEqualTo(lookUp(engine, query));
        String skeleton = form(query).skeletons().get(0);
        Set<String> ownFrame = new TreeSet<>();
        for (TokenForm f : engine.vocabularyForTest()) {
            if (all.found().contains(f.folded()) && f.skeletons().contains(skeleton)) {
                ownFrame.add(f.folded());
            }
        }
        assertThat(ownFrame).as("look-alikes in the token's own frame").hasSizeGreaterThan(5);
        assertThat(budgeted.found()).containsAll(ownFrame);
    }

    /** The vocabulary words a split look-up finds (close to a half of the token), and how many it gathered. */
    private static Work splitLookUp(Engine engine, String token, boolean denseSplit) {
        List<TokenForm> vocabulary = engine.vocabularyForTest();
        int[] out = engine.splitLookUpForTest(form(token), denseSplit);
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < out.length - 1; i++) {
            found.add(vocabulary.get(out[i]).folded());
        }
        return new Work(found, out[out.length - 1], 0);
    }

    /**
     * A token written as two words (Karbelinos for Kar Belinos) in a vocabulary where the first
     * word's short skeleton (k-r) holds hundreds of invented words (every vowel pattern around k and
     * r): the split look-up reads only the vowel-key rings of such a half (its vowel key, one vowel
     * class for another, one more or less), a fraction of the skeleton's words, and still finds every
     * word that reading the whole skeleton and comparing every word finds; where the skeleton holds
     * few words, it is read as it is.
     */
    @Test
    void aSplitLookUpReadsADenseShortSkeletonByItsVowelKeysAndFindsEveryCloseWord() {
        String[] vowels = {"a", "e", "i", "o", "u"};
        List<String> around = new ArrayList<>(List.of(""));
        List<String> between = new ArrayList<>();
        for (String v : vowels) {
            around.add(v);
            between.add(v);
            for (String w : vowels) {
                around.add(v + w);
                between.add(v + w);
            }
        }
        List<String> names = new ArrayList<>();
        for (String before : List.of("", "a", "e", "i", "o", "u")) {
            for (String middle : between) {
                for (String after : around) {
                    String word = before + "k" + middle + "r" + after;
                    names.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
                }
            }
        }
        names.add("Belinos");
        names.add("Bilinas");
        Engine dense = index(names);
        String k = form("Kara").skeletons().get(0);
        long inFrame = dense.vocabularyForTest().stream()
                .filter(f -> f.skeletons().contains(k))
                .count();
        assertThat(inFrame).as("words of the half's skeleton").isGreaterThan(900);
        String query = "Karbelinos";
        Work rings = splitLookUp(dense, query, true);
        Work whole = splitLookUp(dense, query, false);
        assertThat(whole.gathered())
                .as("entries gathered reading the skeleton whole, all of them compared")
                .isGreaterThan(900)
                .isLessThanOrEqualTo(1000);
        assertThat(whole.found()).contains("kar", "belinos").hasSizeGreaterThan(5);
        assertThat(rings.found()).isEqualTo(whole.found());
        assertThat(rings.gathered())
                .as("entries gathered by the vowel-key rings")
                .isLessThan(300);
        // few words on the skeleton: read as it is, the same answer either way
        Engine sparse = index(List.of("Kar", "Kara", "Kiri", "Belinos", "Bilinas"));
        assertThat(splitLookUp(sparse, query, true)).isEqualTo(splitLookUp(sparse, query, false));
        assertThat(splitLookUp(sparse, query, true).found()).contains("kar", "belinos");
    }

    private static final String[] ONSETS = {"b", "d", "k", "m", "n", "r", "s", "t", "z", "kh", "sh", "v", "l", "ch"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ia"};
    private static final String[] CODAS = {"", "", "n", "r", "m", "t", "sh", "kh"};

    static String word(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int s = 2 + random.nextInt(2); s > 0; s--) {
            sb.append(ONSETS[random.nextInt(ONSETS.length)])
                    .append(VOWELS[random.nextInt(VOWELS.length)])
                    .append(CODAS[random.nextInt(CODAS.length)]);
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    /** A rough Cyrillic spelling (digraphs first). */
    static String cyrillic(String latin) {
        String s = latin.toLowerCase(java.util.Locale.ROOT);
        String[][] map = {
            {"kh", "х"}, {"sh", "ш"}, {"ch", "ч"}, {"ia", "я"}, {"a", "а"}, {"b", "б"}, {"d", "д"}, {"e", "е"},
            {"i", "и"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"r", "р"}, {"s", "с"},
            {"t", "т"}, {"u", "у"}, {"v", "в"}, {"z", "з"}
        };
        for (String[] m : map) {
            s = s.replace(m[0], m[1]);
        }
        return s;
    }

    static String misspell(Random random, String word) {
        StringBuilder sb = new StringBuilder(word.toLowerCase(java.util.Locale.ROOT));
        String letters = "abdeikmnorstuvz";
        for (int e = random.nextInt(3); e >= 0 && sb.length() > 2; e--) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
                case 1 -> sb.insert(at, letters.charAt(random.nextInt(letters.length())));
                default -> sb.deleteCharAt(at);
            }
        }
        return sb.toString();
    }
}
