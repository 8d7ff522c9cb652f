package org.jsis.namematch.bench.eval;

import java.util.List;
import java.util.Locale;

/** Formats run results as Markdown tables. */
public final class ResultTable {

    private ResultTable() {}

    /** One row per method and data set: recall, false-hit rate, negatives with a hit, speed. */
    public static String summary(List<RunResult> runs) {
        StringBuilder b = new StringBuilder();
        b.append("| method | dataset | queries | positives | recall | false-hit rate | negatives with a hit"
                + " | queries/s | p50 ms | p99 ms |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RunResult r : runs) {
            row(b, r.method(), r.dataset(), r.metrics());
        }
        return b.toString();
    }

    /** One row per method and subset of one data set. */
    public static String bySubset(List<RunResult> runs) {
        StringBuilder b = new StringBuilder();
        b.append("| method | subset | queries | positives | recall | false-hit rate | negatives with a hit"
                + " | queries/s | p50 ms | p99 ms |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RunResult r : runs) {
            for (String s : r.subsets()) {
                row(b, r.method(), s, r.metrics(s));
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String method, String dataset, Metrics m) {
        b.append(String.format(
                Locale.ROOT,
                "| %s | %s | %d | %d | %s | %s | %s | %.0f | %.2f | %.2f |%n",
                method,
                dataset,
                m.queries(),
                m.positives(),
                ratio(m.found(), m.positives()),
                ratio(m.withWrongHit(), m.queries()),
                ratio(m.negativesWithHit(), m.negatives()),
                m.qps(),
                m.p50Millis(),
                m.p99Millis()));
    }

    /** {@code 0.9712 (1234/1271)}, or {@code –} when there is nothing to divide. */
    static String ratio(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.4f (%d/%d)", (double) part / whole, part, whole);
    }
}
