package org.jsis.namematch.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsis.namematch.Explanation.MatchType;
import org.jsis.namematch.text.Lexicon;
import org.jsis.namematch.text.Normaliser;
import org.jsis.namematch.text.TokenForm;
import org.jsis.namematch.text.Transliteration;
import org.junit.jupiter.api.Test;

class TokenSimilarityTests {

    private static TokenForm form(String token) {
        String n = Normaliser.normalise(token);
        return TokenForm.of(n, Transliteration.looksUkrainianOrBelarusian(n), Lexicon.standard());
    }

    private static void check(String a, String b, MatchType type) {
        TokenSimilarity.Result r = TokenSimilarity.compare(form(a), form(b));
        assertThat(r).as(a + " ~ " + b).isNotNull();
        assertThat(r.type()).as(a + " ~ " + b + " " + r).isEqualTo(type);
        TokenSimilarity.Result back = TokenSimilarity.compare(form(b), form(a));
        assertThat(back).as(b + " ~ " + a).isNotNull();
        assertThat(back.type()).as(b + " ~ " + a).isEqualTo(type);
        assertThat(back.similarity())
                .as(b + " ~ " + a)
                .isCloseTo(r.similarity(), org.assertj.core.data.Offset.offset(0.05));
    }

    private static void noMatch(String a, String b) {
        assertThat(TokenSimilarity.compare(form(a), form(b))).as(a + " ~ " + b).isNull();
        assertThat(TokenSimilarity.compare(form(b), form(a))).as(b + " ~ " + a).isNull();
    }

    private static double sim(String a, String b) {
        TokenSimilarity.Result r = TokenSimilarity.compare(form(a), form(b));
        return r == null ? 0 : r.similarity();
    }

    @Test
    void identical() {
        check("Bordyuzha", "BORDYUZHA", MatchType.IDENTICAL);
        check("Бордюжа", "бордюжа", MatchType.IDENTICAL);
    }

    @Test
    void transliteration() {
        check("Бордюжа", "Bordyuzha", MatchType.TRANSLITERATION);
        check("Бордюжа", "Bordjuscha", MatchType.TRANSLITERATION);
        check("Бордюжа", "Bordiouja", MatchType.TRANSLITERATION);
        check("Бордюжа", "Bordjuža", MatchType.TRANSLITERATION);
        check("Бордюжа", "BORDIUZHA", MatchType.TRANSLITERATION);
        check("Николай", "Nikolai", MatchType.TRANSLITERATION);
        check("Царнаев", "Tsarnayev", MatchType.TRANSLITERATION);
        check("Tsarnaev", "Tsarnayev", MatchType.TRANSLITERATION);
        check("Oʻzbekiston", "Ўзбекистон", MatchType.TRANSLITERATION);
        check("Қасым", "Qasym", MatchType.TRANSLITERATION);
        check("Раҳмон", "Rahmon", MatchType.TRANSLITERATION);
        check("محمد", "Mohammad", MatchType.TRANSLITERATION);
        check("حسن", "Hassan", MatchType.TRANSLITERATION);
        check("آخوند", "Akhund", MatchType.TRANSLITERATION);
        check("Վլադիմիր", "Vladimir", MatchType.TRANSLITERATION);
    }

    @Test
    void phonetic() {
        check("Mohammad", "Muhammad", MatchType.PHONETIC);
        check("Hassan", "Hasan", MatchType.TRANSLITERATION);
        check("Rakhmonov", "Rahmon", MatchType.PHONETIC);
        check("Ivanova", "Ivanov", MatchType.PHONETIC);
        check("Рахмонов", "Rahmon", MatchType.PHONETIC);
        check("Uzbekistan", "Oʻzbekiston", MatchType.PHONETIC);
        check("Fyodor", "Fedor", MatchType.PHONETIC);
        check("პუტინი", "Putin", MatchType.PHONETIC);
    }

    @Test
    void editDistance() {
        check("Arefullah", "Arefullaha", MatchType.EDIT_DISTANCE);
    }

