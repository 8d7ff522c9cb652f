package org.jsis.namematch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NameIndexTests {

    private NameIndex index;

    @BeforeEach
    void setUp() {
        index = new NameIndex();
        index.put(NameRecord.person("bordyuzha", "Бордюжа Николай Николаевич"));
        index.put(NameRecord.person("ilham", "Ilham Aliyev"));
        index.put(NameRecord.organisation("gazprom", "ПАО Газпром"));
    }

    @Test
    void search_findsCyrillicFromLatin() {
        List<Match> hits = index.search(NameQuery.of("Nikolai Bordyuzha"));
        assertThat(hits).extracting(Match::recordId).containsExactly("bordyuzha");
        assertThat(hits.get(0).matchedName()).isEqualTo("Бордюжа Николай Николаевич");
        assertThat(hits.get(0).score()).isBetween(NameIndex.DEFAULT_THRESHOLD, 1.0);
        assertThat(hits.get(0).explanation().toText()).contains("Bordyuzha").contains("Бордюжа");
    }

    @Test
    void search_doesNotMatchOnSurnameAlone() {
        assertThat(index.search(NameQuery.of("Heydar Aliyev"))).isEmpty();
    }

    @Test
    void put_replacesAndRemoveRemoves() {
        index.put(NameRecord.person("ilham", "Ramzan Kadyrov"));
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.search(NameQuery.of("Ilham Aliyev"))).isEmpty();
        assertThat(index.search(NameQuery.of("Ramzan Kadyrov")))
                .extracting(Match::recordId)
                .containsExactly("ilham");
        assertThat(index.remove("ilham")).isTrue();
        assertThat(index.remove("ilham")).isFalse();
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.search(NameQuery.of("Ramzan Kadyrov"))).isEmpty();
    }

    @Test
    void search_respectsKind() {
        assertThat(index.search(
                        NameQuery.builder("Gazprom").kind(EntityKind.PERSON).build()))
                .isEmpty();
        assertThat(index.search(NameQuery.builder("Gazprom")
                        .kind(EntityKind.ORGANISATION)
                        .build()))
                .extracting(Match::recordId)
                .containsExactly("gazprom");
    }
}
