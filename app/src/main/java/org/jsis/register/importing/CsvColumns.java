package org.jsis.register.importing;

import java.util.List;

/**
 * The register's CSV columns, shared by the CSV reader and writer (README.md, "Register", "Imports", CSV).
 * Multi-valued cells separate values with {@code |}.
 */
public final class CsvColumns {

    public static final String SOURCE_REF = "source_ref";
    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String NAME_LANG = "name_lang";
    public static final String ALIASES = "aliases";
    public static final String WEAK_ALIASES = "weak_aliases";
    public static final String PREVIOUS_NAMES = "previous_names";
    public static final String FIRST_NAME = "first_name";
    public static final String PATRONYMIC = "patronymic";
    public static final String LAST_NAME = "last_name";
    public static final String GENDER = "gender";
    public static final String BIRTH_DATES = "birth_dates";
    public static final String BIRTH_PLACES = "birth_places";
    public static final String NATIONALITIES = "nationalities";
    public static final String PASSPORTS = "passports";
    public static final String NATIONAL_IDS = "national_ids";
    public static final String AREAS = "areas";
    public static final String TOPICS = "topics";
    public static final String NOTES = "notes";
    public static final String AUTHORITY_KIND = "authority_kind";
    public static final String AUTHORITY = "authority";
    public static final String AUTHORITY_STATE = "authority_state";
    public static final String LEGAL_BASIS = "legal_basis";
    public static final String REFERENCE = "reference";
    public static final String PROGRAM = "program";
    public static final String LISTED_ON = "listed_on";
    public static final String DELISTED_ON = "delisted_on";
    public static final String SOURCES = "sources";
    public static final String RELATIONSHIPS = "relationships";

    /** Every column, in the order the writer uses. */
    public static final List<String> ALL = List.of(
            SOURCE_REF,
            KIND,
            NAME,
            NAME_LANG,
            ALIASES,
            WEAK_ALIASES,
            PREVIOUS_NAMES,
            FIRST_NAME,
            PATRONYMIC,
            LAST_NAME,
            GENDER,
            BIRTH_DATES,
            BIRTH_PLACES,
            NATIONALITIES,
            PASSPORTS,
            NATIONAL_IDS,
            AREAS,
            TOPICS,
            NOTES,
            AUTHORITY_KIND,
            AUTHORITY,
            AUTHORITY_STATE,
            LEGAL_BASIS,
            REFERENCE,
            PROGRAM,
            LISTED_ON,
            DELISTED_ON,
            SOURCES,
            RELATIONSHIPS);

    /** Columns every file must have. */
    public static final List<String> REQUIRED = List.of(SOURCE_REF, KIND, NAME);

    private CsvColumns() {}
}
