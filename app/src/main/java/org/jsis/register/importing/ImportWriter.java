package org.jsis.register.importing;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.ImportFormatException;
import org.jsis.register.ImportProgress;
import org.jsis.register.ImportRequest;
import org.jsis.register.RelationshipRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a parsed source into the register inside the caller's transaction: creates new records,
 * updates changed ones (replacing names, dates, identifiers and sources; merging designations so that
 * history is kept), leaves identical ones alone and marks records of the same owner and source that are
 * gone from the file as delisted (closing their open designations on the source's date).
 */
@Component
public class ImportWriter {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private static long t0 = System.nanoTime();

    /** With {@code -Djsis.register.timing=true}, prints how long the import's step took (for bench/). */
    public static void tick(String what) {
        if (Boolean.getBoolean("jsis.register.timing")) {
            System.err.printf("    [%s] %d ms%n", what, (System.nanoTime() - t0) / 1_000_000);
        }
        t0 = System.nanoTime();
    }

    ImportWriter(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    private record Existing(UUID id, String hash, String status) {}

    private record OpenDesignation(long id, UUID entityId, String key, Designation designation) {}

    /** What was written: counts and the ids of every entity created, updated or delisted. */
    public record Outcome(int created, int updated, int unchanged, int delisted, Set<UUID> touched) {}

    /** Writes; must run inside a transaction. */
    public Outcome write(ImportRequest request, ParsedSource source, ImportProgress progress) {
        String scope = request.ownerState() + "/" + request.source();
        jdbc.queryForObject(
                "SELECT pg_advisory_xact_lock(hashtext(?))::text", String.class, "register-import:" + scope);
        Map<String, Existing> existing = new HashMap<>();
        jdbc.query(
                "SELECT source_ref, id, content_hash, status FROM register_entity WHERE owner_state = ? AND source_system = ?",
                rs -> {
                    existing.put(
                            rs.getString(1),
                            new Existing(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)));
                },
                request.ownerState(),
                request.source());
        String sharing = request.distribution() + request.sharedWith();
        Map<String, UUID> idsByRef = new HashMap<>();
        existing.forEach((ref, e) -> idsByRef.put(ref, e.id()));
        List<Map.Entry<UUID, EntityRecord>> created = new ArrayList<>();
        List<Map.Entry<UUID, EntityRecord>> updated = new ArrayList<>();
        Map<UUID, String> hashes = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        // Hashing every record is a third of a large import's CPU time; records are independent.
        String[] contentHashes = source.records().parallelStream()
                .map(p -> p.record().contentHash())
                .toArray(String[]::new);
        int index = 0;
        for (ParsedRecord p : source.records()) {
            EntityRecord r = p.record();
            String contentHash = contentHashes[index++];
            String ref = r.sourceRef();
            if (ref == null || !seen.add(ref)) {
                throw new ImportFormatException(
                        request.format(),
                        p.line(),
                        null,
                        p.number(),
                        ref == null
                                ? "the record has no source reference"
                                : "the source reference " + ref + " appears twice",
                        null);
            }
            String hash = contentHash + "/" + Integer.toHexString(sharing.hashCode());
            Existing e = existing.get(ref);
            if (e == null) {
                UUID id = TimeOrderedIds.next();
                idsByRef.put(ref, id);
                hashes.put(id, hash);
                created.add(Map.entry(id, r));
            } else if (e.hash().equals(hash) && e.status().equals("LISTED")) {
                unchanged++;
            } else {
                hashes.put(e.id(), hash);
                updated.add(Map.entry(e.id(), r));
            }
        }
        List<UUID> gone = existing.entrySet().stream()
                .filter(e -> !seen.contains(e.getKey()) && e.getValue().status().equals("LISTED"))
                .map(e -> e.getValue().id())
                .toList();
        tick("diff and hashes");
        long total = created.size() + updated.size() + gone.size();
        progress.report("writing", 0, total);
        insertEntities(request, created, hashes);
        progress.report("writing", created.size(), total);
        updateEntities(request, updated, hashes, source.asOf());
        progress.report("writing", created.size() + updated.size(), total);
        delist(request, gone, source.asOf());
        List<Map.Entry<UUID, EntityRecord>> changed = new ArrayList<>(created);
        changed.addAll(updated);
        writeRelationships(request, changed, idsByRef);
        tick("relationships");
        progress.report("writing", total, total);
        Set<UUID> touched = new LinkedHashSet<>();
        changed.forEach(e -> touched.add(e.getKey()));
        touched.addAll(gone);
        return new Outcome(created.size(), updated.size(), unchanged, gone.size(), touched);
    }

    private void insertEntities(
            ImportRequest request, List<Map.Entry<UUID, EntityRecord>> created, Map<UUID, String> hashes) {
        PgCopy entities = new PgCopy(
                dataSource,
                "register_entity",
                "id, kind, caption, first_name, patronymic, last_name, gender, birth_places, nationalities, areas, topics, "
                        + "notes, status, source_system, source_ref, content_hash, owner_state, distribution, shared_with");
        for (Map.Entry<UUID, EntityRecord> e : created) {
            EntityRecord r = e.getValue();
            entities.row(
                    e.getKey(),
                    r.kind(),
                    r.caption(),
                    r.firstName(),
                    r.patronymic(),
                    r.lastName(),
                    r.gender(),
                    r.birthPlaces(),
                    r.nationalities(),
                    r.areas(),
                    PgCopy.strings(r.topics()),
                    r.notes(),
                    "LISTED",
                    request.source(),
                    r.sourceRef(),
                    hashes.get(e.getKey()),
                    request.ownerState(),
                    request.distribution(),
                    request.sharedWith());
        }
        entities.finish();
        tick("entities copied");
        insertChildren(created);
        tick("names, dates, identifiers, sources copied");
        PgCopy designations = designationCopy();
        for (Map.Entry<UUID, EntityRecord> e : created) {
            for (Designation d : e.getValue().designations()) {
                addDesignation(designations, e.getKey(), d, request.source());
            }
        }
        designations.finish();
        tick("designations copied");
    }

    private PgCopy designationCopy() {
        return new PgCopy(
                dataSource,
                "register_designation",
                "entity_id, authority_kind, authority, authority_state, legal_basis, reference, program, listed_on, delisted_on, import_source");
    }

    private static void addDesignation(PgCopy copy, UUID entityId, Designation d, String source) {
        copy.row(
                entityId,
                d.authorityKind(),
                d.authority(),
                d.authorityState(),
                d.legalBasis(),
                d.reference(),
                d.program(),
                d.listedOn(),
                d.delistedOn(),
                source);
    }

    /**
     * Names, birth dates, identifiers and sources: owned by the import, replaced as a whole on update. One
     * streamed COPY per table, one table after the other (a connection carries one COPY at a time).
     */
    private void insertChildren(List<Map.Entry<UUID, EntityRecord>> rows) {
        PgCopy names = new PgCopy(dataSource, "register_name", "entity_id, name, name_type, quality, script, lang");
        for (Map.Entry<UUID, EntityRecord> e : rows) {
            for (EntityName n : e.getValue().names()) {
                names.row(e.getKey(), n.name(), n.type(), n.quality(), n.script(), n.lang());
            }
        }
        names.finish();
        PgCopy dates = new PgCopy(dataSource, "register_birth_date", "entity_id, qualifier, date_from, date_to");
        for (Map.Entry<UUID, EntityRecord> e : rows) {
            e.getValue().birthDates().forEach(d -> dates.row(e.getKey(), d.qualifier(), d.from(), d.to()));
        }
        dates.finish();
        PgCopy ids = new PgCopy(dataSource, "register_identifier", "entity_id, kind, number, country, note");
        for (Map.Entry<UUID, EntityRecord> e : rows) {
            e.getValue().identifiers().forEach(i -> ids.row(e.getKey(), i.kind(), i.number(), i.country(), i.note()));
        }
        ids.finish();
        PgCopy sources = new PgCopy(dataSource, "register_source", "entity_id, publisher, title, url, published_on");
        for (Map.Entry<UUID, EntityRecord> e : rows) {
            e.getValue()
                    .sources()
                    .forEach(x -> sources.row(e.getKey(), x.publisher(), x.title(), x.url(), x.publishedOn()));
        }
        sources.finish();
    }

    private void updateEntities(
            ImportRequest request,
            List<Map.Entry<UUID, EntityRecord>> updated,
            Map<UUID, String> hashes,
            LocalDate asOf) {
        if (updated.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                UPDATE register_entity SET kind = ?, caption = ?, first_name = ?, patronymic = ?, last_name = ?, gender = ?,
                       birth_places = ?, nationalities = ?, areas = ?, topics = ?, notes = ?, status = 'LISTED',
                       content_hash = ?, distribution = ?, shared_with = ?::char(3)[], updated_at = now()
                 WHERE id = ?
                """, updated, 1000, (PreparedStatement ps, Map.Entry<UUID, EntityRecord> e) -> {
            EntityRecord r = e.getValue();
            ps.setString(1, r.kind().name());
            ps.setString(2, r.caption());
            ps.setString(3, r.firstName());
            ps.setString(4, r.patronymic());
            ps.setString(5, r.lastName());
            ps.setString(6, r.gender() == null ? null : r.gender().name());
            ps.setArray(7, array(ps, r.birthPlaces()));
            ps.setArray(8, array(ps, r.nationalities()));
            ps.setArray(9, array(ps, r.areas()));
            ps.setArray(10, array(ps, PgCopy.strings(r.topics())));
            ps.setString(11, r.notes());
            ps.setString(12, hashes.get(e.getKey()));
            ps.setString(13, request.distribution());
            ps.setArray(14, array(ps, request.sharedWith()));
            ps.setObject(15, e.getKey());
        });
        UUID[] ids = updated.stream().map(Map.Entry::getKey).toArray(UUID[]::new);
        for (String table : List.of("register_name", "register_birth_date", "register_identifier", "register_source")) {
            jdbc.update("DELETE FROM " + table + " WHERE entity_id = ANY(?)", (Object) ids);
        }
        insertChildren(updated);
        mergeDesignations(request.source(), updated, ids, asOf);
    }

    private static Array array(PreparedStatement ps, Collection<String> values) throws java.sql.SQLException {
        return ps.getConnection().createArrayOf("text", values.toArray());
    }

    /**
     * Keeps designation history: a designation still in the source stays (its details refreshed), a new
     * one is added, and an open one the source no longer has is closed on the source's date.
     */
    private void mergeDesignations(
            String source, List<Map.Entry<UUID, EntityRecord>> updated, UUID[] ids, LocalDate asOf) {
        Map<UUID, Map<String, OpenDesignation>> open = new HashMap<>();
        Map<UUID, Set<String>> closed = new HashMap<>();
        jdbc.query(
                """
                SELECT id, entity_id, authority_kind, authority, reference, listed_on, delisted_on
                  FROM register_designation WHERE entity_id = ANY(?) AND import_source = ?
                """,
                rs -> {
                    UUID entity = rs.getObject(2, UUID.class);
                    String key = rs.getString(3) + "|" + rs.getString(4) + "|"
                            + (rs.getString(5) == null ? "" : rs.getString(5));
                    if (rs.getObject(7) == null) {
                        open.computeIfAbsent(entity, k -> new HashMap<>())
                                .put(key, new OpenDesignation(rs.getLong(1), entity, key, null));
                    } else {
                        closed.computeIfAbsent(entity, k -> new HashSet<>())
                                .add(key + "|" + rs.getObject(6) + "|" + rs.getObject(7));
                    }
                },
                ids,
                source);
        PgCopy inserts = designationCopy();
        List<Object[]> refresh = new ArrayList<>();
        List<Object[]> close = new ArrayList<>();
        for (Map.Entry<UUID, EntityRecord> e : updated) {
            Map<String, OpenDesignation> stillOpen = new HashMap<>(open.getOrDefault(e.getKey(), Map.of()));
            Set<String> closedKeys = closed.getOrDefault(e.getKey(), Set.of());
            for (Designation d : e.getValue().designations()) {
                OpenDesignation match = stillOpen.remove(d.matchKey());
                if (match != null) {
                    refresh.add(new Object[] {d.legalBasis(), d.program(), d.listedOn(), d.delistedOn(), match.id()});
                } else if (d.inForce()
                        || !closedKeys.contains(d.matchKey() + "|" + d.listedOn() + "|" + d.delistedOn())) {
                    addDesignation(inserts, e.getKey(), d, source);
                }
            }
            stillOpen.values().forEach(o -> close.add(new Object[] {asOf, o.id()}));
        }
        inserts.finish();
        jdbc.batchUpdate(
                "UPDATE register_designation SET legal_basis = ?, program = ?, listed_on = ?, delisted_on = ? WHERE id = ?",
                refresh);
        jdbc.batchUpdate(
                "UPDATE register_designation SET delisted_on = GREATEST(?::date, listed_on) WHERE id = ?", close);
    }

    private void delist(ImportRequest request, List<UUID> gone, LocalDate asOf) {
        if (gone.isEmpty()) {
            return;
        }
        UUID[] ids = gone.toArray(UUID[]::new);
        jdbc.update(
                "UPDATE register_entity SET status = 'DELISTED', updated_at = now() WHERE id = ANY(?)", (Object) ids);
        jdbc.update("""
                UPDATE register_designation SET delisted_on = GREATEST(?::date, listed_on)
                 WHERE entity_id = ANY(?) AND import_source = ? AND delisted_on IS NULL
                """, asOf, ids, request.source());
    }

    private void writeRelationships(
            ImportRequest request, List<Map.Entry<UUID, EntityRecord>> changed, Map<String, UUID> idsByRef) {
        if (changed.isEmpty()) {
            return;
        }
        UUID[] ids = changed.stream().map(Map.Entry::getKey).toArray(UUID[]::new);
        jdbc.update(
                "DELETE FROM register_relationship WHERE subject_id = ANY(?) AND import_source = ?",
                ids,
                request.source());
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<UUID, EntityRecord> e : changed) {
            for (RelationshipRef rel : e.getValue().relationships()) {
                UUID target = idsByRef.get(rel.targetRef());
                if (target != null && !target.equals(e.getKey())) {
                    rows.add(new Object[] {
                        e.getKey(), rel.predicate().name(), target, rel.since(), rel.note(), request.source()
                    });
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO register_relationship (subject_id, predicate, object_id, since, note, import_source)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (subject_id, predicate, object_id) DO NOTHING
                """, rows);
    }
}
