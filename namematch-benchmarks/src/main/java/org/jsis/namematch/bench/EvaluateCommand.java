package org.jsis.namematch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.bench.data.DevSet;
import org.jsis.namematch.bench.data.ScreeningFixtures;
import org.jsis.namematch.bench.eval.Dataset;
import org.jsis.namematch.bench.eval.DatasetFiles;
import org.jsis.namematch.bench.eval.Evaluator;
import org.jsis.namematch.bench.eval.FailureReport;
import org.jsis.namematch.bench.eval.Matcher;
import org.jsis.namematch.bench.eval.Query;
import org.jsis.namematch.bench.eval.ResultTable;
import org.jsis.namematch.bench.eval.RunResult;
import org.jsis.namematch.bench.matchers.IcuJaroWinklerMatcher;
import org.jsis.namematch.bench.matchers.JsisMatcher;
import org.jsis.namematch.bench.matchers.PgTrgmMatcher;

/**
 * Runs the matching evaluation: the development set and the OpenSanctions screening fixtures, each
 * screened by JSIS and both baselines in one run, and prints the tables.
 *
 * <pre>{@code
 * bench/evaluate [--data ../shared/data] [--out bench/out] [--methods jsis,icu-jw,pg_trgm]
 *                [--datasets dev,fixtures] [--seed 20260227] [--no-opensanctions]
 * }</pre>
 *
 * Misses and wrong hits of every method go to {@code <out>/failures-<method>-<dataset>.tsv}; the
 * development set itself to {@code <out>/dev-*.csv} (never commit these: they may hold
 * OpenSanctions names, CC BY-NC).
 */
public final class EvaluateCommand {

    /** The baselines are run at a lower threshold once; higher thresholds are derived from their scores. */
    private static final double JW_LOW = 0.85;

    private EvaluateCommand() {}

    public static void main(String[] args) {
        Map<String, String> opts = Options.parse(
                args,
                Map.of(
                        "--data",
                        "../shared/data",
                        "--out",
                        "bench/out",
                        "--methods",
                        "jsis,icu-jw,pg_trgm",
                        "--datasets",
                        "dev,fixtures",
                        "--seed",
                        Long.toString(DevSet.DEFAULT_SEED)),
                List.of("--no-opensanctions"));
        Path data = Path.of(opts.get("--data"));
        Path out = Path.of(opts.get("--out"));
        List<String> methods = List.of(opts.get("--methods").split(","));
        List<String> datasets = List.of(opts.get("--datasets").split(","));
        long seed = Options.wholeLong(opts, "--seed");
        if (!java.nio.file.Files.isDirectory(data.resolve("un-consolidated"))) {
            Options.fail("no shared data folder at " + data.toAbsolutePath().normalize()
                    + " (expected un-consolidated/, name-variants/, opensanctions/...); pass --data DIR");
        }

        System.out.println("# JSIS matching evaluation");
        System.out.println(Machine.describe());
        List<Dataset> sets = new ArrayList<>();
        if (datasets.contains("dev")) {
            Dataset dev = DevSet.build(data, seed, DevSet.Sizes.DEFAULT, !opts.containsKey("--no-opensanctions"));
            DatasetFiles.write(dev, out);
            sets.add(dev);
        }
        if (datasets.contains("fixtures")) {
            ScreeningFixtures.Loaded f = ScreeningFixtures.load(
                    data.resolve("un-consolidated/consolidated-2026-02-27.xml"),
                    data.resolve("opensanctions/screening-fixtures"));
            System.out.println("fixtures: " + f.unresolved().size()
                    + " positives name no individual of this UN list (left out): " + f.unresolved());
            sets.add(f.dataset());
        }
        for (Dataset d : sets) {
            describe(d);
        }

        Map<String, Supplier<Matcher>> factories = new LinkedHashMap<>();
        factories.put("jsis", JsisMatcher::new);
        factories.put("icu-jw", () -> new IcuJaroWinklerMatcher(JW_LOW));
        factories.put("pg_trgm", PgTrgmMatcher::new);
        Evaluator evaluator = new Evaluator(line -> System.err.println("evaluate: " + line));
        List<RunResult> main = new ArrayList<>();
        List<RunResult> sweeps = new ArrayList<>();
        for (Dataset d : sets) {
            for (String m : methods) {
                Supplier<Matcher> factory = factories.get(m);
                if (factory == null) {
                    throw new IllegalArgumentException("unknown method " + m + "; expected " + factories.keySet());
                }
                try (Matcher matcher = factory.get()) {
                    RunResult r = evaluator.run(matcher, d);
                    if (m.equals("icu-jw")) {
                        main.add(
                                r.atThreshold(IcuJaroWinklerMatcher.DEFAULT_THRESHOLD, name("icu-jaro-winkler", 0.90)));
                        sweeps.add(r);
                        sweeps.add(r.atThreshold(0.95, name("icu-jaro-winkler", 0.95)));
                    } else {
                        main.add(r);
                        if (m.equals("jsis")) {
                            double t = NameIndex.DEFAULT_THRESHOLD;
                            sweeps.add(r.atThreshold(t + 0.05, name("jsis", t + 0.05)));
                            sweeps.add(r.atThreshold(t + 0.10, name("jsis", t + 0.10)));
                        }
                    }
                    RunResult shown = main.get(main.size() - 1);
                    FailureReport.write(shown, d, out.resolve("failures-" + m + "-" + d.name() + ".tsv"));
                }
            }
        }
        System.out.println();
        System.out.println(
                "## Summary (each method at its default threshold; at most " + Matcher.LIMIT + " hits per query)");
        System.out.println();
        System.out.print(ResultTable.summary(main));
        System.out.println();
        System.out.println("## By subset");
        System.out.println();
        System.out.print(ResultTable.bySubset(main));
        System.out.println();
        System.out.println("## Other thresholds (derived from the same runs' scores)");
        System.out.println();
        System.out.print(ResultTable.summary(sweeps));
        System.out.println();
        System.out.println("failures written to " + out.toAbsolutePath().normalize() + "/failures-*.tsv");
    }

    private static String name(String method, double threshold) {
        return String.format(Locale.ROOT, "%s@%.2f", method, threshold);
    }

    private static void describe(Dataset d) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Query q : d.queries()) {
            int[] c = counts.computeIfAbsent(q.subset(), k -> new int[2]);
            c[q.positive() ? 0 : 1]++;
        }
        System.out.printf(
                Locale.ROOT,
                "data set %s: %d list entries, %d queries (%d positive)%n",
                d.name(),
                d.list().size(),
                d.queries().size(),
                d.positives());
        counts.forEach((s, c) -> System.out.printf(Locale.ROOT, "  %-24s %5d positive %5d negative%n", s, c[0], c[1]));
    }
}
