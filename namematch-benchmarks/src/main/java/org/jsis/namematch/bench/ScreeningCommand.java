package org.jsis.namematch.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsis.namematch.bench.eval.Hit;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Matcher;
import org.jsis.namematch.bench.eval.Metrics;
import org.jsis.namematch.bench.eval.Query;
import org.jsis.namematch.bench.eval.QueryResult;
import org.jsis.namematch.bench.matchers.JsisMatcher;
import org.jsis.namematch.bench.matchers.PgTrgmMatcher;
import org.jsis.namematch.bench.synth.RegisterShapedData;
import org.jsis.namematch.bench.synth.ScriptMix;
import org.jsis.namematch.bench.synth.SyntheticData;

/**
 * The screening benchmark behind {@code bench/screening}: a synthetic list of N names, Q queries,
 * JSIS and pg_trgm (GIN trigram index, embedded PostgreSQL 17) on the same queries, one query
 * thread each. Progress goes to stderr; stdout ends with the five pinned lines
 * {@code jsis_qps=}, {@code pg_trgm_qps=}, {@code speedup_vs_pg_trgm=}, {@code jsis_recall=},
 * {@code pg_trgm_recall=}.
 *
 * <p>Each method first answers every query once untimed (warm-up: JIT for JSIS, caches for
 * PostgreSQL), then every query again, timed one by one with {@link System#nanoTime()}. Queries/s
 * is queries divided by the sum of query times (wall clock; JSIS also in CPU time of its query
 * thread, {@code jsis_cpu_*}, which other load on a shared machine does not inflate). Recall:
 * positives with an expected entry among the (at most {@value Matcher#LIMIT}) hits. Heap: used heap
 * after a forced full GC once the index is built and the generated list is no longer referenced,
 * minus the same measure before generation. {@code --results FILE} writes every JSIS answer (ids,
 * scores, explanations) to compare two builds; {@code --times FILE} every query's CPU time in both
 * passes, to tell which queries the mean's time goes to. {@code --retained} prints what JSIS's first pass
 * left live a query (instances and KB, from HotSpot's class histogram before and after it, and the
 * classes that grew most on stderr): what a server's young collections copy into the old generation.
 */
public final class ScreeningCommand {

    /** Figures of the last {@link #timed} run measured in CPU time of the query thread. */
    private static Metrics lastCpu;

    /**
     * CPU figures of the last {@link #timed} run's first (warm-up) pass: every query new to the
     * index, as a server sees a stream of distinct names (nothing cached from an earlier answer).
     */
    private static Metrics lastFirstCpu;

    /** Mean CPU ms per query of the last first pass. */
    private static double lastFirstCpuMeanMs;

    /** Collections and milliseconds spent collecting during the last first pass. */
    private static long[] lastFirstGc = {0, 0};

    /** Mean bytes the query thread allocated per query in the last first pass (-1: not measurable). */
    private static double lastFirstAllocMeanBytes = -1;

    /** What the last {@link #timed} run answered, query by query. */
    private static List<QueryResult> lastResults;

    /**
     * With {@code --retained}: what JSIS's first pass left live, by class (instances, bytes), from a class
     * histogram of the live heap before and after it; null otherwise.
     */
    private static Map<String, long[]> lastFirstRetained;

    /** The last {@link #timed} run's first pass, query by query, with the CPU time of each. */
    private static List<QueryResult> lastFirst;

    /** The last {@link #timed} run's second pass, query by query, with the CPU time of each. */
    private static List<QueryResult> lastSecond;

    private ScreeningCommand() {}