    @Test
    void initial() {
        check("V", "Vladimir", MatchType.INITIAL);
        check("В", "Vladimir", MatchType.INITIAL);
        noMatch("N", "Vladimir");
    }

    @Test
    void translation() {
        check("movement", "движение", MatchType.TRANSLATION);
        check("harakati", "movement", MatchType.TRANSLATION);
    }

    @Test
    void differentNamesDoNotMatch() {
        noMatch("Ilham", "Heydar");
        noMatch("Maxim", "Ramzan");
        noMatch("Putin", "Putov");
        noMatch("Ivan", "Petr");
        noMatch("Nikolai", "Mikhail");
    }

    private static boolean weak(String a, String b) {
        TokenSimilarity.Result r = TokenSimilarity.compare(form(a), form(b));
        TokenSimilarity.Result back = TokenSimilarity.compare(form(b), form(a));
        assertThat(r).as(a + " ~ " + b).isNotNull();
        assertThat(back).as(b + " ~ " + a).isNotNull();
        assertThat(back.weak()).as(b + " ~ " + a + " symmetric").isEqualTo(r.weak());
        return r.weak();
    }

    /** Distinct surnames that look alike are weak evidence; spellings of one name are not. */
    @Test
    void similarLookingDifferentNamesAreWeak() {
        assertThat(weak("Белякова", "Полякова")).isTrue(); // same script: two letters, one a consonant
        noMatch("აბაშიძე", "აბესაძე"); // three letters: no evidence at all
        assertThat(weak("Beliakova", "Полякова")).isTrue(); // across a romanisation: b is never p
        assertThat(weak("Soboleva", "Соколова")).isTrue();
        assertThat(weak("Новикова", "Ноовикова")).isFalse(); // a typo
        assertThat(weak("Иванова", "Иванов")).isFalse(); // feminine and masculine
        assertThat(weak("Володимир", "Владимир")).isFalse(); // vowels only: Ukrainian and Russian
        assertThat(weak("Sokolova", "Соколова")).isFalse();
        assertThat(weak("Уорд", "Ward")).isFalse();
        assertThat(weak("Нисида", "Nishida")).isFalse(); // Polivanov си = shi
    }

