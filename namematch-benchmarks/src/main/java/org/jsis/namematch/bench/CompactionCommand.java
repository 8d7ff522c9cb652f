package org.jsis.namematch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.matchers.JsisMatcher;
import org.jsis.namematch.bench.synth.SyntheticData;

/**
 * How long removing names holds the index's write lock, compaction of the posting lists included: indexes
 * {@link SyntheticData}'s list of {@code --names} entries in batches of 5,000 (as the register's load does),
 * then removes the first {@code --remove} of them one at a time (as withdrawals and delistings do), timing
 * each {@link NameIndex#remove} call:
 *
 * <pre>
 * java -Xmx6g -cp benchmarks.jar org.jsis.namematch.bench.CompactionCommand [--names 1000000] [--remove 500000]
 * </pre>
 *
 * <p>Ends with {@code key=value} lines: the build's seconds, the removals' mean, p99.99 and longest call
 * (the one that compacted the posting lists, once more dead postings than half the live ones), and where
 * in the sequence that longest call came.
 */
public final class CompactionCommand {

    private CompactionCommand() {}

    public static void main(String[] args) {
        Map<String, String> opts = Options.parse(
                args,
                Map.of(
                        "--names", "1000000",
                        "--remove", "500000",
                        "--seed", Long.toString(SyntheticData.DEFAULT_SEED)),
                List.of());
        int n = Options.positiveInt(opts, "--names");
        int remove = Options.nonNegativeInt(opts, "--remove");
        if (remove > n) {
            Options.fail("--remove must be at most --names (" + n + "), got " + remove);
        }
        System.out.println("machine: " + Machine.describe());
        List<ListEntry> entries =
                new SyntheticData(Options.wholeLong(opts, "--seed")).list(n).entries();
        NameIndex index = new NameIndex();
        long t0 = System.nanoTime();
        List<NameRecord> batch = new ArrayList<>(5_000);
        for (ListEntry e : entries) {
            batch.add(JsisMatcher.record(e));
            if (batch.size() == 5_000) {
                index.putAll(batch);
                batch.clear();
            }
        }
        index.putAll(batch);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        long[] nanos = new long[remove];
        int longestAt = -1;
        for (int i = 0; i < remove; i++) {
            long s = System.nanoTime();
            index.remove(entries.get(i).id());
            nanos[i] = System.nanoTime() - s;
            if (longestAt < 0 || nanos[i] > nanos[longestAt]) {
                longestAt = i;
            }
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "names=%d%n", n);
        System.out.printf(Locale.ROOT, "build_s=%.1f%n", buildSeconds);
        System.out.printf(Locale.ROOT, "removed=%d%n", remove);
        if (remove > 0) {
            System.out.printf(Locale.ROOT, "remove_mean_ms=%.4f%n", mean);
            System.out.printf(
                    Locale.ROOT, "remove_p9999_ms=%.3f%n", sorted[(int) Math.min(remove - 1, remove * 0.9999)] / 1e6);
            System.out.printf(Locale.ROOT, "remove_longest_ms=%.1f%n", nanos[longestAt] / 1e6);
            System.out.printf(Locale.ROOT, "remove_longest_at=%d%n", longestAt + 1);
        }
        System.out.printf(Locale.ROOT, "index_size_after=%d%n", index.size());
    }
}
