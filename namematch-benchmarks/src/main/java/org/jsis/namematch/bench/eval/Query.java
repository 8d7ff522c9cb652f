package org.jsis.namematch.bench.eval;

import java.util.Set;

/**
 * One screening query with its ground truth.
 *
 * @param id unique in its data set
 * @param subset where the case comes from (for per-source figures), e.g. {@code ru-romanised}
 * @param name the name as it would be typed or read from a document
 * @param kind the kind searched for, or {@code null} for any
 * @param birthDate {@code yyyy[-mm[-dd]]} or {@code null}
 * @param nationality a code or country name, or {@code null}
 * @param expected the ids of the list entries this query should find; empty for a negative
 * @param note how the query was made (system, reordering...), shown in failure reports
 */
public record Query(
        String id,
        String subset,
        String name,
        Kind kind,
        String birthDate,
        String nationality,
        Set<String> expected,
        String note) {

    public Query {
        expected = Set.copyOf(expected);
    }

    public boolean positive() {
        return !expected.isEmpty();
    }
}
