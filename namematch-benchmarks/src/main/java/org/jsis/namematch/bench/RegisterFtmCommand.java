package org.jsis.namematch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jsis.namematch.bench.eval.Query;
import org.jsis.namematch.bench.synth.FtmRegister;
import org.jsis.namematch.bench.synth.ScriptMix;
import org.jsis.namematch.bench.synth.SyntheticData;

/**
 * Writes {@link SyntheticData}'s list and queries as a register for {@code bench/register-screening --names
 * realistic}:
 *
 * <pre>
 * java -cp benchmarks.jar org.jsis.namematch.bench.RegisterFtmCommand --entries N --out DIR
 *     [--first 100000] [--queries 9000] [--warm-up-queries 24000] [--recall-sample 300] [--seed 42]
 * </pre>
 *
 * <p>In {@code DIR}: {@code ftm-first.jsonl} (the list's first {@code --first} entries as FollowTheMoney
 * lines, see {@link FtmRegister}) and {@code ftm-rest.jsonl} (the others), {@code queries.jsonl} (the
 * measured screenings' request bodies, one a line), {@code warm-up-queries.jsonl} (the warm-up's) and
 * {@code recall-sample.jsonl} (the first {@code --recall-sample} positive measured queries with the FtM ids
 * they expect). The queries are {@link SyntheticData#queries} of the list ({@link ScriptMix#mixedScripts},
 * 60 % variants of listed entries), {@code --queries} plus {@code --warm-up-queries} of them drawn at once:
 * the first ones are measured, the rest warm up, less any whose name (case and spacing aside) a measured
 * one also has, so that every name the measured run sends is new to the server. Ends with {@code key=value}
 * lines.
 */
public final class RegisterFtmCommand {

    private RegisterFtmCommand() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = Options.parse(
                args,
                Map.of(
                        "--entries", "1000000",
                        "--first", "100000",
                        "--queries", "9000",
                        "--warm-up-queries", "24000",
                        "--recall-sample", "300",
                        "--seed", Long.toString(SyntheticData.DEFAULT_SEED),
                        "--out", ""),
                List.of());
        if (opts.get("--out").isEmpty()) {
            Options.fail("--out DIR is required");
        }
        Summary s = write(
                Options.positiveInt(opts, "--entries"),
                Options.nonNegativeInt(opts, "--first"),
                Options.positiveInt(opts, "--queries"),
                Options.nonNegativeInt(opts, "--warm-up-queries"),
                Options.nonNegativeInt(opts, "--recall-sample"),
                Options.wholeLong(opts, "--seed"),
                Path.of(opts.get("--out")));
        System.out.println("entries=" + s.entries());
        System.out.println("ftm_first_entries=" + s.firstEntries());
        System.out.println("ftm_rest_entries=" + (s.entries() - s.firstEntries()));
        System.out.println("sanctions=" + s.sanctions());
        System.out.println("queries=" + s.queries());
        System.out.println("positive_queries=" + s.positiveQueries());
        System.out.println("warm_up_queries=" + s.warmUpQueries());
        System.out.println("warm_up_queries_dropped_as_measured_names=" + s.warmUpDropped());
        System.out.println("recall_sample=" + s.recallSample());
    }

    /** What {@link #write} wrote. */
    record Summary(
            int entries,
            int firstEntries,
            int sanctions,
            int queries,
            int positiveQueries,
            int warmUpQueries,
            int warmUpDropped,
            int recallSample) {}

    static Summary write(int entries, int first, int queryCount, int warmUpCount, int recallCount, long seed, Path out)
            throws IOException {
        Files.createDirectories(out);
        SyntheticData data = new SyntheticData(seed);
        SyntheticData.SyntheticList list = data.list(entries);
        FtmRegister ftm = new FtmRegister("synth");
        Random extras = new Random(seed * 7919 + 17);
        int sanctions = 0;
        int firstEntries = Math.min(first, entries);
        try (BufferedWriter a = Files.newBufferedWriter(out.resolve("ftm-first.jsonl"), StandardCharsets.UTF_8);
                BufferedWriter b = Files.newBufferedWriter(out.resolve("ftm-rest.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < entries; i++) {
                List<String> lines =
                        ftm.lines(list.entries().get(i), list.names().get(i), i, extras);
                sanctions += lines.size() - 1;
                BufferedWriter w = i < firstEntries ? a : b;
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }

        List<Query> all = data.queries(list, queryCount + warmUpCount, ScriptMix.mixedScripts, 0.6);
        List<Query> measured = all.subList(0, queryCount);
        Set<String> measuredNames = new HashSet<>();
        measured.forEach(q -> measuredNames.add(key(q.name())));
        int positives = 0;
        int recall = 0;
        try (BufferedWriter q = Files.newBufferedWriter(out.resolve("queries.jsonl"), StandardCharsets.UTF_8);
                BufferedWriter r =
                        Files.newBufferedWriter(out.resolve("recall-sample.jsonl"), StandardCharsets.UTF_8)) {
            for (Query query : measured) {
                q.write(FtmRegister.requestBody(query));
                q.write('\n');
                if (query.positive()) {
                    positives++;
                    if (recall < recallCount) {
                        r.write(ftm.recallLine(query));
                        r.write('\n');
                        recall++;
                    }
                }
            }
        }
        int warm = 0;
        int dropped = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("warm-up-queries.jsonl"), StandardCharsets.UTF_8)) {
            for (Query query : all.subList(queryCount, all.size())) {
                if (measuredNames.contains(key(query.name()))) {
                    dropped++;
                    continue;
                }
                w.write(FtmRegister.requestBody(query));
                w.write('\n');
                warm++;
            }
        }
        return new Summary(entries, firstEntries, sanctions, queryCount, positives, warm, dropped, recall);
    }

    /** A name as compared for the warm-up's disjointness: lower case, spaces and commas evened out. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace(',', ' ').strip().replaceAll("\\s+", " ");
    }
}