    public static void main(String[] args) {
        Map<String, String> opts = Options.parse(
                args,
                Map.of(
                        "--names", "1000000",
                        "--queries", "2000",
                        "--seed", Long.toString(SyntheticData.DEFAULT_SEED),
                        "--mix", ScriptMix.mixedScripts.name(),
                        "--listed-share", "0.6",
                        "--data", "synthetic",
                        "--out", "bench/out",
                        "--results", "",
                        "--times", "",
                        "--stream", "0"),
                List.of("--skip-pg", "--retained"));
        int n = Options.positiveInt(opts, "--names");
        int q = Options.positiveInt(opts, "--queries");
        int stream = Options.nonNegativeInt(opts, "--stream");
        boolean retained = opts.containsKey("--retained");
        if (stream > 0
                && !(opts.get("--results").isEmpty() && opts.get("--times").isEmpty() && !retained)) {
            // a stream answers random draws once each: there is no pass of every query to write
            Options.fail("--results, --times and --retained are about the passes over every query, which --stream "
                    + stream + " does not run; leave them out or use --stream 0");
        }
        long seed = Options.wholeLong(opts, "--seed");
        ScriptMix mix;
        try {
            mix = ScriptMix.valueOf(opts.get("--mix"));
        } catch (IllegalArgumentException e) {
            Options.fail("--mix expects one of " + List.of(ScriptMix.values()) + ", got '" + opts.get("--mix") + "'");
            return;
        }
        double listedShare = Double.parseDouble(opts.get("--listed-share"));
        boolean register = switch (opts.get("--data")) {
            case "synthetic" -> false;
            case "register" -> true;
            default -> {
                Options.fail("--data expects synthetic or register, got '" + opts.get("--data") + "'");
                yield false;
            }
        };
        System.out.println("# JSIS screening benchmark: " + n + (register ? " register-shaped entries, " : " names, ")
                + q + " queries, " + (register ? "" : mix + ", ") + "seed " + seed);
        System.out.println(Machine.describe());
        System.out.println("load average at start: " + loadAverage());

        long heapBefore = usedHeapAfterGc();
        long t0 = System.nanoTime();
        SyntheticData data = register ? null : new SyntheticData(seed);
        List<ListEntry> list;
        List<Query> queries;
        if (register) {
            RegisterShapedData.Generated g = RegisterShapedData.generate(n, q, seed, "bench");
            list = g.entries();
            queries = g.queries();
        } else {
            SyntheticData.SyntheticList synthetic = data.list(n);
            list = synthetic.entries();
            queries = data.queries(synthetic, q, mix, listedShare);
        }
        log(
                "generated %d entries (%d names) and %d queries (%d positive) in %.1f s",
                n,
                list.stream().mapToInt(e -> e.names().size()).sum(),
                queries.size(),
                queries.stream().filter(Query::positive).count(),
                seconds(t0));

        JsisMatcher jsis = new JsisMatcher();
        long t1 = System.nanoTime();
        jsis.index(list);
        double jsisBuild = seconds(t1);
        log("JSIS index built in %.1f s", jsisBuild);
        list = null;
        long heapIndex = usedHeapAfterGc();
        double heapMb = (heapIndex - heapBefore) / 1048576.0;
        log("heap with the JSIS index: %.0f MB (%.0f MB before generating the list)", heapMb, heapBefore / 1048576.0);
        if (stream > 0) {
            stream(jsis, queries, stream, seed, heapIndex);
            return;
        }
        java.nio.file.Path out = java.nio.file.Path.of(opts.get("--out"));
        Metrics jsisM = timed(jsis, queries, out, retained);
        if (!opts.get("--results").isEmpty()) {
            writeResults(lastResults, java.nio.file.Path.of(opts.get("--results")));
        }
        if (!opts.get("--times").isEmpty()) {
            writeTimes(lastFirst, lastSecond, java.nio.file.Path.of(opts.get("--times")));
        }
        Metrics jsisCpu = lastCpu;
        Metrics jsisFirstCpu = lastFirstCpu;
        long[] jsisFirstGc = lastFirstGc;
        double jsisFirstAllocBytes = lastFirstAllocMeanBytes;
        Map<String, long[]> jsisFirstRetained = lastFirstRetained;
        double jsisFirstMean = lastFirstCpuMeanMs;
        jsis = null;

        Metrics pgM = null;
        double pgBuild = Double.NaN;
        if (!opts.containsKey("--skip-pg")) {
            List<ListEntry> again = register
                    ? RegisterShapedData.generate(n, q, seed, "bench").entries()
                    : data.list(n).entries();
            try (PgTrgmMatcher pg = new PgTrgmMatcher()) {
                long t2 = System.nanoTime();
                pg.index(again);
                pgBuild = seconds(t2);
                again = null;
                log("pg_trgm table and GIN index built in %.1f s", pgBuild);
                pgM = timed(pg, queries, out, false);
            }
        }

        System.out.println("load_average=" + loadAverage());
        System.out.printf(Locale.ROOT, "jsis_index_build_s=%.2f%n", jsisBuild);
        System.out.printf(Locale.ROOT, "jsis_heap_mb=%.0f%n", heapMb);
        System.out.printf(Locale.ROOT, "jsis_p50_ms=%.3f%n", jsisM.p50Millis());
        System.out.printf(Locale.ROOT, "jsis_p99_ms=%.3f%n", jsisM.p99Millis());
        System.out.printf(Locale.ROOT, "jsis_negatives_with_hit=%.4f%n", jsisM.negativeHitRate());
        System.out.printf(Locale.ROOT, "jsis_cpu_qps=%.1f%n", jsisCpu.qps());
        System.out.printf(Locale.ROOT, "jsis_cpu_p50_ms=%.3f%n", jsisCpu.p50Millis());
        System.out.printf(Locale.ROOT, "jsis_cpu_p99_ms=%.3f%n", jsisCpu.p99Millis());
        System.out.printf(Locale.ROOT, "jsis_first_pass_cpu_mean_ms=%.3f%n", jsisFirstMean);
        System.out.printf(Locale.ROOT, "jsis_first_pass_cpu_p50_ms=%.3f%n", jsisFirstCpu.p50Millis());
        System.out.printf(Locale.ROOT, "jsis_first_pass_cpu_p99_ms=%.3f%n", jsisFirstCpu.p99Millis());
        System.out.println("jsis_first_pass_gc_count=" + jsisFirstGc[0]);
        System.out.println("jsis_first_pass_gc_ms=" + jsisFirstGc[1]);
        System.out.printf(Locale.ROOT, "jsis_first_pass_alloc_kb_mean=%.1f%n", jsisFirstAllocBytes / 1024);
        if (jsisFirstRetained != null) {
            printRetained(jsisFirstRetained, queries.size());
        }
        if (pgM != null) {
            System.out.printf(Locale.ROOT, "pg_trgm_index_build_s=%.2f%n", pgBuild);
            System.out.printf(Locale.ROOT, "pg_trgm_p50_ms=%.3f%n", pgM.p50Millis());
            System.out.printf(Locale.ROOT, "pg_trgm_p99_ms=%.3f%n", pgM.p99Millis());
            System.out.printf(Locale.ROOT, "pg_trgm_negatives_with_hit=%.4f%n", pgM.negativeHitRate());
        }
        System.out.printf(Locale.ROOT, "jsis_qps=%.1f%n", jsisM.qps());
        System.out.printf(
                Locale.ROOT, "pg_trgm_qps=%s%n", pgM == null ? "NaN" : String.format(Locale.ROOT, "%.1f", pgM.qps()));
        System.out.printf(
                Locale.ROOT,
                "speedup_vs_pg_trgm=%s%n",
                pgM == null ? "NaN" : String.format(Locale.ROOT, "%.2f", jsisM.qps() / pgM.qps()));
        System.out.printf(Locale.ROOT, "jsis_recall=%.4f%n", jsisM.recall());
        System.out.printf(
                Locale.ROOT,
                "pg_trgm_recall=%s%n",
                pgM == null ? "NaN" : String.format(Locale.ROOT, "%.4f", pgM.recall()));
        System.out.flush();
    }

