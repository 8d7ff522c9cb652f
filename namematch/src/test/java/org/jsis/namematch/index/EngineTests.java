package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsis.namematch.Match;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
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
}
