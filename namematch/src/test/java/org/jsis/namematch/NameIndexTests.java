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

    @Test
    void search_birthDateAndNationalityMoveTheScore() {
        index = new NameIndex();
        index.put(NameRecord.person("b", "Бордюжа Николай")
                .withBirthDates(PartialDate.parse("1949-10-22"))
                .withNationalities("RU"));
        double plain = index.search(NameQuery.of("Nikolai Bordyuzha")).get(0).score();
        Match agreeing = index.search(NameQuery.builder("Nikolai Bordyuzha")
                        .birthDate(PartialDate.ofYear(1949))
                        .nationality("Russia")
                        .build())
                .get(0);
        assertThat(agreeing.score()).isGreaterThan(plain);
        assertThat(agreeing.explanation().adjustments())
                .extracting(Explanation.Adjustment::factor)
                .containsExactly(Explanation.Factor.BIRTH_DATE, Explanation.Factor.NATIONALITY);
        assertThat(agreeing.explanation().toText())
                .contains("birth date 1949 agrees with 1949-10-22")
                .contains("nationality RU agrees");
        List<Match> differing = index.search(NameQuery.builder("Nikolai Bordyuzha")
                .birthDate(PartialDate.ofYear(1975))
                .build());
        assertThat(differing).isEmpty();
    }

    @Test
    void search_explanationIsStructured() {
        Explanation e =
                index.search(NameQuery.of("Mullah Nikolai Bordyuzha")).get(0).explanation();
        assertThat(e.tokens())
                .extracting(
                        Explanation.TokenMatch::queryToken,
                        Explanation.TokenMatch::recordToken,
                        Explanation.TokenMatch::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Nikolai", "Николай", Explanation.MatchType.TRANSLITERATION),
                        org.assertj.core.groups.Tuple.tuple(
                                "Bordyuzha", "Бордюжа", Explanation.MatchType.TRANSLITERATION));
        assertThat(e.missing()).containsExactly("Николаевич");
        assertThat(e.extra()).isEmpty();
        assertThat(e.ignored()).containsExactly("Mullah");
        assertThat(e.score()).isEqualTo(e.nameScore());
    }

    @Test
    void search_limitAndOrder() {
        for (int i = 0; i < 20; i++) {
            index.put(NameRecord.person("p" + (char) ('a' + i), "Ivan Petrov"));
        }
        List<Match> hits =
                index.search(NameQuery.builder("Ivan Petrov").limit(3).build());
        assertThat(hits).extracting(Match::recordId).containsExactly("pa", "pb", "pc");
    }

    @Test
    void search_emptyQueryFindsNothing() {
        assertThat(index.search(NameQuery.of(""))).isEmpty();
        assertThat(index.search(NameQuery.of(" - . "))).isEmpty();
    }
}
