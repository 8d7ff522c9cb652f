package org.jsis.register.importing;

import java.io.BufferedReader;
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
import java.util.Set;
import org.jsis.register.BirthDate;
import org.jsis.register.Countries;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads FollowTheMoney entities, one JSON object per line ({@code {"id", "schema", "properties"}}).
 *
 * <p>{@code Person} becomes a person; {@code Organization}, {@code Company}, {@code PublicBody} and
 * {@code LegalEntity} an organisation. Links add to the entities they name: {@code Sanction} a designation,
 * {@code Membership} MEMBER_OF, {@code Directorship} LEADER_OF, {@code Succession} SUCCESSOR_OF,
 * {@code UnknownLink} ASSOCIATED_WITH, {@code Identification}/{@code Passport} an identifier,
 * {@code Documentation} of an {@code Article} a source. Other schemata (addresses, ownership, ...) are
 * counted as skipped. The FtM id is the source reference. Topics {@code crime.terror}, {@code sanction},
 * {@code wanted} map to register topics; the keywords {@code extremism} and {@code entry-ban} to the two
 * topics FtM lacks; keywords {@code area:<name>} to areas of activity.
 */
public final class FtmReader implements SourceReader {

    private static final Set<String> ORGANISATIONS = Set.of("Organization", "Company", "PublicBody", "LegalEntity");
    private static final Map<String, String> MEMBER_STATES =
            Map.of("AM", "ARM", "BY", "BLR", "KZ", "KAZ", "KG", "KGZ", "RU", "RUS", "TJ", "TJK", "UZ", "UZB");
    private final JsonMapper json = JsonMapper.builder().build();

    private record Pending(EntityRecord.Builder builder, int line, int number) {}

    private record Link(String schema, JsonNode props, int line) {}

    /** One line, parsed on its own (lines are parsed in parallel, then assembled in file order). */
    private record ParsedLine(
            int line,
            @Nullable String id,
            @Nullable String schema,
            EntityRecord.@Nullable Builder entity,
            @Nullable SourceCitation article,
            @Nullable JsonNode linkProps,
            @Nullable ImportFormatException error) {}

    private static final int CHUNK_LINES = 10_000;

    private static final Set<String> LINKS = Set.of(
            "Sanction",
            "Membership",
            "Directorship",
            "Succession",
            "UnknownLink",
            "Identification",
            "Passport",
            "Documentation");