    /** Arabic script against Persian, Urdu and Arabic romanisations (ض, ث read two ways; ع kept). */
    @Test
    void arabicLettersReadTwoWays() {
        assertThat(sim("فضل", "Fazl")).isGreaterThan(0.9);
        assertThat(sim("فضل", "Fadl")).isGreaterThan(0.9);
        assertThat(sim("ضیا", "Zia")).isGreaterThan(0.9);
        assertThat(sim("عثمان", "Usman")).isGreaterThan(0.9);
        assertThat(sim("عثمان", "Uthman")).isGreaterThan(0.9);
        assertThat(sim("ثاقب", "Saqib")).isGreaterThan(0.9);
        assertThat(sim("الله", "ullah")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void closerSpellingsScoreHigher() {
        assertThat(sim("Бордюжа", "Bordyuzha")).isGreaterThan(sim("Mohammad", "Muhammad"));
        assertThat(sim("Mohammad", "Muhammad")).isGreaterThan(sim("Hassan", "Hussein"));
        assertThat(sim("Rakhmonov", "Rahmon")).isLessThan(sim("Rakhmonov", "Rahmonov"));
    }

    @Test
    void similarity_emptyAndEqual() {
        assertThat(TokenSimilarity.similarity("", "", false)).isEqualTo(1);
        assertThat(TokenSimilarity.similarity("abc", "", false)).isZero();
        assertThat(TokenSimilarity.similarity("abc", "abc", false)).isEqualTo(1);
    }

    /**
     * Nominative endings that Russian drops and Lithuanian adds (Гиляревский, Старостин 1985;
     * Lithuanian grammar), only across scripts: within Latin script Putinas stays another spelling.
     */
    @Test
    void nominativeEndings() {
        check("Antoninus", "Антонин", MatchType.PHONETIC);
        check("Marcus", "Марк", MatchType.PHONETIC);
        check("Putinas", "Путин", MatchType.PHONETIC);
        check("Vladimiras", "Владимир", MatchType.PHONETIC);
        noMatch("Ilyas", "Ил");
        noMatch("Thomas", "Том");
    }

    /** Nicholas in Ukrainian, Belarusian and Polish begins with m: Mykola, Mikalai, Mikołaj, Николай. */
    @Test
    void mykolaIsNikolai() {
        check("Mykola", "Николай", MatchType.PHONETIC);
        check("Миколайович", "Nikolaevich", MatchType.PHONETIC);
        check("Mikołaj", "Nikolai", MatchType.TRANSLITERATION);
        noMatch("Mikhail", "Nikolai");
    }

    /** Latin and Greek au, eu before a consonant are ав, ев in Russian (Гиляревский, Старостин 1985). */
    @Test
    void latinAuAndEuAreAvAndEv() {
        check("Augustine", "Августин", MatchType.PHONETIC);
        check("Aurelius", "Аврелий", MatchType.PHONETIC);
        check("Eugene", "Евгений", MatchType.PHONETIC);
        check("Saud", "Сауд", MatchType.TRANSLITERATION);
        check("Ualdaovich", "Уалдаович", MatchType.TRANSLITERATION);
        check("Uegakh", "Уегах", MatchType.PHONETIC);
    }

    /** Polish rz after a consonant is ż (Polish orthography): Krzysztof is Кшиштоф, Przybylski Пшибыльский. */
    @Test
    void polishRzAfterAConsonant() {
        check("Krzysztof", "Кшиштоф", MatchType.TRANSLITERATION);
        check("Przybylski", "Пшибыльский", MatchType.TRANSLITERATION);
        check("Herzog", "Герцог", MatchType.PHONETIC);
    }

    /** Czech and Slovak feminine -ová, also on foreign surnames (Czech grammar: přechylování). */
    @Test
    void czechFeminineSurnames() {
        check("Pachodavová", "Пахадава", MatchType.PHONETIC);
        check("Pachodavová", "Паходава", MatchType.TRANSLITERATION);
        check("Putinová", "Путина", MatchType.TRANSLITERATION);
        noMatch("Pavlová", "Пахомова");
    }

    /** French ou in Arabic names (Abdoulaye) is the u of Abdulai; Scottish Mc is Mac. */
    @Test
    void frenchOuAndScottishMc() {
        check("Abdoulaye", "Abdulai", MatchType.PHONETIC);
        check("Абдулай", "Abdoulay", MatchType.TRANSLITERATION);
        check("Mcnutt", "Макнатт", MatchType.PHONETIC);
    }

    /** Swedish and Danish tj, Catalan and Basque tx are ч; a Cyrillic ё left in a romanised word. */
    @Test
    void tjTxAndLeftoverYo() {
        check("Nikolajevitj", "Николаевич", MatchType.TRANSLITERATION);
        check("Vjatjeslavovitj", "Вячеславович", MatchType.TRANSLITERATION);
        check("Nikolàievitx", "Николаевич", MatchType.TRANSLITERATION);
        check("Katja", "Катя", MatchType.TRANSLITERATION);
        check("Solovʹёv", "Соловьёв", MatchType.PHONETIC);
    }

    /**
     * A comparison told which similarity its caller needs may stop early, but never on a pair that
     * reaches it: on seeded spelling variants of real names (letters inserted, dropped, replaced and
     * swapped, in Latin and Cyrillic), every result at or above {@code min} is the full comparison's.
     */
    @Test
    void earlyExitKeepsEveryResultThatReachesTheMinimum() {
        String[] names = {
            "Bordyuzha",
            "Aleksandrovich",
            "Abrahamyan",
            "Muhammad",
            "Tsarnaev",
            "Khalilov",
            "Abdurrahman",
            "Бордюжа",
            "Александрович",
            "Абрамян",
            "Мухаммад",
            "Царнаев",
            "Халилова",
            "Абдурахман",
            "Nikolaevna",
            "Simonyan",
            "Gvaramia",
            "Nurullah",
            "Jalaluddin",
            "Mohammadreza"
        };
        String letters = "abdeghiklmnorstuvyzабвгдежиклмнорстуя";
        java.util.Random random = new java.util.Random(20261127);
        int cut = 0;
        int kept = 0;
        for (int i = 0; i < 3000; i++) {
            String a = names[random.nextInt(names.length)];
            String b = random.nextInt(4) == 0 ? names[random.nextInt(names.length)] : a;
            String misspelt = variant(random, b, letters, random.nextInt(4) + 1);
            TokenForm fa = form(a);
            TokenForm fb = form(misspelt);
            TokenSimilarity.Result full = TokenSimilarity.compare(fa, fb);
            for (double min : new double[] {0.72, 0.8, 0.85, 0.9}) {
                TokenSimilarity.Result early = TokenSimilarity.compareAtLeast(fa, fb, min);
                if (full != null && full.similarity() >= min) {
                    assertThat(early).as("%s ~ %s at %s", a, misspelt, min).isEqualTo(full);
                    kept++;
                } else if (early == null) {
                    cut += full == null ? 0 : 1;
                }
            }
            for (String ka : fa.romanised()) {
                for (String kb : fb.romanised()) {
                    double sim = TokenSimilarity.similarity(ka, kb, false);
                    double early = TokenSimilarity.similarity(ka, kb, false, 0.85);
                    assertThat(early).as("%s ~ %s", ka, kb).isEqualTo(sim >= 0.85 ? sim : early);
                    assertThat(early).as("%s ~ %s", ka, kb).isIn(sim, 0.0);
                }
            }
        }
        // the test sees both sides: results kept, and results under the minimum given up early
        assertThat(kept).isGreaterThan(1000);
        assertThat(cut).isGreaterThan(100);
    }

    /** A word made of random syllables, as the benchmark register invents them, in Latin or Cyrillic. */
    private static String syllables(java.util.Random random, boolean cyrillic) {
        String[] latin = {
            "ka", "ri", "mo", "zhu", "ste", "lan", "bek", "go", "vi", "dar", "sha", "ye", "ju", "khu", "tso", "nov",
            "ich", "ev", "a", "o", "y", "rus", "tam", "ij", "cha", "x", "th", "gi", "qu", "dz"
        };
        String[] cyr = {
            "ка", "ри", "мо", "жу", "сте", "лан", "бек", "го", "ви", "дар", "ша", "е", "ю", "ху", "цо", "нов", "ич",
            "ев", "а", "о", "ы", "рус", "там", "ий", "ча", "щ", "ё", "гі", "къ", "ь"
        };
        String[] parts = cyrillic ? cyr : latin;
        StringBuilder sb = new StringBuilder();
        for (int k = 2 + random.nextInt(3); k > 0; k--) {
            sb.append(parts[random.nextInt(parts.length)]);
        }
        return sb.toString();
    }

    /** A spelling variant: up to four letters inserted, dropped, replaced or swapped. */
    private static String variant(java.util.Random random, String word, String letters) {
        return variant(random, word, letters, random.nextInt(5));
    }

    /** A spelling variant with {@code edits} letters inserted, dropped, replaced or swapped (fewer in a short word). */
    private static String variant(java.util.Random random, String word, String letters, int edits) {
        StringBuilder sb = new StringBuilder(word);
        for (int e = edits; e > 0 && sb.length() > 2; e--) {
            int at = random.nextInt(sb.length() - 1);
            char c = letters.charAt(random.nextInt(letters.length()));
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, c);
                case 1 -> sb.deleteCharAt(at);
                case 2 -> sb.setCharAt(at, c);
                default -> {
                    char t = sb.charAt(at);
                    sb.setCharAt(at, sb.charAt(at + 1));
                    sb.setCharAt(at + 1, t);
                }
            }
        }
        return sb.toString();
    }

