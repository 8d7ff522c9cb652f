package org.jsis.namematch.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTests {

    private static Query positive(String id, String expected) {
        return new Query(id, "s", "name " + id, null, null, null, Set.of(expected), "");
    }

    private static Query negative(String id) {
        return new Query(id, "s", "name " + id, null, null, null, Set.of(), "");
    }

    private static Hit hit(String id, double score) {
        return new Hit(id, score, id);
    }

    @Test
    void of_countsRecallFalseHitsAndNegativesWithHits() {
        List<QueryResult> results = List.of(
                new QueryResult(positive("1", "a"), List.of(hit("a", 0.9)), 1_000_000),
                new QueryResult(positive("2", "b"), List.of(hit("b", 0.9), hit("c", 0.8)), 2_000_000),
                new QueryResult(positive("3", "d"), List.of(hit("x", 0.95)), 3_000_000),
                new QueryResult(positive("4", "e"), List.of(), 4_000_000),
                new QueryResult(negative("5"), List.of(hit("a", 0.7)), 5_000_000),
                new QueryResult(negative("6"), List.of(), 5_000_000));

        Metrics m = Metrics.of(results);

        assertThat(m.queries()).isEqualTo(6);
        assertThat(m.positives()).isEqualTo(4);
        assertThat(m.found()).isEqualTo(2);
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.withWrongHit()).isEqualTo(3);
        assertThat(m.falseHitRate()).isEqualTo(0.5);
        assertThat(m.negativeHitRate()).isEqualTo(0.5);
        assertThat(m.qps()).isEqualTo(6 / 0.020, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(m.p50Millis()).isEqualTo(3.0);
        assertThat(m.p99Millis()).isEqualTo(5.0);
    }

    @Test
    void atThreshold_dropsLowerScoringHits() {
        QueryResult r = new QueryResult(positive("1", "a"), List.of(hit("b", 0.92), hit("a", 0.86)), 1);

        assertThat(r.found()).isTrue();
        assertThat(r.wrongHit()).isTrue();
        assertThat(r.atThreshold(0.9).found()).isFalse();
        assertThat(r.atThreshold(0.95).hits()).isEmpty();
    }

    @Test
    void percentile_nearestRank() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Metrics.percentile(sorted, 0.5)).isEqualTo(5);
        assertThat(Metrics.percentile(sorted, 0.99)).isEqualTo(10);
        assertThat(Metrics.percentile(new long[0], 0.5)).isZero();
    }

    @Test
    void dataset_refusesQueriesExpectingEntriesNotInTheList() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new Dataset("d", List.of(ListEntry.of("a", Kind.PERSON, "A B")), List.of(positive("1", "zz"))))
                .withMessageContaining("zz");
    }
}