    /**
     * A server's stream instead of the passes: {@code count} queries drawn at random (seeded, with
     * repeats) from the query set, on this thread, every one timed in CPU; then the collector's
     * pauses during the stream and the heap the index holds after it beyond what it held before
     * (the matcher's caches). Ends with {@code jsis_stream_*} lines.
     */
    private static void stream(Matcher m, List<Query> queries, int count, long seed, long heapIndex) {
        var threads = ManagementFactory.getThreadMXBean();
        java.util.Random random = new java.util.Random(seed ^ 0x5EED);
        long[] gcBefore = gc();
        List<QueryResult> cpu = new ArrayList<>(count);
        long total = 0;
        long w = System.nanoTime();
        java.util.BitSet seen = new java.util.BitSet();
        for (int i = 0; i < count; i++) {
            int k = random.nextInt(queries.size());
            seen.set(k);
            Query query = queries.get(k);
            long c = threads.getCurrentThreadCpuTime();
            List<Hit> hits = m.search(query);
            long spent = threads.getCurrentThreadCpuTime() - c;
            total += spent;
            cpu.add(new QueryResult(query, hits, spent));
        }
        double wall = seconds(w);
        long[] gcAfter = gc();
        Metrics metrics = Metrics.of(cpu);
        double cacheMb = (usedHeapAfterGc() - heapIndex) / 1048576.0;
        log("%s: stream of %d queries (%d distinct) in %.1f s", m.name(), count, seen.cardinality(), wall);
        System.out.println("load_average=" + loadAverage());
        System.out.println("jsis_stream_queries=" + count);
        System.out.println("jsis_stream_distinct=" + seen.cardinality());
        System.out.printf(Locale.ROOT, "jsis_stream_cpu_mean_ms=%.3f%n", total / 1e6 / count);
        System.out.printf(Locale.ROOT, "jsis_stream_cpu_p50_ms=%.3f%n", metrics.p50Millis());
        System.out.printf(Locale.ROOT, "jsis_stream_cpu_p99_ms=%.3f%n", metrics.p99Millis());
        System.out.printf(Locale.ROOT, "jsis_stream_wall_s=%.1f%n", wall);
        System.out.println("jsis_stream_gc_count=" + (gcAfter[0] - gcBefore[0]));
        System.out.println("jsis_stream_gc_ms=" + (gcAfter[1] - gcBefore[1]));
        System.out.printf(Locale.ROOT, "jsis_stream_heap_growth_mb=%.0f%n", cacheMb);
        System.out.printf(Locale.ROOT, "jsis_stream_recall=%.4f%n", metrics.recall());
        System.out.flush();
    }

