package org.jsis.namematch.bench.matchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.jsis.namematch.bench.eval.Hit;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IcuJaroWinklerMatcherTests {

    private IcuJaroWinklerMatcher matcher;

    @BeforeEach
    void setUp() {
        matcher = new IcuJaroWinklerMatcher();
        matcher.index(List.of(
                ListEntry.of("putin", Kind.PERSON, "Vladimir Vladimirovich Putin"),
                ListEntry.of("heydar", Kind.PERSON, "Heydar Aliyev"),
                ListEntry.of("org", Kind.ORGANISATION, "Vladimir Putin Fund")));
    }

    private static Query query(String name, Kind kind) {
        return new Query("q", "t", name, kind, null, null, Set.of(), "");
    }

    // Winkler's published examples (Winkler 1990; also in the Wikipedia article on Jaro-Winkler).
    @Test
    void similarity_knownValues() {
        assertThat(JaroWinkler.similarity("MARTHA", "MARHTA")).isCloseTo(0.961, within(0.001));
        assertThat(JaroWinkler.similarity("DWAYNE", "DUANE")).isCloseTo(0.840, within(0.001));
        assertThat(JaroWinkler.similarity("DIXON", "DICKSONX")).isCloseTo(0.813, within(0.001));
        assertThat(JaroWinkler.similarity("abc", "abc")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("abc", "")).isZero();
    }

    @Test
    void tokens_transliterateFoldAndSplit() {
        assertThat(IcuJaroWinklerMatcher.tokens("Влади́мир ПУТИН")).containsExactly("vladimir", "putin");
        assertThat(IcuJaroWinklerMatcher.tokens("Bordjuža, N.")).containsExactly("bordjuza", "n");
    }

    @Test
    void score_countsMissingAndExtraWordsOnBothSides() {
        String[] q = {"vladimir", "putin"};
        assertThat(IcuJaroWinklerMatcher.score(q, new String[] {"vladimir", "putin"}))
                .isEqualTo(1.0);
        assertThat(IcuJaroWinklerMatcher.score(q, new String[] {"vladimir", "vladimirovich", "putin"}))
                .isLessThan(1.0);
    }

    @Test
    void search_findsCyrillicAgainstLatinAndFiltersByKind() {
        List<Hit> hits = matcher.search(query("Путин Владимир Владимирович", Kind.PERSON));

        assertThat(hits).extracting(Hit::entryId).containsExactly("putin");
        assertThat(matcher.search(query("Ilham Aliyev", null))).isEmpty();
    }
}
