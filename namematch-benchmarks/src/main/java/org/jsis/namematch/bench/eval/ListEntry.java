package org.jsis.namematch.bench.eval;

import java.util.List;

/**
 * One entry of a screening list.
 *
 * @param id unique in its list
 * @param kind person or organisation
 * @param names every name of the entry (primary name, aliases, other scripts); at least one
 * @param birthDates {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; empty when unknown
 * @param nationalities ISO 3166-1 codes or country names; empty when unknown
 */
public record ListEntry(String id, Kind kind, List<String> names, List<String> birthDates, List<String> nationalities) {

    public ListEntry {
        names = names.stream()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .distinct()
                .toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("list entry " + id + " has no name");
        }
        birthDates = List.copyOf(birthDates);
        nationalities = List.copyOf(nationalities);
    }

    /** An entry with names only. */
    public static ListEntry of(String id, Kind kind, String... names) {
        return new ListEntry(id, kind, List.of(names), List.of(), List.of());
    }
}
