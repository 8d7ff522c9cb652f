package org.jsis.namematch.bench.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.util.List;
import org.jsis.namematch.bench.data.Names;
import org.jsis.namematch.bench.eval.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticDataTests {

    private static SyntheticData data;
    private static SyntheticData.SyntheticList list;

    @BeforeAll
    static void generate() {
        data = new SyntheticData(SyntheticData.DEFAULT_SEED);
        list = data.list(5_000);
    }

    @Test
    void list_reproducibleFromTheSeed() {
        assertThat(new SyntheticData(SyntheticData.DEFAULT_SEED).list(5_000).entries())
                .isEqualTo(list.entries());
        assertThat(new SyntheticData(1).list(50).entries())
                .isNotEqualTo(list.entries().subList(0, 50));
    }

    @Test
    void list_mixesLocalesScriptsAndKinds() {
        assertThat(list.names()).extracting(SyntheticName::lang).contains(LocaleNames.Lang.values());
        assertThat(list.entries())
                .extracting(e -> Names.script(e.names().get(0)))
                .contains(
                        UnicodeScript.CYRILLIC,
                        UnicodeScript.LATIN,
                        UnicodeScript.ARABIC,
                        UnicodeScript.ARMENIAN,
                        UnicodeScript.GEORGIAN);
        long organisations = list.entries().stream()
                .filter(e -> e.kind() == org.jsis.namematch.bench.eval.Kind.ORGANISATION)
                .count();
        assertThat(organisations).isBetween(300L, 1200L);
    }

    @ParameterizedTest
    @EnumSource(ScriptMix.class)
    void queries_positivesExpectTheirSourceAndUnlistedExpectNothing(ScriptMix mix) {
        List<Query> queries = data.queries(list, 400, mix, 0.6);

        assertThat(queries).hasSize(400);
        assertThat(queries.stream().filter(Query::positive).count()).isBetween(180L, 300L);
        for (Query q : queries) {
            assertThat(q.positive()).as(q.toString()).isEqualTo(q.subset().startsWith("listed-"));
        }
        assertThat(data.queries(list, 400, mix, 0.6)).isEqualTo(queries);
    }

    @Test
    void queries_scriptFollowsTheMix() {
        assertThat(data.queries(list, 200, ScriptMix.cyrillic, 0.6))
                .allMatch(q -> Names.script(q.name()) == UnicodeScript.CYRILLIC);
        assertThat(data.queries(list, 200, ScriptMix.arabic, 0.6))
                .allMatch(q -> Names.script(q.name()) == UnicodeScript.ARABIC);
        assertThat(data.queries(list, 200, ScriptMix.latinOnly, 0.6))
                .allMatch(q -> Names.script(q.name()) == UnicodeScript.LATIN);
    }
}
