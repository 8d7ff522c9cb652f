package org.jsis.namematch.bench.matchers;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsis.namematch.bench.eval.Hit;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Matcher;
import org.jsis.namematch.bench.eval.Query;

/**
 * Baseline: every name through ICU {@code Any-Latin; Latin-ASCII}, lower-cased and split into
 * tokens at anything but {@code [a-z0-9]}; then token-wise Jaro-Winkler, compared with every name
 * of every entry (no blocking).
 *
 * <p>Score of query tokens Q against a name's tokens C: the mean, over all tokens of both sides, of
 * each token's best Jaro-Winkler similarity on the other side:
 * {@code (Σ_q max_c JW(q,c) + Σ_c max_q JW(c,q)) / (|Q| + |C|)}. Counting both sides penalises
 * missing and extra name parts alike; a one-sided mean would let "Ali" match every "Ali …" in full.
 * An entry's score is its best name's. The threshold is {@link #DEFAULT_THRESHOLD} (0.90), chosen
 * before any evaluation as the middle of the 0.85–0.95 range used for Jaro-Winkler name matching;
 * the evaluation also reports 0.85 and 0.95. Birth dates and nationalities are not used; the query's
 * kind, when given, filters entries (as for every method).
 */
public final class IcuJaroWinklerMatcher implements Matcher {

    public static final double DEFAULT_THRESHOLD = 0.90;

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private final double threshold;
    private final List<Indexed> entries = new ArrayList<>();

    public IcuJaroWinklerMatcher(double threshold) {
        this.threshold = threshold;
    }

    public IcuJaroWinklerMatcher() {
        this(DEFAULT_THRESHOLD);
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "icu-jaro-winkler@%.2f", threshold);
    }

    @Override
    public void index(List<ListEntry> list) {
        entries.clear();
        for (ListEntry e : list) {
            List<String[]> names = new ArrayList<>();
            for (String n : e.names()) {
                String[] t = tokens(n);
                if (t.length > 0) {
                    names.add(t);
                }
            }
            entries.add(new Indexed(e, names));
        }
    }

    @Override
    public List<Hit> search(Query query) {
        String[] q = tokens(query.name());
        List<Hit> hits = new ArrayList<>();
        if (q.length == 0) {
            return hits;
        }
        for (Indexed e : entries) {
            if (query.kind() != null && query.kind() != e.entry.kind()) {
                continue;
            }
            double best = -1;
            int bestName = -1;
            for (int i = 0; i < e.names.size(); i++) {
                double s = score(q, e.names.get(i));
                if (s > best) {
                    best = s;
                    bestName = i;
                }
            }
            if (best >= threshold) {
                hits.add(new Hit(e.entry.id(), best, String.join(" ", e.names.get(bestName))));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::entryId));
        return hits.size() > LIMIT ? List.copyOf(hits.subList(0, LIMIT)) : hits;
    }

    /** The symmetric token-wise Jaro-Winkler score described in the class comment. */
    static double score(String[] q, String[] c) {
        double sum = 0;
        for (String a : q) {
            sum += best(a, c);
        }
        for (String b : c) {
            sum += best(b, q);
        }
        return sum / (q.length + c.length);
    }

    private static double best(String token, String[] others) {
        double best = 0;
        for (String o : others) {
            best = Math.max(best, JaroWinkler.similarity(token, o));
        }
        return best;
    }

    static String[] tokens(String name) {
        String ascii = TO_ASCII.transliterate(name).toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(ascii.split("[^a-z0-9]+"))
                .filter(t -> !t.isEmpty())
                .toArray(String[]::new);
    }

    private record Indexed(ListEntry entry, List<String[]> names) {}
}
