package org.jsis.register.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.register.BirthDate;
import org.jsis.register.Designation;
import org.jsis.register.EntityInput;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.EntityType;
import org.jsis.register.Identifier;
import org.jsis.register.SourceCitation;
import org.jsis.register.Topic;
import org.jspecify.annotations.Nullable;

/** Turns an {@link EntityInput} into an {@link EntityRecord}, naming the first field that is not acceptable. */
public final class EntityInputs {

    private EntityInputs() {}

    public static EntityRecord toRecord(EntityInput in) {
        EntityType kind = parse(
                "kind",
                in.kind(),
                "PERSON or ORGANISATION",
                () -> EntityType.valueOf(upper(in.kind()).replace("ORGANIZATION", "ORGANISATION")));
        EntityRecord.Builder b = EntityRecord.builder(kind);
        List<EntityInput.NameInput> names = list(in.names());
        if (names.isEmpty()) {
            throw InvalidParameterException.field("names", "a list with at least one PRIMARY name", null);
        }
        for (int i = 0; i < names.size(); i++) {
            EntityInput.NameInput n = names.get(i);
            String f = "names[" + i + "]";
            b.name(parse(
                    f,
                    n.name(),
                    "a name with a non-blank 'name', 'type' PRIMARY, ALIAS or PREVIOUS and 'quality' STRONG or WEAK",
                    () -> new EntityName(
                            n.name(),
                            n.type() == null ? EntityName.Type.PRIMARY : EntityName.Type.valueOf(upper(n.type())),
                            n.quality() == null
                                    ? EntityName.Quality.STRONG
                                    : EntityName.Quality.valueOf(upper(n.quality())),
                            n.script(),
                            n.lang())));
        }
        b.firstName(in.firstName()).patronymic(in.patronymic()).lastName(in.lastName());
        if (in.gender() != null) {
            b.gender(parse(
                    "gender", in.gender(), "MALE or FEMALE", () -> EntityRecord.Gender.valueOf(upper(in.gender()))));
        }
        List<String> dates = list(in.birthDates());
        for (int i = 0; i < dates.size(); i++) {
            String d = dates.get(i);
            b.birthDate(parse(
                    "birthDates[" + i + "]",
                    d,
                    "YYYY, YYYY-MM, YYYY-MM-DD, ~YYYY or YYYY..YYYY",
                    () -> BirthDate.parse(d)));
        }
        list(in.birthPlaces()).forEach(b::birthPlace);
        list(in.nationalities()).forEach(b::nationality);
        List<EntityInput.IdentifierInput> ids = list(in.identifiers());
        for (int i = 0; i < ids.size(); i++) {
            EntityInput.IdentifierInput id = ids.get(i);
            b.identifier(parse(
                    "identifiers[" + i + "]",
                    id.number(),
                    "an identifier with 'kind' PASSPORT, NATIONAL_ID or OTHER and a 'number'",
                    () -> new Identifier(
                            Identifier.Kind.valueOf(upper(id.kind())), id.number(), id.country(), id.note())));
        }
        list(in.areas()).forEach(b::area);
        List<String> topics = list(in.topics());
        for (int i = 0; i < topics.size(); i++) {
            String t = topics.get(i);
            b.topic(parse(
                    "topics[" + i + "]",
                    t,
                    "TERRORISM, EXTREMISM, WANTED, ENTRY_BAN or SANCTIONS",
                    () -> Topic.parse(t).orElseThrow()));
        }
        b.notes(in.notes());
        List<EntityInput.DesignationInput> ds = list(in.designations());
        for (int i = 0; i < ds.size(); i++) {
            b.designation(designation("designations[" + i + "]", ds.get(i)));
        }
        List<EntityInput.SourceInput> sources = list(in.sources());
        for (int i = 0; i < sources.size(); i++) {
            EntityInput.SourceInput s = sources.get(i);
            b.source(parse(
                    "sources[" + i + "]",
                    s.publisher(),
                    "a source with a non-blank 'publisher'",
                    () -> new SourceCitation(s.publisher(), s.title(), s.url(), s.publishedOn())));
        }
        return parse(
                "names",
                null,
                "a list with at least one PRIMARY name; an organisation has no person fields or birth dates",
                b::build);
    }

    public static Designation designation(String field, EntityInput.DesignationInput d) {
        return parse(
                field,
                d.authority(),
                "a designation with 'authorityKind' (STATE_COURT, STATE_AGENCY, ATC, UNSC, OTHER), a non-blank 'authority', "
                        + "'authorityState' for a state court or agency only, and 'delistedOn' not before 'listedOn'",
                () -> new Designation(
                        Designation.AuthorityKind.valueOf(upper(d.authorityKind())),
                        d.authority(),
                        d.authorityState() == null ? null : upper(d.authorityState()),
                        d.legalBasis(),
                        d.reference(),
                        d.program(),
                        d.listedOn(),
                        d.delistedOn()));
    }

    private static <T> T parse(String field, @Nullable Object value, String expected, Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (RuntimeException e) {
            throw InvalidParameterException.field(field, expected, value);
        }
    }

    private static String upper(@Nullable String s) {
        if (s == null) {
            throw new IllegalArgumentException("missing");
        }
        return s.strip().toUpperCase(Locale.ROOT);
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
