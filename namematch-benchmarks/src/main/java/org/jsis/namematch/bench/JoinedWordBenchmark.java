package org.jsis.namematch.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.synth.RegisterShapedData;
import org.jsis.namematch.text.NameAnalyzer;
import org.jsis.namematch.text.NameToken;
import org.jsis.namematch.text.ParsedName;
import org.jsis.namematch.text.PhoneticKey;
import org.jsis.namematch.text.TokenForm;
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
 * Making the joined word of two adjacent tokens of a register name ({@link TokenForm#joined}, what the
 * scorer builds for a record's two-against-two and one-against-two joins) and its romanised keys alone
 * ({@link PhoneticKey#romanised}), over the distinct adjacent token pairs of register-shaped names (both
 * scripts), one pair per operation in turn.
 *
 * <p>Run from the repository root:
 *
 * {@snippet :
 * mvn -q -pl namematch-benchmarks -am package -DskipTests
 * java -jar namematch-benchmarks/target/benchmarks.jar JoinedWordBenchmark
 * }
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
public class JoinedWordBenchmark {

    /** Register entries whose names give the pairs. */
    @Param("20000")
    public int entries;

    private TokenForm[] first;
    private TokenForm[] second;
    private String[] canonical;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        NameAnalyzer analyzer = NameAnalyzer.uncached();
        Set<String> seen = new LinkedHashSet<>();
        List<TokenForm> a = new ArrayList<>();
        List<TokenForm> b = new ArrayList<>();
        for (ListEntry e : RegisterShapedData.generate(entries, 0, 7, "jw").entries()) {
            for (String name : e.names()) {
                ParsedName parsed = e.kind() == Kind.PERSON ? analyzer.person(name) : analyzer.organisation(name);
                List<NameToken> tokens = parsed.tokens();
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    TokenForm x = tokens.get(i).form();
                    TokenForm y = tokens.get(i + 1).form();
                    if (seen.add(x.folded() + " " + y.folded())) {
                        a.add(x);
                        b.add(y);
                    }
                }
            }
        }
        first = a.toArray(new TokenForm[0]);
        second = b.toArray(new TokenForm[0]);
        canonical = new String[first.length];
        for (int i = 0; i < first.length; i++) {
            canonical[i] = first[i].canonical() + second[i].canonical();
        }
    }

    private int pair() {
        int i = next;
        next = i + 1 == first.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public TokenForm joined() {
        int i = pair();
        return TokenForm.joined(first[i], second[i]);
    }

    @Benchmark
    public List<String> romanised() {
        return PhoneticKey.romanised(canonical[pair()]);
    }
}
