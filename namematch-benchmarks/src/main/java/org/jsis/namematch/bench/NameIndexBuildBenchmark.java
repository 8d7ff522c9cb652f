package org.jsis.namematch.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.bench.matchers.JsisMatcher;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build a {@link NameIndex} of the synthetic list (default one million names) by putting
 * every record, on one thread.
 *
 * <p>Run from the repository root:
 *
 * {@snippet :
 * mvn -q -pl namematch-benchmarks -am package -DskipTests
 * java -jar namematch-benchmarks/target/benchmarks.jar NameIndexBuildBenchmark
 * java -jar namematch-benchmarks/target/benchmarks.jar NameIndexBuildBenchmark -p names=100000
 * }
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx6g"})
public class NameIndexBuildBenchmark {

    @Param("1000000")
    public int names;

    @Param("42")
    public long seed;

    private List<NameRecord> records;

    @Setup(Level.Trial)
    public void setUp() {
        records = new SyntheticData(seed)
                .list(names).entries().stream().map(JsisMatcher::record).toList();
    }

    @Benchmark
    public NameIndex build() {
        NameIndex index = new NameIndex();
        for (NameRecord r : records) {
            index.put(r);
        }
        return index;
    }
}
