package org.jsis.namematch.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsis.namematch.Match;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.bench.matchers.JsisMatcher;
import org.jsis.namematch.bench.synth.ScriptMix;
import org.jsis.namematch.bench.synth.SyntheticData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Query latency of {@link NameIndex#search} on one thread over the synthetic list (default one
 * million names), by the script of the queries. JMH's sample mode reports the mean time per query
 * (queries/s on one core = 1,000,000 / mean µs) and the p50/p99 percentiles.
 *
 * <p>Run from the repository root:
 *
 * {@snippet :
 * mvn -q -pl namematch-benchmarks -am package -DskipTests
 * java -jar namematch-benchmarks/target/benchmarks.jar NameIndexBenchmark
 * java -jar namematch-benchmarks/target/benchmarks.jar NameIndexBenchmark -p names=100000 -p mix=cyrillic
 * }
 *
 * <p>Queries: 4,096 per trial from {@link SyntheticData#queries} (60 % variants of listed names,
 * 40 % unlisted), cycled in order, at the default threshold and at most 10 hits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx6g"})
@Threads(1)
public class NameIndexBenchmark {

    private static final int QUERIES = 4096;

    @Param({"latinOnly", "cyrillic", "arabic", "mixedScripts"})
    public ScriptMix mix;

    @Param("1000000")
    public int names;

    @Param("42")
    public long seed;

    private NameIndex index;
    private NameQuery[] queries;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticData data = new SyntheticData(seed);
        SyntheticData.SyntheticList list = data.list(names);
        JsisMatcher jsis = new JsisMatcher();
        jsis.index(list.entries());
        index = jsis.nameIndex();
        queries = data.queries(list, QUERIES, mix, 0.6).stream()
                .map(q -> JsisMatcher.nameQuery(q, NameIndex.DEFAULT_THRESHOLD))
                .toArray(NameQuery[]::new);
    }

    @Benchmark
    public List<Match> search() {
        NameQuery q = queries[next];
        next = (next + 1) % QUERIES;
        return index.search(q);
    }
}