    @Override
    public ParsedSource read(InputStream in, ImportProgress progress) {
        // Lines are parsed in chunks (in parallel within a chunk) as they are read, so only one chunk of raw
        // lines is held at a time: a large file's lines no longer sit in memory next to everything parsed
        // from them, which kept the garbage collector busy copying them.
        List<ParsedLine> parsed = new ArrayList<>();
        List<String> chunk = new ArrayList<>(CHUNK_LINES);
        int lineNo = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                chunk.add(line);
                lineNo++;
                if (chunk.size() == CHUNK_LINES) {
                    parseChunk(chunk, lineNo - chunk.size() + 1, parsed);
                    progress.report("reading", lineNo, -1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parseChunk(chunk, lineNo - chunk.size() + 1, parsed);
        progress.report("reading", lineNo, lineNo);
        Map<String, Pending> entities = new LinkedHashMap<>();
        Map<String, SourceCitation> articles = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        int skipped = 0;
        for (ParsedLine p : parsed) {
            if (p == null) {
                continue;
            }
            if (p.error() != null) {
                throw p.error();
            }
            if (p.entity() != null) {
                Pending first = entities.get(p.id());
                if (first != null) {
                    throw error(
                            p.line(),
                            null,
                            p.schema() + " " + p.id() + ": duplicate id " + p.id() + " (first on line " + first.line
                                    + ")");
                }
                entities.put(p.id(), new Pending(p.entity(), p.line(), entities.size() + 1));
            } else if (p.article() != null) {
                articles.put(p.id(), p.article());
            } else if (p.linkProps() != null) {
                links.add(new Link(p.schema(), p.linkProps(), p.line()));
            } else {
                skipped++;
            }
        }
        for (Link link : links) {
            try {
                if (!applyLink(link, entities, articles)) {
                    skipped++;
                }
            } catch (IllegalArgumentException e) {
                throw error(link.line, null, link.schema + ": " + e.getMessage());
            }
        }
        List<ParsedRecord> records = new ArrayList<>(entities.size());
        for (Pending p : entities.values()) {
            try {
                records.add(new ParsedRecord(p.builder.build(), p.line, p.number));
            } catch (IllegalArgumentException e) {
                throw error(p.line, p.number, e.getMessage());
            }
        }
        progress.report("parsing", parsed.size(), parsed.size());
        return new ParsedSource(records, LocalDate.now(), skipped);
    }

    private void parseChunk(List<String> chunk, int firstLine, List<ParsedLine> into) {
        ParsedLine[] lines = java.util.stream.IntStream.range(0, chunk.size())
                .parallel()
                .mapToObj(i -> parseLine(chunk.get(i), firstLine + i))
                .toArray(ParsedLine[]::new);
        for (ParsedLine p : lines) {
            if (p != null) {
                into.add(p);
            }
        }
        chunk.clear();
    }

    /** Parses one line; null for a blank line; problems are returned, not thrown, so the first one wins. */
    private @Nullable ParsedLine parseLine(String line, int lineNo) {
        if (line.isBlank()) {
            return null;
        }
        try {
            JsonNode node = parse(line, lineNo);
            String id = text(node, "id");
            String schema = text(node, "schema");
            if (id == null || schema == null) {
                throw error(lineNo, null, "every entity needs an \"id\" and a \"schema\"");
            }
            JsonNode props = node.path("properties");
            if (!props.isObject()) {
                throw error(lineNo, null, "entity " + id + " has no \"properties\" object");
            }
            try {
                if (schema.equals("Person") || ORGANISATIONS.contains(schema)) {
                    return new ParsedLine(lineNo, id, schema, entity(id, schema, props), null, null, null);
                } else if (schema.equals("Article")) {
                    return new ParsedLine(lineNo, id, schema, null, article(props), null, null);
                } else if (LINKS.contains(schema)) {
                    return new ParsedLine(lineNo, id, schema, null, null, props, null);
                }
                return new ParsedLine(lineNo, id, schema, null, null, null, null);
            } catch (IllegalArgumentException e) {
                throw error(lineNo, null, schema + " " + id + ": " + e.getMessage());
            }
        } catch (ImportFormatException e) {
            return new ParsedLine(lineNo, null, null, null, null, null, e);
        }
    }

    private JsonNode parse(String line, int lineNo) {
        try {
            JsonNode node = json.readTree(line);
            if (node == null || !node.isObject()) {
                throw error(lineNo, 1, "each line must be one JSON object");
            }
            return node;
        } catch (JacksonException e) {
            var loc = e.getLocation();
            String msg = e.getOriginalMessage();
            throw new ImportFormatException(
                    ImportFormat.FTM,
                    lineNo,
                    loc == null ? null : loc.getColumnNr(),
                    null,
                    "malformed JSON: " + (msg == null ? "unreadable" : msg.split("\n")[0]),
                    e);
        }
    }

    private static ImportFormatException error(int line, @Nullable Integer record, String message) {
        return new ImportFormatException(ImportFormat.FTM, line, null, record, message, null);
    }

    private static EntityRecord.Builder entity(String id, String schema, JsonNode p) {
        boolean person = schema.equals("Person");
        EntityRecord.Builder b = EntityRecord.builder(person ? EntityType.PERSON : EntityType.ORGANISATION)
                .sourceRef(id);
        List<String> names = values(p, "name");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("has no name");
        }
        names.forEach(n -> b.name(EntityName.primary(n, null)));
        values(p, "alias").forEach(n -> b.name(EntityName.alias(n, null)));
        values(p, "weakAlias").forEach(n -> b.name(EntityName.weakAlias(n)));
        values(p, "previousName").forEach(n -> b.name(EntityName.previous(n, null)));
        if (person) {
            b.firstName(first(p, "firstName"))
                    .patronymic(first(p, "fatherName"))
                    .lastName(first(p, "lastName"));
            String gender = first(p, "gender");
            if (gender != null && Set.of("male", "female").contains(gender.toLowerCase(Locale.ROOT))) {
                b.gender(EntityRecord.Gender.valueOf(gender.toUpperCase(Locale.ROOT)));
            }
            for (String d : values(p, "birthDate")) {
                b.birthDate(BirthDate.exact(d.length() > 10 ? d.substring(0, 10) : d));
            }
            values(p, "birthPlace").forEach(b::birthPlace);
            values(p, "passportNumber")
                    .forEach(n -> b.identifier(new Identifier(Identifier.Kind.PASSPORT, n, null, null)));
        }
        values(p, "nationality").forEach(b::nationality);
        values(p, "citizenship").forEach(b::nationality);
        if (!person) {
            values(p, "country").forEach(b::nationality);
            values(p, "jurisdiction").forEach(b::nationality);
        }
        values(p, "idNumber").forEach(n -> b.identifier(new Identifier(Identifier.Kind.NATIONAL_ID, n, null, null)));
        values(p, "innCode").forEach(n -> b.identifier(new Identifier(Identifier.Kind.OTHER, n, "RU", "INN")));
        values(p, "registrationNumber")
                .forEach(n -> b.identifier(new Identifier(Identifier.Kind.OTHER, n, null, "registration number")));
        for (String t : values(p, "topics")) {
            Topic.parse(t).ifPresent(b::topic);
        }
        for (String k : values(p, "keywords")) {
            if (k.startsWith("area:")) {
                b.area(k.substring(5));
            } else {
                Topic.parse(k).ifPresent(b::topic);
            }
        }
        List<String> notes = values(p, "notes");
        b.notes(String.join("\n", notes));
        return b;
    }

    private static SourceCitation article(JsonNode p) {
        String publisher = first(p, "publisher");
        String title = first(p, "title");
        if (publisher == null) {
            publisher = title == null ? first(p, "name") : title;
        }
        if (publisher == null) {
            throw new IllegalArgumentException("an Article needs a publisher, title or name");
        }
        return new SourceCitation(
                publisher, title, first(p, "sourceUrl"), date(first(p, "publishedAt"), "publishedAt"));
    }

    private static boolean applyLink(Link link, Map<String, Pending> entities, Map<String, SourceCitation> articles) {
        JsonNode p = link.props;
        return switch (link.schema) {
            case "Sanction" -> with(entities, first(p, "entity"), b -> b.designation(sanction(p)));
            case "Membership" -> relate(entities, first(p, "member"), Predicate.MEMBER_OF, first(p, "organization"), p);
            case "Directorship" ->
                relate(entities, first(p, "director"), Predicate.LEADER_OF, first(p, "organization"), p);
            case "Succession" ->
                relate(entities, first(p, "successor"), Predicate.SUCCESSOR_OF, first(p, "predecessor"), p);
            case "UnknownLink" ->
                relate(entities, first(p, "subject"), Predicate.ASSOCIATED_WITH, first(p, "object"), p);
            case "Identification", "Passport" ->
                with(entities, first(p, "holder"), b -> {
                    String number = first(p, "number");
                    if (number == null) {
                        throw new IllegalArgumentException("has no number");
                    }
                    String type = String.valueOf(first(p, "type")).toLowerCase(Locale.ROOT);
                    Identifier.Kind kind = link.schema.equals("Passport") || type.contains("passport")
                            ? Identifier.Kind.PASSPORT
                            : type.contains("id") ? Identifier.Kind.NATIONAL_ID : Identifier.Kind.OTHER;
                    b.identifier(new Identifier(kind, number, Countries.normalise(first(p, "country")), null));
                });
            case "Documentation" -> {
                SourceCitation citation = articles.get(String.valueOf(first(p, "document")));
                yield citation != null && with(entities, first(p, "entity"), b -> b.source(citation));
            }
            default -> false;
        };
    }

    private static boolean with(
            Map<String, Pending> entities,
            @Nullable String id,
            java.util.function.Consumer<EntityRecord.Builder> action) {
        Pending target = id == null ? null : entities.get(id);
        if (target == null) {
            return false;
        }
        action.accept(target.builder);
        return true;
    }

    private static boolean relate(
            Map<String, Pending> entities,
            @Nullable String subject,
            Predicate predicate,
            @Nullable String object,
            JsonNode p) {
        if (object == null || !entities.containsKey(object) || object.equals(subject)) {
            return false;
        }
        return with(
                entities,
                subject,
                b -> b.relationship(
                        new RelationshipRef(predicate, object, first(p, "startDate"), first(p, "description"))));
    }

    private static Designation sanction(JsonNode p) {
        String authority = first(p, "authority");
        String unscId = first(p, "unscId");
        String country = first(p, "country");
        String code = country == null ? null : Countries.code(country).orElse(null);
        String memberState = code == null ? null : MEMBER_STATES.get(code);
        Designation.AuthorityKind kind;
        String authorityName = authority == null ? (unscId != null ? "UN Security Council" : null) : authority;
        if (authorityName == null) {
            throw new IllegalArgumentException("a Sanction needs an authority");
        }
        String lower = authorityName.toLowerCase(Locale.ROOT);
        if (unscId != null || lower.contains("security council")) {
            kind = Designation.AuthorityKind.UNSC;
            memberState = null;
        } else if (lower.contains("anti-terrorist") || lower.contains("антитеррор")) {
            kind = Designation.AuthorityKind.ATC;
            memberState = null;
        } else if (memberState != null) {
            kind = lower.contains("court") || lower.contains("суд")
                    ? Designation.AuthorityKind.STATE_COURT
                    : Designation.AuthorityKind.STATE_AGENCY;
        } else {
            kind = Designation.AuthorityKind.OTHER;
        }
        String legalBasis = first(p, "provisions");
        if (legalBasis == null) {
            legalBasis = first(p, "reason");
        }
        String reference = unscId != null ? unscId : first(p, "authorityId");
        String listed = first(p, "listingDate");
        if (listed == null) {
            listed = first(p, "startDate");
        }
        return new Designation(
                kind,
                authorityName,
                memberState,
                legalBasis,
                reference,
                first(p, "program"),
                date(listed, "listingDate"),
                date(first(p, "endDate"), "endDate"));
    }

    private static @Nullable LocalDate date(@Nullable String text, String field) {
        if (text == null) {
            return null;
        }
        String t = text.length() > 10 ? text.substring(0, 10) : text;
        try {
            if (t.length() == 4) {
                return LocalDate.parse(t + "-01-01");
            }
            if (t.length() == 7) {
                return LocalDate.parse(t + "-01");
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be an ISO date, got '" + text + "'");
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isString() || v.asString().isBlank() ? null : v.asString();
    }

    private static List<String> values(JsonNode props, String field) {
        JsonNode v = props.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("property " + field + " must be an array of strings");
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode item : v) {
            if (!item.isString()) {
                throw new IllegalArgumentException("property " + field + " must be an array of strings");
            }
            if (!item.asString().isBlank()) {
                out.add(item.asString().strip());
            }
        }
        return out;
    }

    private static @Nullable String first(JsonNode props, String field) {
        List<String> v = values(props, field);
        return v.isEmpty() ? null : v.get(0);
    }
}
