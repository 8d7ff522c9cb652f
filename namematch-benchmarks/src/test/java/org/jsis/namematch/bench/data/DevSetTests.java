package org.jsis.namematch.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsis.namematch.bench.eval.Dataset;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DevSetTests {

    private static final DevSet.Sizes SMALL = new DevSet.Sizes(30, 10, 6, 30, 4);

    private static Dataset standard;

    private static Dataset build(long seed) {
        return DevSet.build(UnConsolidatedListTests.excerpt(), seed, SMALL, false);
    }

    @BeforeAll
    static void buildOnce() {
        standard = build(DevSet.DEFAULT_SEED);
    }

    @Test
    void build_sameSeedSameSet() {
        Dataset again = build(DevSet.DEFAULT_SEED);
        assertThat(again.queries()).isEqualTo(standard.queries());
        assertThat(again.list()).isEqualTo(standard.list());
        assertThat(build(8).queries()).isNotEqualTo(standard.queries());
    }

    @Test
    void build_coversEverySourceOfTheExcerpt() {
        Dataset d = standard;

        assertThat(d.queries())
                .extracting(Query::subset)
                .contains(
                        "un-original-script",
                        "putin-spellings",
                        "moov-cross-script",
                        "interscript-words",
                        "ru-romanised",
                        "ru-hard-negative",
                        "rigour-spellings",
                        "ru-organisations",
                        "org-hard-negative",
                        "uk-romanised",
                        "be-romanised",
                        "wikidata-en-ru",
                        "wikidata-hard-negative");
        assertThat(d.queries().stream().filter(q -> q.subset().equals("ru-romanised")))
                .hasSize(3 * SMALL.russianPersons());
        assertThat(d.queries().stream().filter(q -> q.subset().equals("putin-spellings")))
                .extracting(Query::name)
                .contains("Wladimir Wladimirowitsch Putin", "Путин В. В.", "Vladimir Poutine")
                .doesNotContain("Президент Путин", "Putyin elnök", "弗拉基米尔·普京");
    }

    @Test
    void build_noTwoGeneratedEntriesShareAName() {
        Map<String, String> seen = new HashMap<>();
        for (ListEntry e : standard.list()) {
            if (e.id().startsWith("TS")) {
                continue; // the UN entries are taken as they are
            }
            for (String n : e.names()) {
                String key =
                        String.join(" ", Names.asciiTokens(n).stream().sorted().toList());
                assertThat(seen.put(key, e.id())).as(n).isIn(null, e.id());
            }
        }
    }

    @Test
    void build_romanisedQueriesAreNotCopiesOfTheirEntry() {
        Dataset d = standard;
        Map<String, ListEntry> byId = new HashMap<>();
        d.list().forEach(e -> byId.put(e.id(), e));
        List<Query> romanised = d.queries().stream()
                .filter(q -> q.subset().equals("ru-romanised") && !q.note().startsWith("cyrillic"))
                .toList();
        long identical = romanised.stream()
                .filter(q -> byId.get(q.expected().iterator().next()).names().contains(q.name()))
                .count();
        assertThat(identical).isLessThan(romanised.size() / 10);
    }
}
