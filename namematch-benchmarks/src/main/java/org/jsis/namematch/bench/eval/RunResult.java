package org.jsis.namematch.bench.eval;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Everything one method answered on one data set. */
public record RunResult(String method, String dataset, double indexSeconds, List<QueryResult> results) {

    public RunResult {
        results = List.copyOf(results);
    }

    public Metrics metrics() {
        return Metrics.of(results);
    }

    /** Figures on the queries of one subset only. */
    public Metrics metrics(String subset) {
        return Metrics.of(
                results.stream().filter(r -> r.query().subset().equals(subset)).toList());
    }

    public SortedSet<String> subsets() {
        TreeSet<String> s = new TreeSet<>();
        results.forEach(r -> s.add(r.query().subset()));
        return s;
    }

    /** The same run as if the method's threshold had been {@code threshold} (at least the one used). */
    public RunResult atThreshold(double threshold, String method) {
        return new RunResult(
                method,
                dataset,
                indexSeconds,
                results.stream().map(r -> r.atThreshold(threshold)).toList());
    }
}
