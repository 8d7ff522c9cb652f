package org.jsis.namematch;

import java.util.List;

/**
 * One indexed entry: an id, what it names, all its names (aliases and spellings in any script),
 * and what is known of its birth dates and nationalities.
 *
 * @param id unique within a {@link NameIndex}; putting a record with an existing id replaces it
 * @param kind person or organisation
 * @param names at least one name; every name is matched, the best one wins
 * @param birthDates for persons, possibly partial ({@code 1965}); empty when unknown
 * @param nationalities ISO 3166-1 alpha-2 or alpha-3 codes or country names; empty when unknown
 */
public record NameRecord(
        String id, EntityKind kind, List<String> names, List<PartialDate> birthDates, List<String> nationalities) {

    public NameRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind of record " + id + " must be given");
        }
        names = List.copyOf(names);
        if (names.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("record " + id + " needs at least one non-blank name");
        }
        birthDates = List.copyOf(birthDates);
        nationalities = List.copyOf(nationalities);
    }

    /** A record with names only. */
    public static NameRecord of(String id, EntityKind kind, String... names) {
        return new NameRecord(id, kind, List.of(names), List.of(), List.of());
    }

    /** A person with names only. */
    public static NameRecord person(String id, String... names) {
        return of(id, EntityKind.PERSON, names);
    }

    /** An organisation with names only. */
    public static NameRecord organisation(String id, String... names) {
        return of(id, EntityKind.ORGANISATION, names);
    }

    /** This record with the given birth dates instead of its own. */
    public NameRecord withBirthDates(PartialDate... dates) {
        return new NameRecord(id, kind, names, List.of(dates), nationalities);
    }

    /** This record with the given nationalities instead of its own. */
    public NameRecord withNationalities(String... codes) {
        return new NameRecord(id, kind, names, birthDates, List.of(codes));
    }
}
