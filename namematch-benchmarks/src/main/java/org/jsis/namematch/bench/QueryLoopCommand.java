package org.jsis.namematch.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsis.namematch.bench.eval.Query;
import org.jsis.namematch.bench.matchers.JsisMatcher;
import org.jsis.namematch.bench.synth.RegisterShapedData;
import org.jsis.namematch.bench.synth.SyntheticData;

/**
 * Where a few slow queries' time goes (not a test): the register of {@code ScreeningCommand --data register} (the same
 * generator and seed, so the same entries and queries), every one of its queries answered once, as that command's
 * first pass does (the caches then hold what they would), then each query named with {@code --named} (names separated
 * by {@code |}, as the generator writes them) answered {@code --repeat} times, timed by the CPU time of the query
 * thread. With {@code --jfr FILE} the named queries are then answered in turn for {@code --seconds} more, and only
 * that is recorded with JDK Flight Recorder (settings=profile), for {@code bench/jfr-samples.py FILE
 * org.jsis.namematch.bench.matchers.JsisMatcher.search} (after the timed repeats: starting a recording makes compiled
 * methods not entrant, which slows the answers right after it).
 *
 * <p>Usage: {@code java -Xmx6g -cp namematch-benchmarks/target/benchmarks.jar
 * org.jsis.namematch.bench.QueryLoopCommand --named "Kunduz Chiaruaidbon Council|Khemaazaiat Society" [--names
 * 1000000] [--queries 3000] [--repeat 20] [--jfr FILE] [--seconds 20]}. Prints {@code query_cpu_ms=MS NAME} lines,
 * one a named query (the mean over its repeats); exit code 2 when a named query is not among the generated ones.
 */
public final class QueryLoopCommand {

    private QueryLoopCommand() {}

    /**
     * The queries named in {@code spec} (names separated by {@code |}, blanks around them ignored), in its order.
     *
     * @throws IllegalArgumentException naming the first name that no query has, or when {@code spec} names none
     */
    static List<Query> named(List<Query> queries, String spec) {
        List<Query> out = new ArrayList<>();
        for (String name : spec.split("\\|")) {
            String wanted = name.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            out.add(queries.stream()
                    .filter(x -> x.name().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "'" + wanted + "' is not among the " + queries.size() + " queries")));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("expects one query name or more, separated by |");
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Options.parse(
                args,
                Map.of(
                        "--names", "1000000",
                        "--queries", "3000",
                        "--seed", Long.toString(SyntheticData.DEFAULT_SEED),
                        "--named", "",
                        "--repeat", "20",
                        "--jfr", "",
                        "--seconds", "20"),
                List.of());
        int n = Options.positiveInt(opts, "--names");
        int q = Options.positiveInt(opts, "--queries");
        int repeat = Options.positiveInt(opts, "--repeat");
        int seconds = Options.positiveInt(opts, "--seconds");
        long seed = Options.wholeLong(opts, "--seed");
        if (opts.get("--named").replace("|", "").isBlank()) {
            Options.fail(
                    "--named expects one query name or more, separated by |, as the register's queries are written");
        }
        RegisterShapedData.Generated g = RegisterShapedData.generate(n, q, seed, "bench");
        List<Query> named = List.of();
        try {
            named = named(g.queries(), opts.get("--named"));
        } catch (IllegalArgumentException e) {
            Options.fail("--named: " + e.getMessage() + " (the register's queries with --names " + n + ", --queries "
                    + q + ", --seed " + seed + "; ScreeningCommand --data register --times FILE lists them)");
        }
        System.out.println(Machine.describe());
        JsisMatcher jsis = new JsisMatcher();
        jsis.index(g.entries());
        for (Query query : g.queries()) {
            jsis.search(query);
        }
        var threads = ManagementFactory.getThreadMXBean();
        for (Query query : named) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < repeat; i++) {
                jsis.search(query);
            }
            double ms = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / repeat;
            System.out.println(String.format(Locale.ROOT, "query_cpu_ms=%.3f %s", ms, query.name()));
        }
        if (!opts.get("--jfr").isEmpty()) {
            // started after the timed repeats: starting a recording makes compiled methods not entrant, and the
            // first answers after it run slower until they are compiled again
            try (jdk.jfr.Recording recording =
                    new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
                recording.setDestination(java.nio.file.Path.of(opts.get("--jfr")));
                recording.start();
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                while (System.nanoTime() < end) {
                    for (Query query : named) {
                        jsis.search(query);
                    }
                }
                recording.stop();
            }
            System.out.println("jfr=" + opts.get("--jfr"));
        }
    }
}
