package org.jsis.register.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.RelationshipRef;
import org.jsis.security.Sharing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes single entities entered by hand (the caller runs it in a transaction). */
@Repository
public class EntityWriter {

    private final JdbcTemplate jdbc;

    EntityWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, EntityRecord r, Sharing sharing) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO register_entity (id, kind, caption, first_name, patronymic, last_name, gender, birth_places,
                           nationalities, areas, topics, notes, status, owner_state, distribution, shared_with)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'LISTED', ?, ?, ?::char(3)[])
                    """);
            int i = fields(con, ps, 1, id, r);
            ps.setString(i++, sharing.owner());
            ps.setString(i++, sharing.distribution().name());
            ps.setArray(i, text(con, sharing.sharedWith()));
            return ps;
        });
        insertChildren(id, r);
        for (Designation d : r.designations()) {
            addDesignation(id, d);
        }
    }

    public void update(UUID id, EntityRecord r, Sharing sharing) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    UPDATE register_entity SET id = ?, kind = ?, caption = ?, first_name = ?, patronymic = ?, last_name = ?,
                           gender = ?, birth_places = ?, nationalities = ?, areas = ?, topics = ?, notes = ?,
                           distribution = ?, shared_with = ?::char(3)[], content_hash = NULL, updated_at = now()
                     WHERE id = ?
                    """);
            int i = fields(con, ps, 1, id, r);
            ps.setString(i++, sharing.distribution().name());
            ps.setArray(i++, text(con, sharing.sharedWith()));
            ps.setObject(i, id);
            return ps;
        });
        for (String table : List.of("register_name", "register_birth_date", "register_identifier", "register_source")) {
            jdbc.update("DELETE FROM " + table + " WHERE entity_id = ?", id);
        }
        insertChildren(id, r);
    }

    private static int fields(Connection con, java.sql.PreparedStatement ps, int start, UUID id, EntityRecord r)
            throws SQLException {
        int i = start;
        ps.setObject(i++, id);
        ps.setString(i++, r.kind().name());
        ps.setString(i++, r.caption());
        ps.setString(i++, r.firstName());
        ps.setString(i++, r.patronymic());
        ps.setString(i++, r.lastName());
        ps.setString(i++, r.gender() == null ? null : r.gender().name());
        ps.setArray(i++, text(con, r.birthPlaces()));
        ps.setArray(i++, text(con, r.nationalities()));
        ps.setArray(i++, text(con, r.areas()));
        ps.setArray(i++, text(con, r.topics().stream().map(Enum::name).toList()));
        ps.setString(i++, r.notes());
        return i;
    }

    private static Array text(Connection con, List<String> values) throws SQLException {
        return con.createArrayOf("text", values.toArray());
    }

    private void insertChildren(UUID id, EntityRecord r) {
        for (EntityName n : r.names()) {
            jdbc.update(
                    "INSERT INTO register_name (entity_id, name, name_type, quality, script, lang) VALUES (?, ?, ?, ?, ?, ?)",
                    id,
                    n.name(),
                    n.type().name(),
                    n.quality().name(),
                    n.script(),
                    n.lang());
        }
        r.birthDates()
                .forEach(d -> jdbc.update(
                        "INSERT INTO register_birth_date (entity_id, qualifier, date_from, date_to) VALUES (?, ?, ?, ?)",
                        id,
                        d.qualifier().name(),
                        d.from(),
                        d.to()));
        r.identifiers()
                .forEach(x -> jdbc.update(
                        "INSERT INTO register_identifier (entity_id, kind, number, country, note) VALUES (?, ?, ?, ?, ?)",
                        id,
                        x.kind().name(),
                        x.number(),
                        x.country(),
                        x.note()));
        r.sources()
                .forEach(s -> jdbc.update(
                        "INSERT INTO register_source (entity_id, publisher, title, url, published_on) VALUES (?, ?, ?, ?, ?)",
                        id,
                        s.publisher(),
                        s.title(),
                        s.url(),
                        s.publishedOn()));
    }

    /** Adds a designation (entered by hand); returns its id. */
    public long addDesignation(UUID entityId, Designation d) {
        return jdbc.queryForObject(
                """
                INSERT INTO register_designation (entity_id, authority_kind, authority, authority_state, legal_basis, reference,
                       program, listed_on, delisted_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                Long.class,
                entityId,
                d.authorityKind().name(),
                d.authority(),
                d.authorityState(),
                d.legalBasis(),
                d.reference(),
                d.program(),
                d.listedOn(),
                d.delistedOn());
    }

    /** Ends a designation in force; false when there is none with this id on the entity or it has already ended. */
    public boolean delist(UUID entityId, long designationId, java.time.LocalDate on) {
        return jdbc.update("""
                        UPDATE register_designation SET delisted_on = ?
                         WHERE id = ? AND entity_id = ? AND delisted_on IS NULL AND (listed_on IS NULL OR listed_on <= ?)
                        """, on, designationId, entityId, on) == 1;
    }

    /** Replaces the relationships entered by hand from this entity. */
    public void replaceRelationships(UUID subject, List<RelationshipRef> relationships) {
        jdbc.update("DELETE FROM register_relationship WHERE subject_id = ? AND import_source IS NULL", subject);
        for (RelationshipRef r : relationships) {
            jdbc.update("""
                    INSERT INTO register_relationship (subject_id, predicate, object_id, since, note)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (subject_id, predicate, object_id) DO NOTHING
                    """, subject, r.predicate().name(), UUID.fromString(r.targetRef()), r.since(), r.note());
        }
    }

    /** Withdraws an entity: marks it (once; a second withdrawal keeps the first mark) and keeps it all. */
    public void withdraw(UUID id, String by) {
        jdbc.update(
                "UPDATE register_entity SET withdrawn_at = now(), withdrawn_by = ?, updated_at = now()"
                        + " WHERE id = ? AND withdrawn_at IS NULL",
                by,
                id);
    }

    /** Restores a withdrawn entity: clears the withdrawal mark (nothing changes for one that is not withdrawn). */
    public void restore(UUID id) {
        jdbc.update(
                "UPDATE register_entity SET withdrawn_at = NULL, withdrawn_by = NULL, updated_at = now()"
                        + " WHERE id = ? AND withdrawn_at IS NOT NULL",
                id);
    }
}
