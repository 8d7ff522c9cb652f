package org.jsis.namematch.bench.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Figures of one method on a set of queries.
 *
 * <p>Recall: positives whose expected entry is among the hits. False-hit rate: queries (positives
 * and negatives) with at least one hit that is not an expected entry. Negative hit rate: negatives
 * with any hit. Speed: queries per second of search time on one thread, and latency percentiles.
 */
public record Metrics(
        int queries,
        int positives,
        int found,
        int negatives,
        int negativesWithHit,
        int withWrongHit,
        double qps,
        double p50Millis,
        double p99Millis) {

    public static Metrics of(List<QueryResult> results) {
        int positives = 0;
        int found = 0;
        int negativesWithHit = 0;
        int wrong = 0;
        long[] nanos = new long[results.size()];
        long total = 0;
        for (int i = 0; i < results.size(); i++) {
            QueryResult r = results.get(i);
            if (r.query().positive()) {
                positives++;
                found += r.found() ? 1 : 0;
            } else if (!r.hits().isEmpty()) {
                negativesWithHit++;
            }
            wrong += r.wrongHit() ? 1 : 0;
            nanos[i] = r.nanos();
            total += r.nanos();
        }
        Arrays.sort(nanos);
        double qps = total == 0 ? 0 : results.size() / (total / 1e9);
        return new Metrics(
                results.size(),
                positives,
                found,
                results.size() - positives,
                negativesWithHit,
                wrong,
                qps,
                percentile(nanos, 0.50) / 1e6,
                percentile(nanos, 0.99) / 1e6);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public double recall() {
        return positives == 0 ? Double.NaN : (double) found / positives;
    }

    public double falseHitRate() {
        return queries == 0 ? Double.NaN : (double) withWrongHit / queries;
    }

    public double negativeHitRate() {
        return negatives == 0 ? Double.NaN : (double) negativesWithHit / negatives;
    }
}
