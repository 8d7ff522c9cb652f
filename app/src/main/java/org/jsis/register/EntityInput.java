package org.jsis.register;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An entity as a user enters it through the API (JSON). Lists may be omitted. Birth dates use the text form
 * of {@link BirthDate#parse} ({@code 1965}, {@code 1965-03-12}, {@code ~1965}, {@code 1955..1958}); topics are
 * {@code TERRORISM}, {@code EXTREMISM}, {@code WANTED}, {@code ENTRY_BAN}, {@code SANCTIONS}. Designations are
 * only read on create; afterwards they change through the designation endpoints, which keep history.
 */
public record EntityInput(
        @Nullable String kind,
        @Nullable List<NameInput> names,
        @Nullable String firstName,
        @Nullable String patronymic,
        @Nullable String lastName,
        @Nullable String gender,
        @Nullable List<String> birthDates,
        @Nullable List<String> birthPlaces,
        @Nullable List<String> nationalities,
        @Nullable List<IdentifierInput> identifiers,
        @Nullable List<String> areas,
        @Nullable List<String> topics,
        @Nullable String notes,
        @Nullable List<DesignationInput> designations,
        @Nullable List<SourceInput> sources,
        @Nullable List<RelationshipInput> relationships,
        @Nullable String distribution,
        @Nullable List<String> sharedWith) {

    /** A name: {@code type} PRIMARY (default), ALIAS or PREVIOUS; {@code quality} STRONG (default) or WEAK. */
    public record NameInput(
            @Nullable String name,
            @Nullable String type,
            @Nullable String quality,
            @Nullable String script,
            @Nullable String lang) {}

    /** An identifier: {@code kind} PASSPORT, NATIONAL_ID or OTHER. */
    public record IdentifierInput(
            @Nullable String kind,
            @Nullable String number,
            @Nullable String country,
            @Nullable String note) {}

    /** A designation: {@code authorityKind} STATE_COURT, STATE_AGENCY, ATC, UNSC or OTHER. */
    public record DesignationInput(
            @Nullable String authorityKind,
            @Nullable String authority,
            @Nullable String authorityState,
            @Nullable String legalBasis,
            @Nullable String reference,
            @Nullable String program,
            @Nullable LocalDate listedOn,
            @Nullable LocalDate delistedOn) {}

    public record SourceInput(
            @Nullable String publisher,
            @Nullable String title,
            @Nullable String url,
            @Nullable LocalDate publishedOn) {}

    /** A relationship from this entity to another one the caller can see. */
    public record RelationshipInput(
            @Nullable String predicate, @Nullable UUID objectId) {}
}