    /** Collections and milliseconds spent collecting so far, over every collector. */
    private static long[] gc() {
        long count = 0;
        long ms = 0;
        for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            ms += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    /**
     * Bytes this thread has allocated since it started (HotSpot's count, which includes the
     * thread-local buffers it filled), or -1 where the JVM does not count them. The first pass runs
     * the matcher on this thread alone, so the difference over the pass is the matcher's allocation
     * plus the benchmark's own result lists (a few objects per query).
     */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()
                && t.isThreadAllocatedMemoryEnabled()) {
            return t.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    /**
     * The classes whose live instances grew most over JSIS's first pass, per query (instances, bytes), with
     * the totals: what the matcher keeps from one query for the next (its caches), which a server's
     * next young collection copies into the old generation; it includes this benchmark's own result
     * of each query (its hit list and hits, a few objects).
     */
    private static void printRetained(Map<String, long[]> retained, int queries) {
        long objects = 0;
        long bytes = 0;
        for (long[] v : retained.values()) {
            objects += v[0];
            bytes += v[1];
        }
        System.out.printf(Locale.ROOT, "jsis_first_pass_retained_objects_mean=%.1f%n", objects / (double) queries);
        System.out.printf(Locale.ROOT, "jsis_first_pass_retained_kb_mean=%.2f%n", bytes / 1024.0 / queries);
        List<Map.Entry<String, long[]>> top = new ArrayList<>(retained.entrySet());
        top.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        log("what the first pass left live, a query (class, instances, bytes):");
        for (Map.Entry<String, long[]> e : top.subList(0, Math.min(15, top.size()))) {
            log(
                    "  %-60s %8.1f %9.0f",
                    e.getKey(), e.getValue()[0] / (double) queries, e.getValue()[1] / (double) queries);
        }
    }

    /**
     * The live heap by class (instances, bytes): HotSpot's class histogram, which collects the whole heap
     * first.
     */
    static Map<String, long[]> liveHistogram() {
        String text;
        try {
            text = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("--retained needs HotSpot's class histogram: " + e.getMessage(), e);
        }
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            // "   1:   123456   7890123  java.lang.String (java.base@17)"
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return classes;
    }

    /** Every query once untimed, then every query timed, on this thread; misses and wrong hits to a file. */
    private static Metrics timed(Matcher m, List<Query> queries, java.nio.file.Path out, boolean retained) {
        var threads = ManagementFactory.getThreadMXBean();
        List<QueryResult> first = new ArrayList<>(queries.size());
        long firstTotal = 0;
        Map<String, long[]> before = retained ? liveHistogram() : null;
        long[] gcBefore = gc();
        long allocBefore = allocatedBytes();
        long w = System.nanoTime();
        for (Query query : queries) {
            long c = threads.getCurrentThreadCpuTime();
            List<Hit> hits = m.search(query);
            long spent = threads.getCurrentThreadCpuTime() - c;
            firstTotal += spent;
            first.add(new QueryResult(query, hits, spent));
        }
        long allocAfter = allocatedBytes();
        lastFirstAllocMeanBytes = allocBefore < 0 || allocAfter < 0 || queries.isEmpty()
                ? -1
                : (allocAfter - allocBefore) / (double) queries.size();
        long[] gcAfter = gc();
        lastFirstGc = new long[] {gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]};
        lastFirstRetained = null;
        if (before != null) {
            Map<String, long[]> grown = new HashMap<>();
            liveHistogram().forEach((name, v) -> {
                long[] b = before.getOrDefault(name, new long[2]);
                grown.put(name, new long[] {v[0] - b[0], v[1] - b[1]});
            });
            lastFirstRetained = grown;
        }
        lastFirstCpu = Metrics.of(first);
        lastFirstCpuMeanMs = queries.isEmpty() ? 0 : firstTotal / 1e6 / queries.size();
        log(
                "%s: warm-up pass over %d queries in %.1f s (first pass, CPU: mean %.3f ms, p50 %.3f ms, p99 %.3f ms)",
                m.name(),
                queries.size(),
                seconds(w),
                lastFirstCpuMeanMs,
                lastFirstCpu.p50Millis(),
                lastFirstCpu.p99Millis());
        List<QueryResult> results = new ArrayList<>(queries.size());
        List<QueryResult> cpu = new ArrayList<>(queries.size());
        for (Query query : queries) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            List<Hit> hits = m.search(query);
            results.add(new QueryResult(query, hits, System.nanoTime() - s));
            cpu.add(new QueryResult(query, hits, threads.getCurrentThreadCpuTime() - c));
        }
        Metrics metrics = Metrics.of(results);
        lastCpu = Metrics.of(cpu);
        lastResults = results;
        lastFirst = first;
        lastSecond = cpu;
        writeFailures(results, out.resolve("screening-failures-" + m.name().replaceAll("@.*", "") + ".tsv"));
        log(
                "%s: %.1f queries/s, p50 %.3f ms, p99 %.3f ms, recall %.4f, negatives with a hit %.4f",
                m.name(),
                metrics.qps(),
                metrics.p50Millis(),
                metrics.p99Millis(),
                metrics.recall(),
                metrics.negativeHitRate());
        return metrics;
    }

    /**
     * Every JSIS answer, one line per hit (query number, query, entry id, score, matched name,
     * explanation), so that two builds can be compared with {@code diff}: an optimisation must not
     * change them.
     */
    private static void writeResults(List<QueryResult> results, java.nio.file.Path file) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            QueryResult r = results.get(i);
            if (r.hits().isEmpty()) {
                lines.add(i + "\t" + r.query().name() + "\t-");
            }
            for (Hit h : r.hits()) {
                lines.add(String.join(
                        "\t",
                        Integer.toString(i),
                        r.query().name(),
                        h.entryId(),
                        String.format(Locale.ROOT, "%.6f", h.score()),
                        h.matchedName(),
                        String.valueOf(h.explanation())));
            }
        }
        write(lines, file, "answers");
    }

    /** Writes the lines to the file (its folder made if missing), saying so; a failure is said, not thrown. */
    private static void write(List<String> lines, java.nio.file.Path file, String what) {
        try {
            java.nio.file.Path parent = file.toAbsolutePath().getParent();
            java.nio.file.Files.createDirectories(parent);
            java.nio.file.Files.write(file, lines);
            log("%s written to %s", what, file);
        } catch (java.io.IOException e) {
            log("could not write %s: %s", file, e.getMessage());
        }
    }

    /**
     * Every query's CPU time in the first pass (new to the index) and the second (everything cached), one
     * line each, with what may explain it: tab-separated {@code query, positive, kind, tokens, hits,
     * first_us, second_us, name}, in query order after a header line.
     */
    private static void writeTimes(List<QueryResult> first, List<QueryResult> second, java.nio.file.Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("query\tpositive\tkind\ttokens\thits\tfirst_us\tsecond_us\tname");
        for (int i = 0; i < first.size(); i++) {
            QueryResult r = first.get(i);
            Query q = r.query();
            lines.add(String.join(
                    "\t",
                    Integer.toString(i),
                    Boolean.toString(q.positive()),
                    String.valueOf(q.kind()),
                    Integer.toString(q.name().trim().split("\\s+").length),
                    Integer.toString(r.hits().size()),
                    Long.toString(r.nanos() / 1000),
                    Long.toString(second.get(i).nanos() / 1000),
                    q.name()));
        }
        write(lines, file, "query times");
    }

    private static void writeFailures(List<QueryResult> results, java.nio.file.Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("kind\tsubset\tquery\tsource name\texpected ids\tgot");
        for (QueryResult r : results) {
            Query q = r.query();
            String kind = q.positive() && !r.found() ? "miss" : r.wrongHit() ? "wrong-hit" : null;
            if (kind != null) {
                String got = String.join(
                        " | ",
                        r.hits().stream()
                                .map(h -> String.format(
                                        Locale.ROOT, "%s %.3f «%s»", h.entryId(), h.score(), h.matchedName()))
                                .toList());
                lines.add(String.join("\t", kind, q.subset(), q.name(), q.note(), String.join(" ", q.expected()), got));
            }
        }
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            java.nio.file.Files.write(file, lines);
        } catch (java.io.IOException e) {
            log("could not write %s: %s", file, e.getMessage());
        }
    }

    /** The 1/5/15-minute load averages ({@code /proc/loadavg}): other work on the machine slows every figure. */
    static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.err.println("screening: " + String.format(Locale.ROOT, format, args));
    }
}
