package org.jsis.namematch.bench.eval;

import java.util.List;

/**
 * A screening method under evaluation: JSIS or a baseline, behind one small facade so that all run
 * on the same list and queries.
 */
public interface Matcher extends AutoCloseable {

    /** Hits returned per query at most, for every method. */
    int LIMIT = 10;

    /** The name shown in result tables. */
    String name();

    /** Replaces whatever was indexed by these entries. */
    void index(List<ListEntry> entries);

    /** The hits at or above the method's threshold, best first, at most {@link #LIMIT}. */
    List<Hit> search(Query query);

    @Override
    default void close() {}
}
