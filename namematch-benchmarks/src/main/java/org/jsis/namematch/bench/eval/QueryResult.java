package org.jsis.namematch.bench.eval;

import java.util.List;

/** What one method answered to one query, and how long it took. */
public record QueryResult(Query query, List<Hit> hits, long nanos) {

    public QueryResult {
        hits = List.copyOf(hits);
    }

    /** Whether an expected entry is among the hits. */
    public boolean found() {
        return hits.stream().anyMatch(h -> query.expected().contains(h.entryId()));
    }

    /** Whether any hit is not an expected entry (for a negative: whether there is any hit). */
    public boolean wrongHit() {
        return hits.stream().anyMatch(h -> !query.expected().contains(h.entryId()));
    }

    /** The same answer with only the hits scoring at least {@code threshold}. */
    public QueryResult atThreshold(double threshold) {
        return new QueryResult(
                query, hits.stream().filter(h -> h.score() >= threshold).toList(), nanos);
    }
}
