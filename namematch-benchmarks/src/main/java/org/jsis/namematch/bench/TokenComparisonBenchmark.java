package org.jsis.namematch.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.synth.RegisterShapedData;
import org.jsis.namematch.score.NameScorer;
import org.jsis.namematch.score.TokenSimilarity;
import org.jsis.namematch.text.NameAnalyzer;
import org.jsis.namematch.text.NameToken;
import org.jsis.namematch.text.ParsedName;
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
 * {@link TokenSimilarity#compareAtLeast} on pairs as the matcher compares them on register-shaped names:
 * {@code lookAlike}, a token against another one of the same first key letter and a key length within
 * two (what a word look-up compares, at {@link TokenSimilarity#MIN_SIMILARITY}); {@code joined}, two
 * adjacent tokens written as one against two other adjacent ones written as one, of the same first key
 * letter and a key length within three (what the bound compares for a two-against-two join, at {@link
 * NameScorer#JOIN_SIMILARITY}). One pair per operation, in turn over a fixed seeded list; the pairs
 * that reach the minimum are few, as in the matcher.
 *
 * <p>Run from the repository root:
 *
 * {@snippet :
 * mvn -q -pl namematch-benchmarks -am package -DskipTests
 * java -jar namematch-benchmarks/target/benchmarks.jar TokenComparisonBenchmark
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
public class TokenComparisonBenchmark {

    /** Register entries whose names give the tokens. */
    @Param("20000")
    public int entries;

    /** Pairs of each kind compared in turn. */
    private static final int PAIRS = 20_000;

    private TokenForm[] lookAlikeA;
    private TokenForm[] lookAlikeB;
    private TokenForm[] joinedA;
    private TokenForm[] joinedB;
    private int nextLookAlike;
    private int nextJoined;

    @Setup(Level.Trial)
    public void setUp() {
        NameAnalyzer analyzer = NameAnalyzer.uncached();
        Map<String, TokenForm> tokens = new LinkedHashMap<>();
        Map<String, TokenForm> joined = new LinkedHashMap<>();
        for (ListEntry e : RegisterShapedData.generate(entries, 0, 11, "tc").entries()) {
            for (String name : e.names()) {
                ParsedName parsed = e.kind() == Kind.PERSON ? analyzer.person(name) : analyzer.organisation(name);
                List<NameToken> list = parsed.tokens();
                for (int i = 0; i < list.size(); i++) {
                    TokenForm x = list.get(i).form();
                    if (x.key().length() >= 3) {
                        tokens.putIfAbsent(x.folded(), x);
                    }
                    if (i + 1 < list.size()) {
                        TokenForm j = TokenForm.joined(x, list.get(i + 1).form());
                        joined.putIfAbsent(j.folded(), j);
                    }
                }
            }
        }
        Random random = new Random(20261128);
        List<TokenForm[]> lookAlikes = pairs(new ArrayList<>(tokens.values()), 2, random);
        List<TokenForm[]> joins = pairs(new ArrayList<>(joined.values()), 3, random);
        lookAlikeA = lookAlikes.stream().map(p -> p[0]).toArray(TokenForm[]::new);
        lookAlikeB = lookAlikes.stream().map(p -> p[1]).toArray(TokenForm[]::new);
        joinedA = joins.stream().map(p -> p[0]).toArray(TokenForm[]::new);
        joinedB = joins.stream().map(p -> p[1]).toArray(TokenForm[]::new);
    }

    /** Up to {@link #PAIRS} random pairs of distinct forms with one first key letter and key lengths within {@code within}. */
    private static List<TokenForm[]> pairs(List<TokenForm> forms, int within, Random random) {
        Map<Character, List<TokenForm>> byHead = new LinkedHashMap<>();
        for (TokenForm f : forms) {
            if (!f.key().isEmpty()) {
                byHead.computeIfAbsent(f.key().charAt(0), k -> new ArrayList<>())
                        .add(f);
            }
        }
        List<TokenForm[]> out = new ArrayList<>();
        for (int tries = 0; out.size() < PAIRS && tries < 50 * PAIRS; tries++) {
            TokenForm a = forms.get(random.nextInt(forms.size()));
            if (a.key().isEmpty()) {
                continue;
            }
            List<TokenForm> same = byHead.get(a.key().charAt(0));
            TokenForm b = same.get(random.nextInt(same.size()));
            if (b != a && Math.abs(a.key().length() - b.key().length()) <= within) {
                out.add(new TokenForm[] {a, b});
            }
        }
        return out;
    }

    @Benchmark
    public TokenSimilarity.Result lookAlike() {
        int i = nextLookAlike;
        nextLookAlike = i + 1 == lookAlikeA.length ? 0 : i + 1;
        return TokenSimilarity.compareAtLeast(lookAlikeA[i], lookAlikeB[i], TokenSimilarity.MIN_SIMILARITY);
    }

    @Benchmark
    public TokenSimilarity.Result joined() {
        int i = nextJoined;
        nextJoined = i + 1 == joinedA.length ? 0 : i + 1;
        return TokenSimilarity.compareAtLeast(joinedA[i], joinedB[i], NameScorer.JOIN_SIMILARITY);
    }
}