    /**
     * The bounded comparison (pairs of spellings compared with a rising minimum, stopped once the
     * result is decided, pairs skipped by their letter counts, costs from tables) gives exactly the
     * answer of comparing every pair of spellings in full, on seeded invented words in Latin,
     * Cyrillic and Arabic script and their misspellings, at every minimum a caller asks for.
     */
    @Test
    void boundedComparisonGivesTheExhaustiveAnswer() {
        java.util.Random random = new java.util.Random(20261128);
        String arabic = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        int compared = 0;
        int matched = 0;
        for (int i = 0; i < 6000; i++) {
            int script = random.nextInt(5);
            String a;
            String b;
            if (script == 4) {
                // Arabic script against a Latin reading: the abjad side of the comparison
                StringBuilder sb = new StringBuilder();
                for (int k = 3 + random.nextInt(4); k > 0; k--) {
                    sb.append(arabic.charAt(random.nextInt(arabic.length())));
                }
                a = sb.toString();
                b = random.nextBoolean() ? Transliteration.canonical(a, false) : syllables(random, false);
            } else {
                boolean cyrillic = script == 3;
                a = syllables(random, cyrillic);
                b = random.nextInt(4) == 0
                        ? syllables(random, random.nextBoolean())
                        : variant(random, a, cyrillic ? "абвгдежзиклмнопрстуфхцчшыэюя" : "abcdeghijklmnoprstuvxyz");
                if (random.nextInt(3) == 0) {
                    b = Transliteration.canonical(b, false);
                }
            }
            if (b.isBlank()) {
                continue;
            }
            TokenForm fa = form(a);
            TokenForm fb = form(b);
            TokenSimilarity.Result full = TokenSimilarity.compareExhaustively(fa, fb, TokenSimilarity.MIN_SIMILARITY);
            assertThat(TokenSimilarity.compare(fa, fb)).as("%s ~ %s", a, b).isEqualTo(full);
            assertThat(TokenSimilarity.compare(fb, fa))
                    .as("%s ~ %s", b, a)
                    .isEqualTo(TokenSimilarity.compareExhaustively(fb, fa, TokenSimilarity.MIN_SIMILARITY));
            for (double min : new double[] {0.75, 0.8, 0.85, 0.9, 0.95}) {
                TokenSimilarity.Result exhaustive = TokenSimilarity.compareExhaustively(fa, fb, min);
                TokenSimilarity.Result bounded = TokenSimilarity.compareAtLeast(fa, fb, min);
                if (exhaustive != null && exhaustive.similarity() >= min) {
                    assertThat(bounded).as("%s ~ %s at %s", a, b, min).isEqualTo(exhaustive);
                } else if (bounded != null) {
                    assertThat(bounded.similarity())
                            .as("%s ~ %s at %s", a, b, min)
                            .isLessThan(min);
                }
            }
            compared++;
            matched += full != null ? 1 : 0;
        }
        // both sides seen: pairs that match and pairs that do not
        assertThat(compared).isGreaterThan(5000);
        assertThat(matched).isBetween(compared / 10, compared * 9 / 10);
    }

