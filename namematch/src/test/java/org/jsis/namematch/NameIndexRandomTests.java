package org.jsis.namematch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsis.namematch.text.RandomNames;
import org.junit.jupiter.api.Test;

/** Seeded random names in mixed scripts: indexing and searching never throw and scores stay in range. */
class NameIndexRandomTests {

    @Test
    void randomNamesNeverBreakIndexOrSearch() {
        Random random = new Random(1949);
        NameIndex index = new NameIndex();
        for (int i = 0; i < 2_000; i++) {
            String name = RandomNames.mixedScript(random);
            if (!name.isBlank()) {
                EntityKind kind = random.nextBoolean() ? EntityKind.PERSON : EntityKind.ORGANISATION;
                index.put(NameRecord.of("r" + i, kind, name));
            }
        }
        for (int i = 0; i < 2_000; i++) {
            List<Match> hits = index.search(NameQuery.builder(RandomNames.mixedScript(random))
                    .threshold(0)
                    .build());
            for (Match m : hits) {
                assertThat(m.score()).isBetween(0.0, 1.0);
                assertThat(m.explanation().toText()).isNotBlank();
                assertThat(index.get(m.recordId())).isPresent();
            }
        }
    }

    @Test
    void everyIndexedNameFindsItself() {
        // each name has at least one word of several letters; names of initials only are not searchable
        Random random = new Random(7);
        NameIndex index = new NameIndex();
        for (int i = 0; i < 500; i++) {
            index.put(NameRecord.person("r" + i, RandomNames.mixedScript(random) + " Xavier"));
        }
        for (int i = 0; i < 500; i++) {
            NameRecord r = index.get("r" + i).orElseThrow();
            List<Match> hits = index.search(
                    NameQuery.builder(r.names().get(0)).threshold(0).limit(1000).build());
            assertThat(hits).as(r.names().get(0)).extracting(Match::recordId).contains(r.id());
        }
    }
}
