package org.jsis.namematch.bench.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one method over one data set on the calling thread: indexes the list, warms up on a prefix
 * of the queries (untimed), then times every query.
 */
public final class Evaluator {

    private static final int WARM_UP_QUERIES = 300;

    private final Consumer<String> progress;

    /** @param progress receives one line per stage (for stderr) */
    public Evaluator(Consumer<String> progress) {
        this.progress = progress;
    }

    public RunResult run(Matcher matcher, Dataset dataset) {
        long t0 = System.nanoTime();
        matcher.index(dataset.list());
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        progress.accept("%s on %s: indexed %d entries in %.1f s"
                .formatted(matcher.name(), dataset.name(), dataset.list().size(), indexSeconds));
        List<Query> queries = dataset.queries();
        for (int i = 0; i < Math.min(WARM_UP_QUERIES, queries.size()); i++) {
            matcher.search(queries.get(i));
        }
        List<QueryResult> results = new ArrayList<>(queries.size());
        long started = System.nanoTime();
        for (Query q : queries) {
            long s = System.nanoTime();
            List<Hit> hits = matcher.search(q);
            results.add(new QueryResult(q, hits, System.nanoTime() - s));
        }
        progress.accept("%s on %s: %d queries in %.1f s"
                .formatted(matcher.name(), dataset.name(), queries.size(), (System.nanoTime() - started) / 1e9));
        return new RunResult(matcher.name(), dataset.name(), indexSeconds, results);
    }
}
