package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.Match;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.PartialDate;
import org.jsis.namematch.score.NameSide;
import org.jsis.namematch.text.Lexicon;
import org.jsis.namematch.text.TokenForm;
import org.junit.jupiter.api.Test;

class EngineTests {

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(Match::recordId).toList();
    }

    @Test
    void putReplacesAllNamesOfARecord() {
        Engine engine = new Engine();
        engine.put(NameRecord.person("1", "Ivan Petrov", "Иван Петров"));
        engine.put(NameRecord.person("1", "Oleg Sidorov"));
        assertThat(engine.size()).isEqualTo(1);
        assertThat(engine.search(NameQuery.of("Иван Петров"))).isEmpty();
        assertThat(ids(engine.search(NameQuery.of("Олег Сидоров")))).containsExactly("1");
    }

    /**
     * Thousands of listed surnames within one skeleton edit of the query's (5^5 vowel patterns on
     * one consonant frame, as in a register of invented words): only the closest are compared in
     * full, and the closest spelling must be among them.
     */
    @Test
    void aTokenWithThousandsOfLookAlikesStillFindsTheClosestSpelling() {
        Engine engine = new Engine();
        List<NameRecord> records = new ArrayList<>();
        for (int i = 0; i < 3125; i++) {
            records.add(NameRecord.person("r" + i, "Anatoly " + lookAlike(i)));
        }
        engine.putAll(records);
        assertThat(lookAlike(1234)).isEqualTo("Murekutunes");
        // a doubled letter, and a Cyrillic spelling
        assertThat(ids(engine.search(NameQuery.of("Anatoly Murekuttunes"))).get(0))
                .isEqualTo("r1234");
        assertThat(ids(engine.search(NameQuery.of("Анатолий Мурекутунес"))).get(0))
                .isEqualTo("r1234");
        assertThat(engine.search(NameQuery.of("Anatoly Murekutunes")).get(0).score())
                .isEqualTo(1.0);
    }

    /** Surname number {@code i} of 3125: the frame M-r-k-t-n-s with one of five vowels in each gap. */
    static String lookAlike(int i) {
        StringBuilder surname = new StringBuilder("M");
        int pattern = i;
        for (char consonant : "rktns".toCharArray()) {
            surname.append("aeiou".charAt(pattern % 5)).append(consonant);
            pattern /= 5;
        }
        return surname.toString();
    }

    @Test
    void removeAndCompaction() {
        Engine engine = new Engine();
        List<NameRecord> records = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            records.add(NameRecord.person("r" + i, "Ivan Petrov", "Ivan Petrov" + (char) ('a' + i % 26)));
        }
        engine.putAll(records);
        for (int i = 0; i < 29_999; i++) {
            assertThat(engine.remove("r" + i)).isTrue();
        }
        assertThat(engine.remove("r0")).isFalse();
        assertThat(engine.size()).isEqualTo(1);
        assertThat(ids(engine.search(NameQuery.builder("Ivan Petrov").limit(5).build())))
                .containsExactly("r29999");
    }

    @Test
    void concurrentSearchesWhileUpdating() throws Exception {
        Engine engine = new Engine();
        engine.put(NameRecord.person("stable", "Nikolai Bordyuzha"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    engine.put(NameRecord.person("x" + i, "Person" + i + " Surname" + i));
                    if (i % 3 == 0) {
                        engine.remove("x" + (i / 2));
                    }
                }
            }));
            for (int t = 0; t < 3; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        assertThat(ids(engine.search(NameQuery.of("Бордюжа Николай"))))
                                .containsExactly("stable");
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(engine.get("x1999")).isPresent();
    }

    @Test
    void recordsWithOneNameKeepTheirOwnBirthDates() {
        Engine engine = new Engine();
        for (int i = 0; i < 50; i++) {
            engine.put(new NameRecord(
                    "p" + i,
                    EntityKind.PERSON,
                    List.of("Ivan Petrov"),
                    List.of(PartialDate.parse((1950 + i) + "-01-01")),
                    List.of()));
        }
        List<Match> hits = engine.search(NameQuery.builder("Иван Петров")
                .birthDate(PartialDate.parse("1977-01-01"))
                .limit(3)
                .build());
        assertThat(hits.get(0).recordId()).isEqualTo("p27");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void equalScoresBeyondTheLimitGoToTheSmallestIds() {
        Engine engine = new Engine();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(7));
        for (int i : order) {
            engine.put(NameRecord.person(String.format("r%02d", i), i % 2 == 0 ? "Ivan Petrov" : "Петров Иван"));
        }
        assertThat(ids(engine.search(NameQuery.builder("Ivan Petrov").limit(5).build())))
                .containsExactly("r00", "r02", "r04", "r06", "r08");
        assertThat(ids(engine.search(NameQuery.builder("Ivan Petrov").limit(40).build())))
                .hasSize(40);
    }

    @Test
    void aNameComesBackAfterItsPostingsWereCompacted() {
        Engine engine = new Engine();
        List<NameRecord> records = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            records.add(NameRecord.person("r" + i, "Person" + i + " Surname" + i));
        }
        engine.putAll(records);
        for (int i = 0; i < 12_000; i++) {
            engine.remove("r" + i);
        }
        assertThat(engine.search(NameQuery.of("Person7 Surname7"))).isEmpty();
        engine.put(NameRecord.person("again", "Person7 Surname7"));
        assertThat(ids(engine.search(NameQuery.of("Person7 Surname7")))).containsExactly("again");
    }

    /**
     * A name of generic words alone is found through them (the index lists such names apart for each generic
     * word), also once it was removed, its postings compacted away, and put back; the other organisations
     * that hold the generic word still count it.
     */
    @Test
    void aNameOfGenericWordsComesBackAfterItsPostingsWereCompacted() {
        Engine engine = new Engine();
        List<NameRecord> records = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            records.add(NameRecord.organisation("o" + i, "Orgname" + i + " Front"));
        }
        engine.putAll(records);
        engine.put(NameRecord.organisation("generic", "Front Movement"));
        engine.put(NameRecord.organisation("kept", "Kavkaz Front"));
        assertThat(ids(engine.search(NameQuery.of("Front Movement")))).containsExactly("generic");
        engine.remove("generic");
        for (int i = 0; i < 12_000; i++) {
            engine.remove("o" + i);
        }
        assertThat(engine.search(NameQuery.of("Front Movement"))).isEmpty();
        assertThat(ids(engine.search(NameQuery.of("Kavkaz Front")))).containsExactly("kept");
        assertThat(engine.search(NameQuery.of("Kavkaz Front")).get(0).score()).isEqualTo(1.0);
        engine.put(NameRecord.organisation("generic", "Front Movement"));
        assertThat(ids(engine.search(NameQuery.of("Front Movement")))).containsExactly("generic");
        assertThat(ids(engine.search(NameQuery.of("Движение Фронт")))).containsExactly("generic");
    }

    /**
     * Organisations that share only a generic word with the query (Front) are never hits, and are
     * not even candidates; a name made of generic words alone is found through them.
     */
    @Test
    void organisationsAreFoundByTheirDistinctiveWordsAndAllGenericNamesByTheirGenericOnes() {
        Engine engine = new Engine();
        engine.put(NameRecord.organisation("kavkaz", "Kavkaz Front", "Фронт Кавказ"));
        engine.put(NameRecord.organisation("dagestan", "Dagestan Front"));
        engine.put(NameRecord.organisation("front", "The Front"));
        engine.put(NameRecord.organisation("movement", "Movement"));
        assertThat(ids(engine.search(NameQuery.builder("Kavkaz Front").build())))
                .containsExactly("kavkaz");
        assertThat(engine.search(NameQuery.of("Kavkaz Front")).get(0).score()).isEqualTo(1.0);
        assertThat(ids(engine.search(NameQuery.of("Кавказ фронт")))).containsExactly("kavkaz");
        assertThat(ids(engine.search(
                        NameQuery.builder("Фронт").kind(EntityKind.ORGANISATION).build())))
                .containsExactly("front");
        assertThat(ids(engine.search(NameQuery.builder("Front").build()))).containsExactly("front");
        assertThat(ids(engine.search(NameQuery.builder("Движение").build()))).containsExactly("movement");
    }

    /**
     * The joins' consonant test reads a record word's skeleton packed beside the token runs where the word has
     * one skeleton (Xiao, Ming) and the word's own skeletons where it has several (Chun: JN and KN); a join is
     * found either way.
     */
    @Test
    void aJoinIsFoundWhetherTheIndexKeepsTheRecordWordsSkeletonPackedOrNot() {
        Lexicon lexicon = Lexicon.standard();
        assertThat(NameSide.packedSkeleton(TokenForm.of("xiao", false, lexicon)))
                .isNotZero();
        assertThat(NameSide.packedSkeleton(TokenForm.of("ming", false, lexicon)))
                .isNotZero();
        assertThat(NameSide.packedSkeleton(TokenForm.of("chun", false, lexicon)))
                .isZero();
        Engine engine = new Engine();
        engine.put(NameRecord.person("packed", "Li Xiao Ming"));
        engine.put(NameRecord.person("unpacked", "Kim Chun Hee"));
        assertThat(ids(engine.search(NameQuery.of("Li Xiaoming")))).containsExactly("packed");
        assertThat(engine.search(NameQuery.of("Li Xiaoming")).get(0).score()).isEqualTo(1.0);
        assertThat(ids(engine.search(NameQuery.of("Kim Chunhee")))).containsExactly("unpacked");
        assertThat(engine.search(NameQuery.of("Kim Chunhee")).get(0).score()).isEqualTo(1.0);
    }

    @Test
    void aOneWordQueryStillFindsItWrittenInTwoWords() {
        Engine engine = new Engine();
        engine.put(NameRecord.person("split", "Abdul Rahman"));
        engine.put(NameRecord.person("other", "Abdul Karim"));
        assertThat(ids(engine.search(NameQuery.of("Abdulrahman")))).containsExactly("split");
    }
}
