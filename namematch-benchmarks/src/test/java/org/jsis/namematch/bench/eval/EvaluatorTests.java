package org.jsis.namematch.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsis.namematch.bench.data.Names;
import org.junit.jupiter.api.Test;

class EvaluatorTests {

    /** Finds entries with a name of exactly the query's letters, in any order: a real, if naive, method. */
    static final class ExactNameMatcher implements Matcher {
        private List<ListEntry> entries = List.of();

        @Override
        public String name() {
            return "exact";
        }

        @Override
        public void index(List<ListEntry> list) {
            entries = List.copyOf(list);
        }

        @Override
        public List<Hit> search(Query query) {
            List<Hit> hits = new ArrayList<>();
            for (ListEntry e : entries) {
                for (String n : e.names()) {
                    if (Names.sortedKey(n).equals(Names.sortedKey(query.name()))) {
                        hits.add(new Hit(e.id(), 1, n));
                        break;
                    }
                }
            }
            return hits;
        }
    }

    @Test
    void run_measuresEveryQueryAgainstItsGroundTruth() {
        Dataset d = new Dataset(
                "tiny",
                List.of(
                        ListEntry.of("a", Kind.PERSON, "Heydar Aliyev"),
                        ListEntry.of("b", Kind.PERSON, "Ilham Aliyev", "Ильхам Алиев"),
                        ListEntry.of("c", Kind.PERSON, "Ilham Aliyev")),
                List.of(
                        new Query("1", "pos", "ALIYEV, Heydar", null, null, null, Set.of("a"), ""),
                        new Query("2", "pos", "Алиев Ильхам", null, null, null, Set.of("b"), ""),
                        new Query("3", "pos", "Heidar Aliev", null, null, null, Set.of("a"), ""),
                        new Query("4", "neg", "Mehriban Aliyeva", null, null, null, Set.of(), "")));

        RunResult r = new Evaluator(line -> {}).run(new ExactNameMatcher(), d);

        assertThat(r.method()).isEqualTo("exact");
        assertThat(r.metrics().recall()).isEqualTo(2 / 3.0);
        assertThat(r.metrics().withWrongHit()).isZero();
        assertThat(r.metrics("neg").negativesWithHit()).isZero();
        assertThat(r.subsets()).containsExactly("neg", "pos");
        assertThat(FailureReport.lines(r, d)).hasSize(2).element(1).asString().startsWith("miss\tpos\t3\tHeidar Aliev");
    }
}
