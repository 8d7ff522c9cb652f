package org.jsis.namematch;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe, updatable index of names that answers cross-script name queries.
 *
 * <p>Provisional implementation: scans every record. The API is stable; the internals will change.
 */
public final class NameIndex {

    /** The calibrated score above which a hit is worth a human look, for any name. */
    public static final double DEFAULT_THRESHOLD = 0.75;

    private static final Transliterator LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private final Map<String, NameRecord> records = new ConcurrentHashMap<>();

    /** Adds the record, replacing any record with the same id. */
    public void put(NameRecord record) {
        records.put(record.id(), record);
    }

    /** Adds all records, replacing records with the same ids. */
    public void putAll(Iterable<NameRecord> batch) {
        batch.forEach(this::put);
    }

    /** Removes the record with this id; returns whether there was one. */
    public boolean remove(String id) {
        return records.remove(id) != null;
    }

    public Optional<NameRecord> get(String id) {
        return Optional.ofNullable(records.get(id));
    }

    public int size() {
        return records.size();
    }

    /** The hits scoring at least the query's threshold, best first, at most the query's limit. */
    public List<Match> search(NameQuery query) {
        List<String> q = tokens(query.name());
        List<Match> hits = new ArrayList<>();
        for (NameRecord r : records.values()) {
            if (query.kind().isPresent() && query.kind().get() != r.kind()) {
                continue;
            }
            Match best = null;
            for (String name : r.names()) {
                Match m = score(q, query.name(), r, name);
                if (m != null && (best == null || m.score() > best.score())) {
                    best = m;
                }
            }
            if (best != null && best.score() >= query.threshold()) {
                hits.add(best);
            }
        }
        hits.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::recordId));
        return List.copyOf(hits.subList(0, Math.min(query.limit(), hits.size())));
    }

    private static Match score(List<String> q, String queryName, NameRecord r, String name) {
        List<String> t = tokens(name);
        if (q.isEmpty() || t.isEmpty()) {
            return null;
        }
        List<Explanation.TokenMatch> matched = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        boolean[] used = new boolean[t.size()];
        double sum = 0;
        for (String qt : q) {
            int bestJ = -1;
            double best = 0;
            for (int j = 0; j < t.size(); j++) {
                double s = used[j] ? 0 : jaroWinkler(qt, t.get(j));
                if (s > best) {
                    best = s;
                    bestJ = j;
                }
            }
            if (best >= 0.88) {
                used[bestJ] = true;
                sum += best;
                matched.add(new Explanation.TokenMatch(
                        qt,
                        t.get(bestJ),
                        best == 1 ? Explanation.MatchType.IDENTICAL : Explanation.MatchType.EDIT_DISTANCE,
                        best));
            } else {
                extra.add(qt);
            }
        }
        List<String> missing = new ArrayList<>();
        for (int j = 0; j < t.size(); j++) {
            if (!used[j]) {
                missing.add(t.get(j));
            }
        }
        int needed = r.kind() == EntityKind.PERSON ? Math.min(2, Math.min(q.size(), t.size())) : 1;
        if (matched.size() < needed) {
            return null;
        }
        double score = sum / q.size() * (1 - 0.05 * missing.size());
        score = Math.max(0, Math.min(1, score));
        Explanation e = new Explanation(matched, missing, extra, List.of(), score, List.of(), score);
        return new Match(r.id(), score, name, e);
    }

    private static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String s : LATIN.transliterate(name).split("[^a-z0-9]+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] am = new boolean[a.length()];
        boolean[] bm = new boolean[b.length()];
        int m = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!bm[j] && a.charAt(i) == b.charAt(j)) {
                    am[i] = bm[j] = true;
                    m++;
                    break;
                }
            }
        }
        if (m == 0) {
            return 0;
        }
        int k = 0;
        int trans = 0;
        for (int i = 0; i < a.length(); i++) {
            if (am[i]) {
                while (!bm[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    trans++;
                }
                k++;
            }
        }
        double jaro = ((double) m / a.length() + (double) m / b.length() + (m - trans / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