    /**
     * The early stops of the distance table (a row's cells with what the letters left over must still
     * cost, and the row before it with a swap) never give up a pair that the whole table puts at or
     * above the minimum: on seeded random keys of the romanised-key alphabet, with and without the
     * abjad costs, at minima from 0.6 to 0.98, the bounded table gives the whole table's similarity
     * wherever that reaches the minimum, and otherwise that similarity or 0; over the arrays and over
     * the strings alike. Both sides are seen: pairs the stops cut, pairs kept.
     */
    @Test
    void earlyStopsKeepEveryPairTheWholeTableKeeps() {
        java.util.Random random = new java.util.Random(20261128L * 31);
        String alphabet = "aeiouyybdgkHJCmnlrpstvfzqaaeioyy";
        int kept = 0;
        int cut = 0;
        for (int i = 0; i < 60_000; i++) {
            StringBuilder sa = new StringBuilder();
            for (int k = 1 + random.nextInt(14); k > 0; k--) {
                sa.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String a = sa.toString();
            String b = variant(random, a, alphabet, random.nextInt(6));
            if (random.nextInt(4) == 0) {
                b = b + alphabet.charAt(random.nextInt(alphabet.length())) + (random.nextBoolean() ? "y" : "a");
            } else if (random.nextInt(4) == 0 && b.length() > 3) {
                b = b.substring(random.nextInt(3));
            }
            boolean abjad = random.nextInt(4) == 0;
            double whole = TokenSimilarity.exhaustiveSimilarity(a, b, abjad);
            for (double min : new double[] {0.6 + 0.38 * random.nextDouble(), 0.72, 0.85, 0.9}) {
                for (boolean fast : new boolean[] {true, false}) {
                    double bounded = TokenSimilarity.similarity(a, b, abjad, min, fast);
                    if (whole >= min) {
                        assertThat(bounded)
                                .as("%s ~ %s (abjad %s, fast %s) at %s", a, b, abjad, fast, min)
                                .isEqualTo(whole);
                        kept++;
                    } else {
                        assertThat(bounded)
                                .as("%s ~ %s (abjad %s, fast %s) at %s", a, b, abjad, fast, min)
                                .isIn(whole, 0.0);
                        cut += bounded == 0 && whole > 0 ? 1 : 0;
                    }
                }
            }
        }
        assertThat(kept).isGreaterThan(20_000);
        assertThat(cut).isGreaterThan(20_000);
    }

    /**
     * The distance over arrays and cost tables gives exactly the distance over the strings with the
     * cost methods, at every minimum, on seeded random keys of the romanised-key alphabet (vowels,
     * glides, the classes J, H, C), also with the abjad costs.
     */
    @Test
    void tableDistanceGivesTheReferenceDistance() {
        java.util.Random random = new java.util.Random(20261128);
        String alphabet = "aeiouyybdgkHJCmnlrpstvfzqaaeio";
        int reached = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder sa = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                sa.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String a = sa.toString();
            String b = random.nextInt(3) == 0
                    ? variant(random, new StringBuilder(a).reverse().toString(), alphabet)
                    : variant(random, a, alphabet);
            boolean abjad = random.nextInt(4) == 0;
            double min = random.nextInt(5) == 0 ? 0 : 0.6 + 0.38 * random.nextDouble();
            double reference = TokenSimilarity.similarity(a, b, abjad, min, false);
            assertThat(TokenSimilarity.similarity(a, b, abjad, min))
                    .as("%s ~ %s (abjad %s) at %s", a, b, abjad, min)
                    .isEqualTo(reference);
            reached += reference >= min && reference > 0 ? 1 : 0;
        }
        assertThat(reached).isGreaterThan(5000);
    }

