package org.jsis.register.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsis.register.BirthDate;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.EntityType;
import org.jsis.register.Identifier;
import org.jsis.register.ImportFormat;
import org.jsis.register.ImportFormatException;
import org.jsis.register.ImportProgress;
import org.jsis.register.Predicate;
import org.jsis.register.RelationshipRef;
import org.jsis.register.SourceCitation;
import org.jsis.register.Topic;
import org.jspecify.annotations.Nullable;

/**
 * Reads the register's CSV format ({@link CsvColumns}): a header row, then one row per entity; further rows
 * with the same {@code source_ref} add designations. Names may carry a language as {@code ru:Имя}.
 */
public final class CsvRegisterReader implements SourceReader {

    private static final Pattern LANG_PREFIX = Pattern.compile("^([a-z]{2}):(.+)$", Pattern.DOTALL);

    private record Pending(EntityRecord.Builder builder, String name, int line, int number) {}

    @Override
    public ParsedSource read(InputStream in, ImportProgress progress) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        Map<String, Pending> entities = new LinkedHashMap<>();
        List<String[]> relationships = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            checkHeader(parser.getHeaderNames());
            var rows = parser.iterator();
            while (true) {
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ImportFormatException(
                            ImportFormat.CSV,
                            (int) parser.getCurrentLineNumber(),
                            null,
                            (int) parser.getRecordNumber() + 1,
                            "malformed CSV: " + rootMessage(e),
                            e);
                }
                int line = (int) row.getParser().getCurrentLineNumber();
                int number = (int) row.getRecordNumber();
                if (!row.isConsistent()) {
                    throw new ImportFormatException(
                            ImportFormat.CSV,
                            line,
                            null,
                            number,
                            "the row has " + row.size() + " cells, the header "
                                    + parser.getHeaderNames().size(),
                            null);
                }
                readRow(row, line, number, entities, relationships);
                if (number % 10_000 == 0) {
                    progress.report("reading", number, -1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new ImportFormatException(ImportFormat.CSV, 1, null, null, rootMessage(e), e);
        }
        int skipped = 0;
        for (String[] r : relationships) {
            if (!entities.containsKey(r[2]) || r[0].equals(r[2])) {
                skipped++;
                continue;
            }
            entities.get(r[0]).builder.relationship(new RelationshipRef(Predicate.valueOf(r[1]), r[2], null, null));
        }
        List<ParsedRecord> records = new ArrayList<>();
        for (Pending p : entities.values()) {
            try {
                records.add(new ParsedRecord(p.builder.build(), p.line, p.number));
            } catch (IllegalArgumentException e) {
                throw new ImportFormatException(ImportFormat.CSV, p.line, null, p.number, e.getMessage(), e);
            }
        }
        progress.report("reading", records.size(), records.size());
        return new ParsedSource(records, LocalDate.now(), skipped);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void checkHeader(List<String> header) {
        for (String h : header) {
            if (!CsvColumns.ALL.contains(h)) {
                throw new IllegalArgumentException(
                        "unknown column '" + h + "'; the columns are " + String.join(",", CsvColumns.ALL));
            }
        }
        for (String required : CsvColumns.REQUIRED) {
            if (!header.contains(required)) {
                throw new IllegalArgumentException("the header lacks the required column '" + required + "'");
            }
        }
    }

    private static void readRow(
            CSVRecord row, int line, int number, Map<String, Pending> entities, List<String[]> relationships) {
        String column = CsvColumns.SOURCE_REF;
        try {
            String ref = required(row, CsvColumns.SOURCE_REF);
            column = CsvColumns.NAME;
            String name = required(row, CsvColumns.NAME);
            Pending existing = entities.get(ref);
            if (existing != null) {
                if (!existing.name.equals(name)) {
                    throw new IllegalArgumentException("repeats source_ref " + ref + " (line " + existing.line
                            + ") with another name; repeated rows may only add designations");
                }
                column = CsvColumns.AUTHORITY;
                designation(row).ifPresent(existing.builder::designation);
                return;
            }
            column = CsvColumns.KIND;
            EntityType kind = switch (required(row, CsvColumns.KIND).toLowerCase(Locale.ROOT)) {
                case "person" -> EntityType.PERSON;
                case "organisation", "organization" -> EntityType.ORGANISATION;
                default -> throw new IllegalArgumentException("must be person or organisation");
            };
            EntityRecord.Builder b = EntityRecord.builder(kind).sourceRef(ref);
            b.name(EntityName.primary(name, cell(row, CsvColumns.NAME_LANG)));
            column = CsvColumns.ALIASES;
            for (String a : list(row, CsvColumns.ALIASES)) {
                Matcher m = LANG_PREFIX.matcher(a);
                b.name(m.matches() ? EntityName.alias(m.group(2), m.group(1)) : EntityName.alias(a, null));
            }
            list(row, CsvColumns.WEAK_ALIASES).forEach(a -> b.name(EntityName.weakAlias(a)));
            for (String a : list(row, CsvColumns.PREVIOUS_NAMES)) {
                Matcher m = LANG_PREFIX.matcher(a);
                b.name(m.matches() ? EntityName.previous(m.group(2), m.group(1)) : EntityName.previous(a, null));
            }
            column = CsvColumns.FIRST_NAME;
            if (kind == EntityType.PERSON) {
                b.firstName(cell(row, CsvColumns.FIRST_NAME))
                        .patronymic(cell(row, CsvColumns.PATRONYMIC))
                        .lastName(cell(row, CsvColumns.LAST_NAME));
                column = CsvColumns.GENDER;
                String gender = cell(row, CsvColumns.GENDER);
                if (gender != null) {
                    b.gender(EntityRecord.Gender.valueOf(gender.toUpperCase(Locale.ROOT)));
                }
                column = CsvColumns.BIRTH_DATES;
                list(row, CsvColumns.BIRTH_DATES).forEach(d -> b.birthDate(BirthDate.parse(d)));
                column = CsvColumns.PASSPORTS;
                list(row, CsvColumns.PASSPORTS)
                        .forEach(n -> b.identifier(new Identifier(Identifier.Kind.PASSPORT, n, null, null)));
            }
            list(row, CsvColumns.BIRTH_PLACES).forEach(b::birthPlace);
            list(row, CsvColumns.NATIONALITIES).forEach(b::nationality);
            list(row, CsvColumns.NATIONAL_IDS)
                    .forEach(n -> b.identifier(new Identifier(Identifier.Kind.NATIONAL_ID, n, null, null)));
            list(row, CsvColumns.AREAS).forEach(b::area);
            column = CsvColumns.TOPICS;
            for (String t : list(row, CsvColumns.TOPICS)) {
                b.topic(Topic.parse(t)
                        .orElseThrow(() -> new IllegalArgumentException("unknown topic '" + t
                                + "'; expected terrorism, extremism, wanted, entry-ban or sanctions")));
            }
            b.notes(cell(row, CsvColumns.NOTES));
            column = CsvColumns.AUTHORITY;
            designation(row).ifPresent(b::designation);
            column = CsvColumns.SOURCES;
            for (String s : list(row, CsvColumns.SOURCES)) {
                b.source(source(s));
            }
            column = CsvColumns.RELATIONSHIPS;
            for (String r : list(row, CsvColumns.RELATIONSHIPS)) {
                int colon = r.indexOf(':');
                if (colon < 1) {
                    throw new IllegalArgumentException("a relationship is PREDICATE:source_ref, got '" + r + "'");
                }
                String predicate = r.substring(0, colon).strip().toUpperCase(Locale.ROOT);
                Predicate.valueOf(predicate);
                relationships.add(
                        new String[] {ref, predicate, r.substring(colon + 1).strip()});
            }
            entities.put(ref, new Pending(b, name, line, number));
        } catch (IllegalArgumentException e) {
            throw new ImportFormatException(
                    ImportFormat.CSV, line, null, number, "column " + column + ": " + e.getMessage(), e);
        }
    }

    private static java.util.Optional<Designation> designation(CSVRecord row) {
        String authority = cell(row, CsvColumns.AUTHORITY);
        if (authority == null) {
            return java.util.Optional.empty();
        }
        String kind = cell(row, CsvColumns.AUTHORITY_KIND);
        return java.util.Optional.of(new Designation(
                Designation.AuthorityKind.valueOf(kind == null ? "OTHER" : kind.toUpperCase(Locale.ROOT)),
                authority,
                cell(row, CsvColumns.AUTHORITY_STATE),
                cell(row, CsvColumns.LEGAL_BASIS),
                cell(row, CsvColumns.REFERENCE),
                cell(row, CsvColumns.PROGRAM),
                date(cell(row, CsvColumns.LISTED_ON)),
                date(cell(row, CsvColumns.DELISTED_ON))));
    }

    /** A source cell entry: {@code publisher;published_on;url;title} (only the publisher is required). */
    static SourceCitation source(String text) {
        String[] parts = text.split(";", -1);
        return new SourceCitation(parts[0], part(parts, 3), part(parts, 2), date(part(parts, 1)));
    }

    private static @Nullable String part(String[] parts, int i) {
        return parts.length > i && !parts[i].isBlank() ? parts[i].strip() : null;
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dates are YYYY-MM-DD, got '" + text + "'");
        }
    }

    private static String required(CSVRecord row, String column) {
        String v = cell(row, column);
        if (v == null) {
            throw new IllegalArgumentException("is required");
        }
        return v;
    }

    private static @Nullable String cell(CSVRecord row, String column) {
        if (!row.isMapped(column)) {
            return null;
        }
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static List<String> list(CSVRecord row, String column) {
        String v = cell(row, column);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : v.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
