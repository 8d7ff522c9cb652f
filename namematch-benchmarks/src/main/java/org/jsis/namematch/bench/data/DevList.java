package org.jsis.namematch.bench.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Query;

/**
 * The development list and its queries while they are being built, with the guards that keep the
 * ground truth honest: no two entries share a name (compared as sorted ICU-ASCII tokens), and a
 * negative query can be checked to share at most one name word with every entry.
 */
final class DevList {

    private final List<ListEntry> entries = new ArrayList<>();
    private final List<Query> queries = new ArrayList<>();
    private final Map<String, String> nameKeys = new HashMap<>();
    private final List<Set<String>> nameTokens = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();

    /** Whether some entry already has a name with the same words as one of these names. */
    boolean clashes(List<String> names) {
        return names.stream().anyMatch(n -> nameKeys.containsKey(key(n)));
    }

    /** Adds the entry unless it clashes; returns whether it was added. */
    boolean add(ListEntry entry) {
        if (clashes(entry.names())) {
            return false;
        }
        force(entry);
        return true;
    }

    /**
     * Reserves a shorter form of an entry's name (a person's given name and surname without the
     * patronymic) so that no later entry can be that person's twin.
     */
    void reserve(String name, String id) {
        nameKeys.putIfAbsent(key(name), id);
    }

    /** Adds a real entry as it is, even if another real entry has the same name (lists do). */
    void force(ListEntry entry) {
        entries.add(entry);
        for (String n : entry.names()) {
            nameKeys.put(key(n), entry.id());
            nameTokens.add(new LinkedHashSet<>(Names.asciiTokens(n)));
        }
    }

    /**
     * The most name words that {@code name} shares with any one name in the list, where a word is
     * shared when the other name has the same word or a spelling of it (ICU-ASCII forms not
     * {@linkplain Names#clearlyDifferent clearly different}: Mohammad and Muhammad are one word).
     */
    int mostSharedWords(String name) {
        List<String> words = List.copyOf(new LinkedHashSet<>(Names.asciiTokens(name)));
        int best = 0;
        for (Set<String> other : nameTokens) {
            int shared = 0;
            for (String w : words) {
                for (String o : other) {
                    if (!Names.clearlyDifferentAscii(w, o)) {
                        shared++;
                        break;
                    }
                }
            }
            best = Math.max(best, shared);
        }
        return best;
    }

    /** Adds a query with the next id of its subset. */
    void query(
            String subset,
            String name,
            Kind kind,
            String birthDate,
            String nationality,
            Set<String> expected,
            String note) {
        int n = counters.merge(subset, 1, Integer::sum);
        queries.add(new Query(subset + "-" + n, subset, name, kind, birthDate, nationality, expected, note));
    }

    List<ListEntry> entries() {
        return entries;
    }

    List<Query> queries() {
        return queries;
    }

    private static String key(String name) {
        return String.join(" ", Names.asciiTokens(name).stream().sorted().toList());
    }
}