    /** The table-free tests of romanisedDifference agree with their definitions on random keys. */
    @Test
    void oneEditAndConsonantClassTestsAgreeWithTheirDefinitions() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aeiouyHJCgzsbdk";
        int within = 0;
        int same = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sa = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                sa.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String a = sa.toString();
            String b = a.isEmpty() || random.nextInt(5) == 0
                    ? a + alphabet.charAt(random.nextInt(15))
                    : variant(random, a, alphabet);
            boolean one = TokenSimilarity.letterEdits(a, b) <= 1;
            assertThat(TokenSimilarity.withinOneEdit(a, b)).as("%s ~ %s", a, b).isEqualTo(one);
            assertThat(TokenSimilarity.withinOneEdit(b, a)).as("%s ~ %s", b, a).isEqualTo(one);
            boolean classes =
                    TokenSimilarity.consonantClassesForTest(a).equals(TokenSimilarity.consonantClassesForTest(b));
            assertThat(TokenSimilarity.sameConsonantClasses(a, b))
                    .as("%s ~ %s", a, b)
                    .isEqualTo(classes);
            within += one ? 1 : 0;
            same += classes ? 1 : 0;
        }
        assertThat(within).isBetween(5000, 45_000);
        assertThat(same).isBetween(5000, 45_000);
    }
}
