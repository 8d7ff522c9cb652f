package org.jsis.namematch.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.text.NameAnalyzer;
import org.jsis.namematch.text.ParsedName;
import org.jsis.namematch.text.Role;
import org.jsis.namematch.text.TokenForm;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class NameScorerTests {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.uncached();

    /** A parsed name with equal weights. */
    private record Side(ParsedName name) implements NameSide {
        @Override
        public int size() {
            return name.tokens().size();
        }

        @Override
        public TokenForm form(int i) {
            return name.tokens().get(i).form();
        }

        @Override
        public Role role(int i) {
            return name.tokens().get(i).role();
        }

        @Override
        public double weight(int i) {
            return 1;
        }

        @Override
        public @Nullable TokenForm joined(int i) {
            return TokenForm.joined(form(i), form(i + 1));
        }
    }

    private static double person(String query, String record) {
        Side q = new Side(ANALYZER.person(query));
        Side r = new Side(ANALYZER.person(record));
        return NameScorer.compare(q, r, EntityKind.PERSON, (i, j) -> TokenSimilarity.compare(q.form(i), r.form(j)))
                .score();
    }

    @Test
    void fullMatchesScoreTheirTokenSimilarity() {
        assertThat(person("Ivan Petrov", "Ivan Petrov")).isEqualTo(1.0);
        assertThat(person("Petrov Ivan", "Ivan Petrov")).isEqualTo(1.0);
        assertThat(person("Nikolai Bordyuzha", "Бордюжа Николай")).isBetween(0.95, 0.99);
    }

    @Test
    void missingRecordPartsCostLessThanExtraQueryParts() {
        double recordLonger = person("Ivan Petrov", "Ivan Sergei Petrov");
        double queryLonger = person("Ivan Sergei Petrov", "Ivan Petrov");
        assertThat(recordLonger).isGreaterThan(queryLonger).isGreaterThan(NameScorer.GATE_CAP);
    }

    @Test
    void patronymicsAbsentOnOneSideAreNeutral() {
        assertThat(person("Ivan Petrov", "Ivan Sergeyevich Petrov")).isEqualTo(1.0);
        assertThat(person("Ivan Sergeyevich Petrov", "Ivan Petrov")).isEqualTo(1.0);
    }

    @Test
    void differentPatronymicsCost() {
        assertThat(person("Ivan Sergeyevich Petrov", "Ivan Nikolayevich Petrov"))
                .isCloseTo(NameScorer.PATRONYMIC_MISMATCH, org.assertj.core.data.Offset.offset(0.01));
    }

    /**
     * Two fathers' names that merely look alike (Antonovna and Anatolyevna are Anton's and Anatoly's
     * daughters) disagree: the record with the same patronymic ranks first.
     */
    @Test
    void similarLookingPatronymicsDisagree() {
        double same = person("Darya Anatolyevna Milskaya", "Дарья Анатольевна Мильская");
        double other = person("Darya Anatolyevna Milskaya", "Дарья Антоновна Мильская");
        assertThat(other).isLessThan(same).isLessThan(0.85);
        assertThat(person("Milskaja Darja Anatoljewna", "Darya Antonovna Nilskaya"))
                .isLessThan(person("Milskaja Darja Anatoljewna", "Дарья Анатольевна Мильская"));
    }

    /**
     * A surname agrees with its bearer's gender and feminine given names end in -a: a brother and a
     * sister do not match; one feminine ending dropped by a registration still does.
     */
    @Test
    void oppositeGenderOnTwoPartsIsAnotherPerson() {
        assertThat(person("Valentin Sokolov", "Валентина Соколова")).isLessThanOrEqualTo(NameScorer.GATE_CAP);
        assertThat(person("Валентина Соколова", "Valentin Sokolov")).isLessThanOrEqualTo(NameScorer.GATE_CAP);
        assertThat(person("Yevgeniy Skvortsovskiy", "Евгения Скворцовская")).isLessThanOrEqualTo(NameScorer.GATE_CAP);
        assertThat(person("Valeriia Vorobeva", "Валерий Воробьев")).isLessThanOrEqualTo(NameScorer.GATE_CAP);
        assertThat(person("Anna Ivanov", "Анна Иванова")).isGreaterThan(0.9);
        assertThat(person("Valentina Sokolov", "Валентина Соколова")).isGreaterThan(0.9);
        assertThat(person("Nikita Sokolov", "Никита Соколов")).isGreaterThan(0.9);
    }

    @Test
    void oneSharedPartIsCapped() {
        assertThat(person("Heydar Aliyev", "Ilham Aliyev")).isLessThanOrEqualTo(NameScorer.GATE_CAP);
        assertThat(person("Aliyev", "Ilham Aliyev")).isLessThanOrEqualTo(NameScorer.SINGLE_PART_CAP);
        assertThat(person("Aliyev", "Aliyev")).isEqualTo(1.0);
    }

    @Test
    void swappedGivenNameAndSurnameWithEndingsDoNotMatch() {
        assertThat(person("Petr Ivanov", "Ivan Petrov")).isLessThan(0.75);
    }

    @Test
    void initialsCountAsEvidenceForTheGivenName() {
        assertThat(person("V. Putin", "Vladimir Putin")).isGreaterThan(0.75);
        assertThat(person("N. Putin", "Vladimir Putin")).isLessThanOrEqualTo(NameScorer.GATE_CAP);
    }

    @Test
    void joinedParts() {
        assertThat(person("Abdulhai Salek", "Abdul Hai Salek")).isGreaterThan(0.95);
        assertThat(person("LevonAvagyan", "Levon Avagyan")).isGreaterThan(0.9);
    }

    private static char head(String word) {
        return NameSide.skeletonHead(ANALYZER.person(word).tokens().get(0).form());
    }

    /**
     * The joins' cheap test asks two words for the same head, the first consonant class: for a word
     * beginning with a vowel, the first one after it (the vowel's class had made every such word pass
     * against every other). Joins of such words still hold where the words are alike.
     */
    @Test
    void aWordBeginningWithAVowelHasTheFirstConsonantAfterItAsItsHead() {
        assertThat(head("Aral")).isEqualTo('r');
        assertThat(head("Rashid")).isEqualTo('R');
        assertThat(head("Ahmad")).isEqualTo(head("Akhmad")).isEqualTo(head("Ахмад"));
        assertThat(head("Ulugbek")).isEqualTo(head("Улугбек")).isEqualTo('l');
        assertThat(head("Ai")).isEqualTo('A');
        assertThat(person("Ahmad Jon Karimov", "Akhmadjon Karimov")).isGreaterThan(0.9);
        assertThat(person("Ulug Bek Rashidov", "Улугбек Рашидов")).isGreaterThan(0.9);
        assertThat(person("Abdulhai Salek", "Abdul Hai Salek")).isGreaterThan(0.95);
        // a length the cheap test lets through, but another consonant after the first vowel: not joined
        TokenForm single = ANALYZER.person("Yennadkhorcircle").tokens().get(0).form();
        Side record = new Side(ANALYZER.person("Aral Votsotzhain"));
        assertThat(Math.abs(single.key().length() - record.keyLength(0) - record.keyLength(1)))
                .isLessThanOrEqualTo(3);
        assertThat(NameScorer.mayJoin(single, record)).isFalse();
        assertThat(NameScorer.mayJoin(
                        ANALYZER.person("Aralvotsotzhain").tokens().get(0).form(), record))
                .isTrue();
    }

    /** An organisation's comparison, with low weights for the words in {@code common}. */
    private static NameComparison organisation(String query, String record, String... common) {
        WeightedSide q = weighted(ANALYZER.organisation(query), common);
        WeightedSide r = weighted(ANALYZER.organisation(record), common);
        return NameScorer.compare(
                q, r, EntityKind.ORGANISATION, (i, j) -> TokenSimilarity.compare(q.form(i), r.form(j)));
    }

    private static boolean organisationMayReach(String query, String record, double floor, String... common) {
        WeightedSide q = weighted(ANALYZER.organisation(query), common);
        WeightedSide r = weighted(ANALYZER.organisation(record), common);
        return NameScorer.mayReach(
                q, r, EntityKind.ORGANISATION, (i, j) -> TokenSimilarity.compare(q.form(i), r.form(j)), floor, 0);
    }

    private static WeightedSide weighted(ParsedName name, String... common) {
        double[] weights = new double[name.tokens().size()];
        for (int i = 0; i < weights.length; i++) {
            String folded = name.tokens().get(i).form().folded();
            weights[i] = List.of(common).contains(folded) ? 0.1 : 1.0;
        }
        return new WeightedSide(name, weights);
    }

    /** Whether a pair joins two query tokens against two record tokens. */
    private static boolean twoAgainstTwo(NameComparison comparison) {
        return comparison.pairs().stream().anyMatch(p -> p.q() != p.qEnd() && p.r() != p.rEnd());
    }

    /**
     * Two words written together against two written together show a space that moved only when the
     * space is at another place: with the first (or the second) words the same word, in any script,
     * the shared word would only dilute the other word's distance inside the joined words (Kandahar
     * Zarmina and Kandahar Marzina, kandaharzarmina and kandaharmarzina). A place word shared by
     * thousands of organisations has a low weight, as in an index.
     */
    @Test
    void aJoinWithASharedWordIsNoMovedSpace() {
        String[] common = {"kandahar", "ferghana", "фергана", "балх", "balkh", "society"};
        String[][] pairs = {
            {"Kandahar Zarmina Society", "Kandahar Marzina Society"},
            {"Ferghana Zarmina Society", "Фергана Marzina Society"},
            // the bound let this one through with the place words compared as written only
            {"Ferghana Damzairshoz Society", "Фергана Tiamzhaiztoz Society"},
            {"Фергана Zarmina Society", "Ferghana Marzina Society"},
            {"Zarmina Balkh Society", "Marzina Балх Society"},
        };
        for (String[] p : pairs) {
            NameComparison c = organisation(p[0], p[1], common);
            assertThat(twoAgainstTwo(c)).as(p[0] + " | " + p[1]).isFalse();
            assertThat(c.score()).as(p[0] + " | " + p[1]).isLessThan(0.75);
            assertThat(organisationMayReach(p[0], p[1], 0.75, common))
                    .as(p[0] + " | " + p[1])
                    .isFalse();
        }
        // the shared words alone still match across scripts
        assertThat(organisation("Ferghana Zarmina Society", "Фергана Zarmina Society", common)
                        .score())
                .isGreaterThan(0.95);
    }

    /** A space that moved beside a shared word: Zarmi Namarzina and Zarmina Marzina, whatever the place. */
    @Test
    void aMovedSpaceStillMatches() {
        String[] common = {"kandahar", "кандагар", "society"};
        for (String place : List.of("", "Kandahar ", "Кандагар ")) {
            String query = "Kandahar Zarmi Namarzina Society";
            String record = place + "Zarmina Marzina Society";
            NameComparison c = organisation(query, record, common);
            assertThat(twoAgainstTwo(c)).as(record).isTrue();
            assertThat(c.score()).as(record).isGreaterThan(0.9);
            assertThat(organisationMayReach(query, record, 0.9, common))
                    .as(record)
                    .isTrue();
        }
        assertThat(mayReach("Lauren Tnkunda", "Laurent Nkunda", 0.75)).isTrue();
    }

    /**
     * A join is compared only when its sides keep their consonants ({@link JoinSkeletons}): Kunduz
     * Chiaruaidbon against Chamuairyan Society or Chiaziatzo Centre passes the cheap test (same head,
     * similar length), and against the register's weights (the place word common) the bound compared
     * it before ruling the name out; now it rules the name out without joining the words. Abdul Hai and
     * Abdulhai, or a moved space, are still compared.
     */
    @Test
    void aJoinIsComparedOnlyWhenItsConsonantsAgree() {
        String query = "Kunduz Chiaruaidbon Council";
        for (String record : List.of("Kunduz Chamuairyan Society", "Kunduz Chiaziatzo Centre", "Хуззядкят Коункил")) {
            assertThat(joinsCompared(query, record, EntityKind.ORGANISATION, 0.75, "kunduz", "кундуз"))
                    .as(record)
                    .isZero();
            assertThat(organisationMayReach(query, record, 0.75, "kunduz", "кундуз"))
                    .as(record)
                    .isFalse();
        }
        assertThat(joinsCompared("Abdulhai Salek", "Abdul Hai Salek", EntityKind.PERSON, 0.95))
                .isPositive();
        assertThat(joinsCompared("Lauren Tnkunda", "Laurent Nkunda", EntityKind.PERSON, 0.95))
                .isPositive();
        assertThat(mayReach("Abdulhai Salek", "Abdul Hai Salek", 0.95)).isTrue();
    }

    /**
     * The joins {@link NameScorer.Bound#mayReach} compares at {@code floor}, every word weighing the same
     * but the {@code common} ones (a tenth: the place word thousands of the register's names share).
     */
    private static int joinsCompared(String query, String record, EntityKind kind, double floor, String... common) {
        WeightedSide q =
                weighted(kind == EntityKind.PERSON ? ANALYZER.person(query) : ANALYZER.organisation(query), common);
        WeightedSide r =
                weighted(kind == EntityKind.PERSON ? ANALYZER.person(record) : ANALYZER.organisation(record), common);
        int[] compared = new int[1];
        Similarities counted = new Similarities() {
            @Override
            public TokenSimilarity.@Nullable Result compare(int a, int b) {
                return TokenSimilarity.compare(q.form(a), r.form(b));
            }

            @Override
            public TokenSimilarity.@Nullable Result joined(TokenForm single, TokenForm joined) {
                compared[0]++;
                return Similarities.super.joined(single, joined);
            }
        };
        new NameScorer.Bound(q).mayReach(r, kind, counted, floor, 0);
        return compared[0];
    }

    /** Two letters are no word to compare alone: the joined words are the evidence for an abbreviated legal form. */
    @Test
    void aSharedWordBesideAnAbbreviationStillJoins() {
        NameComparison c = organisation("Zazyan HJ", "Զազյան ՀՁ");
        assertThat(twoAgainstTwo(c)).isTrue();
        assertThat(c.score()).isGreaterThan(0.75);
        assertThat(organisationMayReach("Zazyan HJ", "Զազյան ՀՁ", 0.75)).isTrue();
    }

    /**
     * A word spelled otherwise on the other side (a romanisation that is neither its canonical form nor
     * its primary key: Aliaksandrauna, Аляксандраўна) that pairs alone at least as well as the joined
     * words do shows no moved space either: the join would only lend its similarity to the neighbour
     * (Krukava and Аксёнава, which do not pair at all), whether it stands first or second.
     */
    @Test
    void aJoinDoesNotLendAWordsSimilarityToItsNeighbour() {
        String[][] pairs = {
            {"Varvara Aliaksandrauna Krukava", "Варвара Аляксандраўна Аксёнава"},
            // the second words alike: Krukava and Крылова are other surnames
            {"Varvara Krukava Aliaksandrauna", "Варвара Крылова Аляксандраўна"},
        };
        for (String[] p : pairs) {
            NameComparison c = personComparison(p[0], p[1]);
            assertThat(twoAgainstTwo(c)).as(p[0] + " | " + p[1]).isFalse();
            assertThat(c.score()).as(p[0] + " | " + p[1]).isLessThan(0.75);
        }
        // the same woman still matches, word by word
        assertThat(person("Varvara Aliaksandrauna Krukava", "Варвара Аляксандраўна Крукава"))
                .isGreaterThan(0.9);
    }

    private static NameComparison personComparison(String query, String record) {
        Side q = new Side(ANALYZER.person(query));
        Side r = new Side(ANALYZER.person(record));
        return NameScorer.compare(q, r, EntityKind.PERSON, (i, j) -> TokenSimilarity.compare(q.form(i), r.form(j)));
    }

    /** A name with its own token weights, joining a token with the one it may be written together with. */
    private record WeightedSide(ParsedName name, double[] weights) implements NameSide {
        @Override
        public int size() {
            return name.tokens().size();
        }

        @Override
        public TokenForm form(int i) {
            return name.tokens().get(i).form();
        }

        @Override
        public Role role(int i) {
            return name.tokens().get(i).role();
        }

        @Override
        public double weight(int i) {
            return weights[i];
        }

        @Override
        public @Nullable TokenForm joined(int i) {
            int next = next(i);
            return next < 0 ? null : TokenForm.joined(form(i), form(next));
        }
    }

    private static final String[] WORDS = {
        "Ivan",
        "Petrov",
        "Petrova",
        "Ivanovich",
        "Sergeyevich",
        "Иван",
        "Петров",
        "Сергеевич",
        "Александр",
        "Aleksandr",
        "Alexander",
        "Abdul",
        "Hai",
        "Abdulhai",
        "Rahman",
        "Abdurrahman",
        "al",
        "Din",
        "Jalal",
        "Jalaluddin",
        "ibn",
        "bin",
        "Mohammad",
        "Muhammad",
        "Mohamed",
        "محمد",
        "عبد",
        "الرحمن",
        "نور",
        "الله",
        "نوری",
        "Nurullah",
        "Nuri",
        "V.",
        "A",
        "N",
        "Simon",
        "Simoni",
        "Սիմոն",
        "Սիմոնի",
        "Աբրահամյան",
        "Abrahamyan",
        "Sargsyan",
        "Aliyev",
        "Heydar",
        "Ilham",
        "Rakhmonov",
        "Rahmon",
        "Lauren",
        "Tnkunda",
        "Laurent",
        "Nkunda",
        "Abishuly",
        "Abishevich",
        "kyzy",
        "Dr",
        "Colonel",
        "OOO",
        "LLC",
        "Group",
        "Movement",
        "Trading",
        "Roga",
        "Kopyta",
        "Ансар",
        "Ansar",
        "Eddine",
        "Ларкина",
        "Larina",
        "Марина",
        "Marina",
        "Белякова",
        "Полякова",
        "Maksim",
        "Kadyrov",
        "Ramzan",
        "Yusuf",
        "Joseph",
        "Ben",
        "ულიანა",
        "Ulyana"
    };

    /** A random name of one to five words from {@link #WORDS}, some misspelt, some run together. */
    private static String randomName(java.util.Random random) {
        int n = 1 + random.nextInt(5);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return spelt(random, words);
    }

    /**
     * A name like {@code name}, as a candidate an index finds: some of its words in another order,
     * some misspelt or run together, perhaps with a word of its own.
     */
    private static String variant(java.util.Random random, String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        java.util.Collections.shuffle(words, random);
        words = new ArrayList<>(words.subList(0, 1 + random.nextInt(words.size())));
        if (random.nextBoolean()) {
            words.add(random.nextInt(words.size() + 1), WORDS[random.nextInt(WORDS.length)]);
        }
        return spelt(random, words);
    }

    private static String spelt(java.util.Random random, List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            String w = word;
            if (random.nextInt(4) == 0 && w.length() > 3) {
                int at = 1 + random.nextInt(w.length() - 2);
                w = random.nextBoolean()
                        ? w.substring(0, at) + w.substring(at + 1) // a letter dropped
                        : w.substring(0, at - 1) + w.charAt(at) + w.charAt(at - 1) + w.substring(at + 1); // swapped
            }
            sb.append(w).append(random.nextInt(6) == 0 ? "" : " ");
        }
        return sb.toString().trim();
    }

    private static WeightedSide side(java.util.Random random, EntityKind kind, String name) {
        ParsedName parsed = kind == EntityKind.PERSON ? ANALYZER.person(name) : ANALYZER.organisation(name);
        double[] weights = new double[parsed.tokens().size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.3 + 0.7 * random.nextDouble();
        }
        return new WeightedSide(parsed, weights);
    }

    /**
     * The bound that lets an index skip comparisons must never be below what the comparison gives:
     * if a rule change lets {@link NameScorer#compare} score higher, {@link NameScorer#mayReach} must
     * follow, or the index silently loses matches.
     */
    @Test
    void mayReachNeverRulesOutWhatCompareReaches() {
        java.util.Random random = new java.util.Random(20261127);
        int ruledOut = 0;
        int cases = 4000;
        for (int i = 0; i < cases; i++) {
            EntityKind kind = random.nextInt(4) == 0 ? EntityKind.ORGANISATION : EntityKind.PERSON;
            String query = randomName(random);
            String record = switch (random.nextInt(3)) {
                case 0 -> query;
                case 1 -> variant(random, query);
                default -> randomName(random);
            };
            WeightedSide q = side(random, kind, query);
            WeightedSide r = side(random, kind, record);
            Similarities sims = (a, b) -> TokenSimilarity.compare(q.form(a), r.form(b));
            NameComparison c = NameScorer.compare(q, r, kind, sims);
            for (double gain : new double[] {0, Attributes.MAX_GAIN}) {
                double ceiling = Math.min(Math.min(1, c.cap()), c.score() + gain);
                assertThat(NameScorer.mayReach(q, r, kind, sims, ceiling, gain))
                        .as(
                                "%s %s against %s: score %s, cap %s",
                                kind, q.name().original(), r.name().original(), c.score(), c.cap())
                        .isTrue();
                if (!NameScorer.mayReach(q, r, kind, sims, Math.max(ceiling, 0.75), gain)) {
                    ruledOut++;
                }
            }
        }
        // and the bound is of use: most random pairs cannot reach the default threshold
        assertThat(ruledOut).isGreaterThan(cases);
    }

    /**
     * An index bounds one query against thousands of names with one {@link NameScorer.Bound}, whose
     * arrays are reused from one name to the next (names of any length, in any order): it must
     * answer as a fresh bound does, name by name.
     */
    @Test
    void aReusedBoundAnswersAsAFreshOne() {
        java.util.Random random = new java.util.Random(20261128);
        int ruledOut = 0;
        int cases = 0;
        for (int i = 0; i < 200; i++) {
            EntityKind kind = random.nextInt(4) == 0 ? EntityKind.ORGANISATION : EntityKind.PERSON;
            String query = randomName(random);
            WeightedSide q = side(random, kind, query);
            NameScorer.Bound reused = new NameScorer.Bound(q);
            for (int j = 0; j < 30; j++) {
                String record = random.nextBoolean() ? variant(random, query) : randomName(random);
                WeightedSide r = side(random, kind, record);
                Similarities sims = (a, b) -> TokenSimilarity.compare(q.form(a), r.form(b));
                double gain = random.nextBoolean() ? 0 : Attributes.MAX_GAIN;
                double floor = 0.5 + 0.5 * random.nextDouble();
                boolean fresh = NameScorer.mayReach(q, r, kind, sims, floor, gain);
                assertThat(reused.mayReach(r, kind, sims, floor, gain))
                        .as("%s %s against %s at %s", kind, query, record, floor)
                        .isEqualTo(fresh);
                cases++;
                ruledOut += fresh ? 0 : 1;
            }
        }
        // both answers occur, so the comparison tests something
        assertThat(ruledOut).isBetween(cases / 10, cases - cases / 10);
    }

    /**
     * The bound compares the joins it counted one at a time and stops once the answer is known (a
     * join that holds lifts it to the floor; one that fails leaves it under the floor even with the
     * rest counted as exact): on seeded random names, often run together or split, at floors around
     * their scores, it must answer as comparing every join does.
     */
    @Test
    void joinsComparedOneByOneAnswerAsComparingThemAll() {
        java.util.Random random = new java.util.Random(20261129);
        int[] answers = new int[2];
        for (int i = 0; i < 3000; i++) {
            EntityKind kind = random.nextInt(4) == 0 ? EntityKind.ORGANISATION : EntityKind.PERSON;
            String query = randomName(random);
            String record = random.nextBoolean() ? variant(random, query) : randomName(random);
            WeightedSide q = side(random, kind, query);
            WeightedSide r = side(random, kind, record);
            Similarities sims = (a, b) -> TokenSimilarity.compare(q.form(a), r.form(b));
            NameComparison c = NameScorer.compare(q, r, kind, sims);
            double gain = random.nextBoolean() ? 0 : Attributes.MAX_GAIN;
            double floor = Math.min(1, Math.max(0.3, c.score() + 0.3 * (random.nextDouble() - 0.5)));
            boolean every = new NameScorer.Bound(q, false).mayReachComparingEveryJoin(r, kind, sims, floor, gain);
            assertThat(new NameScorer.Bound(q, false).mayReach(r, kind, sims, floor, gain))
                    .as("%s %s against %s at %s", kind, query, record, floor)
                    .isEqualTo(every);
            answers[every ? 1 : 0]++;
        }
        assertThat(answers[0]).isGreaterThan(300);
        assertThat(answers[1]).isGreaterThan(300);
    }

    /**
     * An index bounds an organisation first by which query tokens have a word match in it (its
     * postings tell) and the joins it could make: that cheaper bound must never rule out a name that
     * {@link NameScorer#mayReach} lets through, on seeded random organisation names at floors around
     * their scores, with and without the attributes' gain.
     */
    @Test
    void theBoundByWordMatchesNeverRulesOutWhatMayReachLetsThrough() {
        java.util.Random random = new java.util.Random(20261130);
        int ruledOut = 0;
        int cases = 4000;
        for (int i = 0; i < cases; i++) {
            String query = randomName(random);
            String record = random.nextBoolean() ? variant(random, query) : randomName(random);
            WeightedSide q = side(random, EntityKind.ORGANISATION, query);
            WeightedSide r = side(random, EntityKind.ORGANISATION, record);
            Similarities sims = (a, b) -> TokenSimilarity.compare(q.form(a), r.form(b));
            long matched = 0;
            for (int a = 0; a < q.size(); a++) {
                for (int b = 0; b < r.size(); b++) {
                    matched |= sims.compare(a, b) != null ? 1L << a : 0;
                }
            }
            NameComparison c = NameScorer.compare(q, r, EntityKind.ORGANISATION, sims);
            double gain = random.nextBoolean() ? 0 : Attributes.MAX_GAIN;
            double floor = Math.min(1, Math.max(0.3, c.score() + 0.4 * (random.nextDouble() - 0.5)));
            NameScorer.Bound bound = new NameScorer.Bound(q);
            boolean byMatches = bound.mayReachWithMatched(r, matched, floor, gain);
            if (NameScorer.mayReach(q, r, EntityKind.ORGANISATION, sims, floor, gain)) {
                assertThat(byMatches)
                        .as("%s against %s at %s, gain %s", query, record, floor, gain)
                        .isTrue();
            }
            ruledOut += byMatches ? 0 : 1;
        }
        // and it is of use: it rules out some of them
        assertThat(ruledOut).isGreaterThan(cases / 20);
    }

    /**
     * The bound by word matches answers early (once the covered tokens reach the floor, the matched
     * ones alone before any join is tested) and skips the cheap test of a join whose query tokens are
     * all covered already: on seeded random organisation names, often run together or split, with
     * the matched tokens as an index finds them or at random, at floors around what they cover, with
     * and without the attributes' gain, and with one bound reused from name to name as an index does,
     * it must answer as marking every join does.
     */
    @Test
    void theBoundByWordMatchesAnswersEarlyAsMarkingEveryJoin() {
        java.util.Random random = new java.util.Random(20261201);
        int[] answers = new int[2];
        for (int i = 0; i < 300; i++) {
            String query = randomName(random);
            WeightedSide q = side(random, EntityKind.ORGANISATION, query);
            NameScorer.Bound reused = new NameScorer.Bound(q);
            for (int j = 0; j < 20; j++) {
                String record = random.nextBoolean() ? variant(random, query) : randomName(random);
                WeightedSide r = side(random, EntityKind.ORGANISATION, record);
                Similarities sims = (a, b) -> TokenSimilarity.compare(q.form(a), r.form(b));
                long matched = 0;
                if (random.nextBoolean()) {
                    for (int a = 0; a < q.size(); a++) {
                        for (int b = 0; b < r.size(); b++) {
                            matched |= sims.compare(a, b) != null ? 1L << a : 0;
                        }
                    }
                } else {
                    matched = random.nextLong() & random.nextLong();
                }
                double gain = random.nextBoolean() ? 0 : Attributes.MAX_GAIN;
                double floor = 0.2 + 0.8 * random.nextDouble();
                boolean every = new NameScorer.Bound(q).mayReachWithMatchedMarkingEveryJoin(r, matched, floor, gain);
                assertThat(reused.mayReachWithMatched(r, matched, floor, gain))
                        .as(
                                "%s against %s at %s, gain %s, matched %s",
                                query, record, floor, gain, Long.toBinaryString(matched))
                        .isEqualTo(every);
                answers[every ? 1 : 0]++;
            }
        }
        // both answers occur, so the comparison tests something
        assertThat(answers[0]).isGreaterThan(600);
        assertThat(answers[1]).isGreaterThan(600);
    }

    /**
     * The bound from a record's summary is looser than the bound by word matches, never tighter: on
     * seeded organisation names (random words, often run together or split; invented words and
     * look-alikes found through one word, whose joins pass the cheap test; Arabic articles between
     * words), with the matched tokens as an index finds them or at random, whenever the summary rules a
     * record out, {@link NameScorer.Bound#mayReachWithMatched} does too; and it rules out most of what
     * that bound rules out, so that it spares the reading of a token run (two thirds: the summary has
     * each word's head and length, not the consonants that the joins' consonant test reads).
     */
    @Test
    void theSummaryRulesOutOnlyWhatTheBoundByWordMatchesRulesOut() {
        java.util.Random random = new java.util.Random(20261128);
        int ruledOut = 0;
        int bySummary = 0;
        for (int i = 0; i < 400; i++) {
            boolean invented = random.nextBoolean();
            String query = invented ? syllableName(random) : withArticle(random, randomName(random));
            WeightedSide q = side(random, EntityKind.ORGANISATION, query);
            NameScorer.Bound bound = new NameScorer.Bound(q);
            for (int j = 0; j < 20; j++) {
                String record = invented
                        ? (random.nextBoolean() ? lookAlike(random, query) : syllableName(random))
                        : withArticle(random, random.nextBoolean() ? variant(random, query) : randomName(random));
                WeightedSide r = side(random, EntityKind.ORGANISATION, record);
                long matched = 0;
                if (random.nextInt(3) != 0) {
                    for (int a = 0; a < q.size(); a++) {
                        for (int b = 0; b < r.size(); b++) {
                            matched |= TokenSimilarity.compare(q.form(a), r.form(b)) != null ? 1L << a : 0;
                        }
                    }
                } else {
                    matched = random.nextLong() & random.nextLong();
                }
                double gain = random.nextBoolean() ? 0 : Attributes.MAX_GAIN;
                double floor = 0.2 + 0.8 * random.nextDouble();
                boolean full = new NameScorer.Bound(q).mayReachWithMatched(r, matched, floor, gain);
                boolean summary = bound.mayReachWithSummary(NameScorer.summarise(r), matched, floor, gain);
                assertThat(!summary && full)
                        .as(
                                "the summary rules out %s against %s at %s, gain %s, matched %s",
                                record, query, floor, gain, Long.toBinaryString(matched))
                        .isFalse();
                ruledOut += full ? 0 : 1;
                bySummary += summary ? 0 : 1;
            }
        }
        assertThat(ruledOut).isGreaterThan(1500);
        assertThat(bySummary).isGreaterThan(ruledOut * 2 / 3);
    }

    /** The name with an Arabic article between two of its words, now and then. */
    private static String withArticle(java.util.Random random, String name) {
        int space = name.indexOf(' ');
        return space < 0 || random.nextInt(4) != 0
                ? name
                : name.substring(0, space) + (random.nextBoolean() ? " al " : " ud-") + name.substring(space + 1);
    }

    /**
     * A summary holds, for each name part in order, the code of its skeleton head, its key length and
     * whether {@link NameSide#next} of it is the next name part (across an article, not across another
     * ignored word); and it is 0 where it cannot say all the bound reads: a name with more than {@link NameScorer#SUMMARY_TOKENS} name parts or a longer key than a slot holds.
     */
    @Test
    void aSummaryHoldsEachNamePartsHeadKeyLengthAndJoin() {
        String[] names = {
            "Balkh Zuzlalmia Army",
            "Amu Darya Falaamku Network",
            "Jalal al Din Brigade",
            "Jalal Brigade Din",
            "Jabhat ud-Din Front",
            "Аазшязхен Киркле",
            "Shomuokhsish Council",
            "Kulob",
            "ულიანა Joseph"
        };
        for (String name : names) {
            WeightedSide side = new WeightedSide(ANALYZER.organisation(name), new double[0]);
            long summary = NameScorer.summarise(side);
            List<Integer> parts = new ArrayList<>();
            for (int i = 0; i < side.size(); i++) {
                if (side.role(i) == Role.NAME) {
                    parts.add(i);
                }
            }
            assertThat(NameScorer.summaryCount(summary)).as(name).isEqualTo(parts.size());
            for (int k = 0; k < parts.size(); k++) {
                int i = parts.get(k);
                assertThat(NameScorer.summaryHead(summary, k))
                        .as(name)
                        .isEqualTo(NameScorer.headCode(side.skeletonHead(i)));
                assertThat(NameScorer.summaryLength(summary, k)).as(name).isEqualTo(side.keyLength(i));
                boolean pairs = k + 1 < parts.size() && side.next(i) == parts.get(k + 1);
                assertThat(NameScorer.summaryPairs(summary, k))
                        .as(name + " " + k)
                        .isEqualTo(pairs);
            }
        }
        // across the article al, Jalal and Din may be written together, not across another ignored word
        long jalal =
                NameScorer.summarise(new WeightedSide(ANALYZER.organisation("Jalal al Din Brigade"), new double[0]));
        assertThat(NameScorer.summaryCount(jalal)).isEqualTo(2);
        assertThat(NameScorer.summaryPairs(jalal, 0)).isTrue();
        assertThat(NameScorer.summaryPairs(jalal, 1)).isFalse();
        long apart = NameScorer.summarise(new WeightedSide(ANALYZER.organisation("Jalal Brigade Din"), new double[0]));
        assertThat(NameScorer.summaryCount(apart)).isEqualTo(2);
        assertThat(NameScorer.summaryPairs(apart, 0)).isFalse();
        for (String none : new String[] {"Balkh Amu Darya Falaamku Network", "Zorkaimovementzorkaimovementzorkai"}) {
            assertThat(NameScorer.summarise(new WeightedSide(ANALYZER.organisation(none), new double[0])))
                    .as(none)
                    .isZero();
        }
    }

    /** Head codes tell the ASCII letters apart and keep 0 for no head only. */
    @Test
    void headCodesAreDistinctForLettersAndZeroOnlyForNoHead() {
        java.util.Set<Integer> codes = new java.util.HashSet<>();
        for (char c = 'A'; c <= 'z'; c++) {
            if (Character.isLetter(c)) {
                assertThat(codes.add(NameScorer.headCode(c))).as("%s", c).isTrue();
            }
        }
        assertThat(NameScorer.headCode((char) 0)).isZero();
        for (int c = 1; c < Character.MAX_VALUE; c++) {
            int code = NameScorer.headCode((char) c);
            assertThat(code > 0 && code < 64).as("%s", c).isTrue();
        }
    }

    /**
     * An organisation is also bounded by its pairs and possible joins taken one to one, as compare
     * aligns them, before any join is compared: on seeded random organisation names, often run
     * together or split, and on register-like names found through one word, that bound must let
     * through every name whose comparison reaches the floor (at the comparison's own ceiling and
     * around it, with and without the attributes' gain), never let through what the looser bound
     * rules out, and spare join comparisons.
     */
    @Test
    void theOneToOneBoundOfOrganisationsNeverRulesOutWhatCompareReaches() {
        java.util.Random random = new java.util.Random(20261131);
        int reached = 0;
        int spared = 0;
        for (int i = 0; i < 6000; i++) {
            String query;
            String record;
            if (random.nextBoolean()) {
                query = randomName(random);
                record = random.nextInt(3) != 0 ? variant(random, query) : randomName(random);
            } else {
                query = syllableName(random);
                record = lookAlike(random, query);
            }
            WeightedSide q = side(random, EntityKind.ORGANISATION, query);
            WeightedSide r = side(random, EntityKind.ORGANISATION, record);
            Similarities sims = (a, b) -> TokenSimilarity.compare(q.form(a), r.form(b));
            NameComparison c = NameScorer.compare(q, r, EntityKind.ORGANISATION, sims);
            double gain = random.nextBoolean() ? 0 : Attributes.MAX_GAIN;
            double ceiling = Math.min(Math.min(1, c.cap()), c.score() + gain);
            double floor = switch (random.nextInt(3)) {
                case 0 -> ceiling;
                case 1 -> Math.min(1, Math.max(0.3, ceiling + 0.4 * (random.nextDouble() - 0.5)));
                default -> 0.5 + 0.5 * random.nextDouble();
            };
            boolean[] answers = new boolean[2];
            int[] joinsCompared = new int[2];
            for (int aligned = 0; aligned < 2; aligned++) {
                int k = aligned;
                Similarities counted = new Similarities() {
                    @Override
                    public TokenSimilarity.@Nullable Result compare(int a, int b) {
                        return sims.compare(a, b);
                    }

                    @Override
                    public TokenSimilarity.@Nullable Result joined(TokenForm single, TokenForm joined) {
                        joinsCompared[k]++;
                        return Similarities.super.joined(single, joined);
                    }
                };
                answers[k] = new NameScorer.Bound(q, k == 1).mayReach(r, EntityKind.ORGANISATION, counted, floor, gain);
            }
            if (ceiling >= floor) {
                assertThat(answers[1])
                        .as("%s against %s at %s, gain %s: ceiling %s", query, record, floor, gain, ceiling)
                        .isTrue();
                reached++;
            }
            assertThat(answers[0] || !answers[1])
                    .as("%s against %s at %s", query, record, floor)
                    .isTrue();
            spared += joinsCompared[1] == 0 && joinsCompared[0] > 0 ? 1 : 0;
        }
        assertThat(reached).isGreaterThan(2000);

        // and it is of use: it rules out names before any of their joins is compared (fewer since the joins'
        // consonant test lists few joins that do not hold)
        assertThat(spared).isGreaterThan(10);
    }

    private static final String[] SYLLABLES = {
        "ka", "zor", "ri", "do", "vich", "sha", "vin", "mu", "tan", "bek", "lo", "ra"
    };

    /** Two to four invented words of two or three syllables, as the register's organisations have. */
    private static String syllableName(java.util.Random random) {
        List<String> words = new ArrayList<>();
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 2 + random.nextInt(2); k > 0; k--) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return String.join(" ", words);
    }

    /**
     * A name an index finds through one word of {@code name}, the query: that word (perhaps misspelt)
     * beside a word of its own that begins as another word of the query does and is as long as that
     * word and its neighbour together, less the kept word, so that the joins' cheap test passes (the
     * register's Zorkai Movement against a person's name read as an organisation's), perhaps with a
     * generic word.
     */
    private static String lookAlike(java.util.Random random, String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        String kept = words.get(random.nextInt(words.size()));
        int at = random.nextInt(words.size() - 1);
        int length = Math.max(2, words.get(at).length() + words.get(at + 1).length() - kept.length());
        StringBuilder own = new StringBuilder(words.get(at).substring(0, 1).toLowerCase(java.util.Locale.ROOT));
        while (own.length() < length) {
            own.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        List<String> out = new ArrayList<>(List.of(kept, own.substring(0, length)));
        if (random.nextInt(3) == 0) {
            out.add(random.nextBoolean() ? "Movement" : "Group");
        }
        if (random.nextBoolean()) {
            java.util.Collections.reverse(out);
        }
        return spelt(random, out);
    }

    /** {@link WeightedSide} whose forms have ids from a shared vocabulary, as an index's names do. */
    private record IdSide(WeightedSide side, java.util.Map<TokenForm, Integer> vocabulary) implements NameSide {
        @Override
        public int size() {
            return side.size();
        }

        @Override
        public TokenForm form(int i) {
            return side.form(i);
        }

        @Override
        public Role role(int i) {
            return side.role(i);
        }

        @Override
        public double weight(int i) {
            return side.weight(i);
        }

        @Override
        public @Nullable TokenForm joined(int i) {
            return side.joined(i);
        }

        @Override
        public int formId(int i) {
            return vocabulary.computeIfAbsent(form(i), f -> vocabulary.size());
        }
    }

    /**
     * The bound remembers whether a query token and a record's word are the same word by the record
     * form's id, across the records of one query: on seeded random names (misspelt, run together,
     * reordered, sharing words), one bound per query reused over many records as an index does, its
     * test of a moved space must answer as {@link NameScorer#spaceMoved} for every pair of adjacent
     * tokens, and its bounds as those of a fresh bound on the same names without form ids.
     */
    @Test
    void theBoundRemembersSameWordsByFormIdAndAnswersAsComparingTheForms() {
        java.util.Random random = new java.util.Random(20261202);
        java.util.Map<TokenForm, Integer> vocabulary = new java.util.HashMap<>();
        int[] answers = new int[2];
        for (int i = 0; i < 300; i++) {
            String query = randomName(random);
            EntityKind kind = random.nextInt(3) == 0 ? EntityKind.PERSON : EntityKind.ORGANISATION;
            WeightedSide q = side(random, kind, query);
            NameScorer.Bound reused = new NameScorer.Bound(q);
            for (int j = 0; j < 30; j++) {
                String record = random.nextBoolean() ? variant(random, query) : randomName(random);
                WeightedSide plain = side(random, kind, record);
                IdSide r = new IdSide(plain, vocabulary);
                for (int a = 0; a < q.size(); a++) {
                    for (int b = 0; b < r.size(); b++) {
                        if (q.next(a) > 0 && r.next(b) > 0) {
                            boolean moved = NameScorer.spaceMoved(q, a, r, b);
                            assertThat(reused.spaceMoved(r, a, b))
                                    .as("%s against %s, tokens %s and %s", query, record, a, b)
                                    .isEqualTo(moved);
                            answers[moved ? 1 : 0]++;
                        }
                    }
                }
                Similarities sims = (a, b) -> TokenSimilarity.compare(q.form(a), r.form(b));
                double floor = 0.3 + 0.7 * random.nextDouble();
                double gain = random.nextBoolean() ? 0 : Attributes.MAX_GAIN;
                assertThat(reused.mayReach(r, kind, sims, floor, gain))
                        .as("%s against %s at %s", query, record, floor)
                        .isEqualTo(new NameScorer.Bound(q).mayReach(plain, kind, sims, floor, gain));
                long matched = random.nextLong() & random.nextLong();
                assertThat(reused.mayReachWithMatched(r, matched, floor, gain))
                        .as("%s against %s at %s, matched %s", query, record, floor, matched)
                        .isEqualTo(new NameScorer.Bound(q).mayReachWithMatched(plain, matched, floor, gain));
            }
        }
        // the same word beside a moved space occurs often enough to tell a wrong memory
        assertThat(answers[0]).isGreaterThan(1000);
        assertThat(answers[1]).isGreaterThan(1000);
    }

    @Test
    void mayReachRulesOutNamesThatFailTheEvidenceRules() {
        assertThat(mayReach("Heydar Aliyev", "Ilham Aliyev", 0.75)).isFalse();
        // both query words match Simon, but one record word cannot be both
        assertThat(mayReach("Simon Simoni Abrahamyan", "Simon Sargsyan", 0.75)).isFalse();
        assertThat(mayReach("Simon Simoni Abrahamyan", "Simon Abrahamyan", 0.75))
                .isTrue();
        assertThat(mayReach("Abdulhai Salek", "Abdul Hai Salek", 0.75)).isTrue();
        assertThat(mayReach("Aliyev", "Ilham Aliyev", 0.75)).isFalse();
    }

    private static boolean mayReach(String query, String record, double floor) {
        Side q = new Side(ANALYZER.person(query));
        Side r = new Side(ANALYZER.person(record));
        return NameScorer.mayReach(
                q, r, EntityKind.PERSON, (i, j) -> TokenSimilarity.compare(q.form(i), r.form(j)), floor, 0);
    }
}
