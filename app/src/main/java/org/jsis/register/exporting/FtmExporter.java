package org.jsis.register.exporting;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jsis.register.BirthDate;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.EntityType;
import org.jsis.register.Identifier;
import org.jsis.register.RegisterEntity;
import org.jsis.register.SourceCitation;
import org.jsis.register.Topic;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes FollowTheMoney JSON lines: a {@code Person} or {@code Organization} per entity, a {@code Sanction}
 * per designation, {@code Membership} / {@code Directorship} / {@code Succession} / {@code UnknownLink} per
 * outgoing relationship, and an {@code Article} with a {@code Documentation} per source. Countries are
 * lower-case alpha-2 codes where known. A BETWEEN birth date is written as both bounds (FtM has no ranges).
 * {@link org.jsis.register.importing.FtmReader} reads all of this back.
 */
public final class FtmExporter implements EntityExporter {

    private final JsonMapper json = JsonMapper.builder().build();

    static String ftmId(UUID id) {
        return "jsis-" + id;
    }

    @Override
    public void write(RegisterEntity entity, Writer out) throws IOException {
        EntityRecord r = entity.content();
        String id = ftmId(entity.id());
        ObjectNode props = json.createObjectNode();
        for (EntityName n : r.names()) {
            String property = switch (n.type()) {
                case PRIMARY -> "name";
                case ALIAS -> n.quality() == EntityName.Quality.WEAK ? "weakAlias" : "alias";
                case PREVIOUS -> "previousName";
            };
            add(props, property, n.name());
        }
        boolean person = r.kind() == EntityType.PERSON;
        if (person) {
            add(props, "firstName", r.firstName());
            add(props, "fatherName", r.patronymic());
            add(props, "lastName", r.lastName());
            add(props, "gender", r.gender() == null ? null : r.gender().name().toLowerCase(java.util.Locale.ROOT));
            for (BirthDate d : r.birthDates()) {
                add(props, "birthDate", d.from());
                if (d.to() != null) {
                    add(props, "birthDate", d.to());
                }
            }
            r.birthPlaces().forEach(p -> add(props, "birthPlace", p));
        }
        r.nationalities().forEach(c -> add(props, person ? "nationality" : "country", country(c)));
        for (Identifier i : r.identifiers()) {
            add(props, i.kind() == Identifier.Kind.PASSPORT && person ? "passportNumber" : "idNumber", i.number());
        }
        for (Topic t : r.topics()) {
            t.ftmTopic().ifPresentOrElse(v -> add(props, "topics", v), () -> add(props, "keywords", t.keyword()));
        }
        r.areas().forEach(a -> add(props, "keywords", "area:" + a));
        add(props, "notes", r.notes());
        line(out, id, person ? "Person" : "Organization", props);
        int n = 0;
        for (Designation d : r.designations()) {
            ObjectNode s = json.createObjectNode();
            add(s, "entity", id);
            add(s, "authority", d.authority());
            if (d.authorityKind() == Designation.AuthorityKind.UNSC) {
                add(s, "unscId", d.reference());
            } else {
                add(s, "authorityId", d.reference());
            }
            add(s, "country", d.authorityState() == null ? null : country(d.authorityState()));
            add(s, "program", d.program());
            add(s, "provisions", d.legalBasis());
            add(s, "listingDate", d.listedOn() == null ? null : d.listedOn().toString());
            add(s, "endDate", d.delistedOn() == null ? null : d.delistedOn().toString());
            add(s, "status", d.inForce() ? "active" : "delisted");
            line(out, id + "-sanction-" + (++n), "Sanction", s);
        }
        for (RegisterEntity.Relation rel : entity.relations()) {
            if (!rel.outgoing()) {
                continue;
            }
            String other = ftmId(rel.otherId());
            ObjectNode p = json.createObjectNode();
            String schema = switch (rel.predicate()) {
                case MEMBER_OF -> {
                    add(p, "member", id);
                    add(p, "organization", other);
                    yield "Membership";
                }
                case LEADER_OF -> {
                    add(p, "director", id);
                    add(p, "organization", other);
                    add(p, "role", "leader");
                    yield "Directorship";
                }
                case SUCCESSOR_OF -> {
                    add(p, "successor", id);
                    add(p, "predecessor", other);
                    yield "Succession";
                }
                case ASSOCIATED_WITH -> {
                    add(p, "subject", id);
                    add(p, "object", other);
                    add(p, "role", "associated with");
                    yield "UnknownLink";
                }
            };
            add(p, "startDate", rel.since());
            add(p, "description", rel.note());
            line(
                    out,
                    id + "-" + rel.predicate().name().toLowerCase(java.util.Locale.ROOT) + "-" + rel.otherId(),
                    schema,
                    p);
        }
        for (SourceCitation s : r.sources()) {
            String articleId =
                    "jsis-source-" + UUID.nameUUIDFromBytes(s.toString().getBytes(StandardCharsets.UTF_8));
            ObjectNode a = json.createObjectNode();
            add(a, "publisher", s.publisher());
            add(a, "title", s.title());
            add(a, "sourceUrl", s.url());
            add(
                    a,
                    "publishedAt",
                    s.publishedOn() == null ? null : s.publishedOn().toString());
            line(out, articleId, "Article", a);
            ObjectNode d = json.createObjectNode();
            add(d, "document", articleId);
            add(d, "entity", id);
            line(out, articleId + "-" + entity.id(), "Documentation", d);
        }
    }

    private static String country(String value) {
        return value.length() == 2 ? value.toLowerCase(java.util.Locale.ROOT) : value;
    }

    private static void add(ObjectNode props, String property, String value) {
        if (value != null && !value.isBlank()) {
            props.withArray(property).add(value);
        }
    }

    private void line(Writer out, String id, String schema, ObjectNode props) throws IOException {
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        node.put("schema", schema);
        node.set("properties", props);
        out.write(json.writeValueAsString(node));
        out.write('\n');
    }

    static List<String> schemata() {
        return List.of(
                "Person",
                "Organization",
                "Sanction",
                "Membership",
                "Directorship",
                "Succession",
                "UnknownLink",
                "Article",
                "Documentation");
    }
}
