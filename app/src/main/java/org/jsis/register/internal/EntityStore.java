package org.jsis.register.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsis.audit.AuditAppend;
import org.jsis.register.BirthDate;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.EntityType;
import org.jsis.register.Identifier;
import org.jsis.register.Predicate;
import org.jsis.register.RegisterEntity;
import org.jsis.register.SourceCitation;
import org.jsis.register.Topic;
import org.jsis.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads register entities with all their parts, many at a time (one query per table). Reads for a user go
 * through the {@code visible...} methods, which apply {@code jsis_can_see} in SQL.
 */
@Repository
public class EntityStore {

    private final JdbcTemplate jdbc;
    private final JdbcClient jdbcClient;

    EntityStore(JdbcTemplate jdbc, JdbcClient jdbcClient) {
        this.jdbc = jdbc;
        this.jdbcClient = jdbcClient;
    }

    private static final class Row {
        final UUID id;
        final EntityRecord.Builder builder;
        final String owner;
        final String distribution;
        final List<String> sharedWith;
        final String status;
        final String source;
        final java.time.Instant updatedAt;
        final java.time.@Nullable Instant withdrawnAt;
        final @Nullable String withdrawnBy;
        final List<RegisterEntity.Relation> relations = new ArrayList<>();
        final List<Long> designationIds = new ArrayList<>();

        Row(ResultSet rs) throws SQLException {
            id = rs.getObject("id", UUID.class);
            builder = EntityRecord.builder(EntityType.valueOf(rs.getString("kind")))
                    .sourceRef(rs.getString("source_ref"))
                    .firstName(rs.getString("first_name"))
                    .patronymic(rs.getString("patronymic"))
                    .lastName(rs.getString("last_name"))
                    .notes(rs.getString("notes"));
            String gender = rs.getString("gender");
            builder.gender(gender == null ? null : EntityRecord.Gender.valueOf(gender));
            strings(rs.getArray("birth_places")).forEach(builder::birthPlace);
            strings(rs.getArray("nationalities")).forEach(builder::nationality);
            strings(rs.getArray("areas")).forEach(builder::area);
            strings(rs.getArray("topics")).forEach(t -> builder.topic(Topic.valueOf(t)));
            owner = rs.getString("owner_state");
            distribution = rs.getString("distribution");
            sharedWith = strings(rs.getArray("shared_with")).stream()
                    .map(String::strip)
                    .toList();
            status = rs.getString("status");
            source = rs.getString("source_system");
            updatedAt = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
            OffsetDateTime withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
            withdrawnAt = withdrawn == null ? null : withdrawn.toInstant();
            withdrawnBy = rs.getString("withdrawn_by");
        }
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** The entities with these ids that exist, in the order of {@code ids}. */
    public List<RegisterEntity> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        Map<UUID, Row> rows = new LinkedHashMap<>();
        jdbc.query(
                "SELECT * FROM register_entity WHERE id = ANY(?)",
                rs -> {
                    Row r = new Row(rs);
                    rows.put(r.id, r);
                },
                (Object) array);
        jdbc.query(
                "SELECT * FROM register_name WHERE entity_id = ANY(?) ORDER BY id",
                rs -> {
                    rows.get(rs.getObject("entity_id", UUID.class))
                            .builder
                            .name(new EntityName(
                                    rs.getString("name"),
                                    EntityName.Type.valueOf(rs.getString("name_type")),
                                    EntityName.Quality.valueOf(rs.getString("quality")),
                                    rs.getString("script"),
                                    rs.getString("lang")));
                },
                (Object) array);
        jdbc.query(
                "SELECT * FROM register_birth_date WHERE entity_id = ANY(?) ORDER BY id",
                rs -> {
                    rows.get(rs.getObject("entity_id", UUID.class))
                            .builder
                            .birthDate(new BirthDate(
                                    BirthDate.Qualifier.valueOf(rs.getString("qualifier")),
                                    rs.getString("date_from"),
                                    rs.getString("date_to")));
                },
                (Object) array);
        jdbc.query(
                "SELECT * FROM register_identifier WHERE entity_id = ANY(?) ORDER BY id",
                rs -> {
                    rows.get(rs.getObject("entity_id", UUID.class))
                            .builder
                            .identifier(new Identifier(
                                    Identifier.Kind.valueOf(rs.getString("kind")),
                                    rs.getString("number"),
                                    rs.getString("country"),
                                    rs.getString("note")));
                },
                (Object) array);
        jdbc.query(
                "SELECT * FROM register_designation WHERE entity_id = ANY(?) ORDER BY listed_on NULLS FIRST, id",
                rs -> {
                    String state = rs.getString("authority_state");
                    rows.get(rs.getObject("entity_id", UUID.class))
                            .designationIds
                            .add(rs.getLong("id"));
                    rows.get(rs.getObject("entity_id", UUID.class))
                            .builder
                            .designation(new Designation(
                                    Designation.AuthorityKind.valueOf(rs.getString("authority_kind")),
                                    rs.getString("authority"),
                                    state,
                                    rs.getString("legal_basis"),
                                    rs.getString("reference"),
                                    rs.getString("program"),
                                    rs.getObject("listed_on", LocalDate.class),
                                    rs.getObject("delisted_on", LocalDate.class)));
                },
                (Object) array);
        jdbc.query(
                "SELECT * FROM register_source WHERE entity_id = ANY(?) ORDER BY published_on NULLS LAST, id",
                rs -> {
                    rows.get(rs.getObject("entity_id", UUID.class))
                            .builder
                            .source(new SourceCitation(
                                    rs.getString("publisher"),
                                    rs.getString("title"),
                                    rs.getString("url"),
                                    rs.getObject("published_on", LocalDate.class)));
                },
                (Object) array);
        jdbc.query(
                """
                SELECT r.subject_id, r.predicate, r.object_id, r.since, r.note, s.caption AS subject_caption, o.caption AS object_caption,
                       coalesce(s.source_ref, 'jsis-' || s.id) AS subject_ref, coalesce(o.source_ref, 'jsis-' || o.id) AS object_ref
                  FROM register_relationship r
                  JOIN register_entity s ON s.id = r.subject_id
                  JOIN register_entity o ON o.id = r.object_id
                 WHERE r.subject_id = ANY(?) OR r.object_id = ANY(?)
                 ORDER BY r.id
                """,
                rs -> {
                    UUID subject = rs.getObject("subject_id", UUID.class);
                    UUID object = rs.getObject("object_id", UUID.class);
                    Predicate p = Predicate.valueOf(rs.getString("predicate"));
                    if (rows.containsKey(subject)) {
                        rows.get(subject)
                                .relations
                                .add(new RegisterEntity.Relation(
                                        p,
                                        true,
                                        object,
                                        rs.getString("object_caption"),
                                        rs.getString("object_ref"),
                                        rs.getString("since"),
                                        rs.getString("note")));
                    }
                    if (rows.containsKey(object)) {
                        rows.get(object)
                                .relations
                                .add(new RegisterEntity.Relation(
                                        p,
                                        false,
                                        subject,
                                        rs.getString("subject_caption"),
                                        rs.getString("subject_ref"),
                                        rs.getString("since"),
                                        rs.getString("note")));
                    }
                },
                array,
                array);
        Map<UUID, RegisterEntity> built = new HashMap<>();
        for (Row r : rows.values()) {
            built.put(
                    r.id,
                    new RegisterEntity(
                            r.id,
                            r.builder.build(),
                            r.owner,
                            r.distribution,
                            r.sharedWith,
                            r.status,
                            r.source,
                            r.updatedAt,
                            List.copyOf(r.relations),
                            List.copyOf(r.designationIds),
                            r.withdrawnAt,
                            r.withdrawnBy));
        }
        return ids.stream().map(built::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Ids of every entity matching a SQL condition on {@code register_entity e} (not for user reads). */
    public List<UUID> ids(String condition, Object... params) {
        return jdbc.queryForList(
                "SELECT e.id FROM register_entity e WHERE " + condition + " ORDER BY e.caption, e.id",
                UUID.class,
                params);
    }

    /**
     * Ids of the entities the viewer may see that match a SQL condition on {@code register_entity e} with
     * named parameters, ordered by caption, at most {@code limit}.
     */
    public List<UUID> visibleIds(Visibility visibility, String condition, Map<String, ?> params, int limit) {
        return jdbcClient
                .sql("SELECT e.id FROM register_entity e WHERE " + visibility.predicate("e") + " AND (" + condition
                        + ") ORDER BY e.caption, e.id LIMIT " + limit)
                .params(visibility.params())
                .params(params)
                .query(UUID.class)
                .list();
    }

    /** Of these ids, the ones the viewer may see, in the given order. */
    public List<UUID> visible(Visibility visibility, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Set<UUID> seen = new java.util.HashSet<>(jdbcClient
                .sql("SELECT e.id FROM register_entity e WHERE e.id = ANY(:ids) AND " + visibility.predicate("e"))
                .param("ids", ids.toArray(UUID[]::new))
                .params(visibility.params())
                .query(UUID.class)
                .list());
        return ids.stream().filter(seen::contains).toList();
    }

    /** The entities with these ids that the viewer may see, in the given order. */
    public List<RegisterEntity> loadVisible(Visibility visibility, Collection<UUID> ids) {
        return load(visible(visibility, ids));
    }

    /** What a screening hit shows of an entity: caption, kind, status, owner and designations (oldest first). */
    public record Screened(
            UUID id,
            String caption,
            EntityType kind,
            String status,
            String ownerState,
            List<Designation> designations) {}

    /**
     * The entities with these ids that the viewer may see and that are neither delisted nor withdrawn, with
     * their designations, in one query; keyed by id.
     */
    public Map<UUID, Screened> screened(Visibility visibility, Collection<UUID> ids) {
        Map<UUID, Screened> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbcClient
                .sql(SCREENED.formatted(visibility.predicate("e")))
                .param("ids", ids.toArray(UUID[]::new))
                .params(visibility.params())
                .query(rs -> {
                    screenedRow(rs, out);
                });
        return out;
    }

    private static final String SCREENED = """
            SELECT e.id, e.caption, e.kind, e.status, e.owner_state, d.authority_kind, d.authority,
                   d.authority_state, d.legal_basis, d.reference, d.program, d.listed_on, d.delisted_on
              FROM register_entity e
              LEFT JOIN register_designation d ON d.entity_id = e.id
             WHERE e.id = ANY(:ids) AND e.status = 'LISTED' AND e.withdrawn_at IS NULL AND %s
             ORDER BY e.id, d.listed_on NULLS FIRST, d.id
            """;

    /**
     * What {@link #screened(Visibility, List, List, AuditAppend)} found, and whether its statement appended the
     * audit entry.
     */
    public record ScreenedAudited(Map<UUID, Screened> entities, boolean audited) {}

    /**
     * The entities as {@link #screened(Visibility, Collection)} answers them, in one statement that also appends
     * {@code append}, the screening's audit entry naming the proposed hits ({@code ids} with {@code owners}, as
     * the name index knows them), when the database confirms every one of them with that owner, so the entry
     * names exactly the hits answered: the screening's query and its audit are one round trip and one
     * transaction (its own, or the caller's when one is active). When some proposed hit is not confirmed (not
     * visible to the viewer, delisted, withdrawn, or owned by another state than the index knew) nothing is
     * appended and {@link ScreenedAudited#audited()} is false: the caller records the entry of the hits found.
     */
    public ScreenedAudited screened(Visibility visibility, List<UUID> ids, List<String> owners, AuditAppend append) {
        if (ids.isEmpty() || ids.size() != owners.size()) {
            throw new IllegalArgumentException("one owner for each of one or more ids expected");
        }
        String predicate = visibility.predicate("e");
        Map<String, Object> params = visibility.params();
        ScreenedAuditedSql cached = screenedAuditedSql;
        if (cached == null
                || !cached.predicate().equals(predicate)
                || !cached.call().equals(append.call())) {
            // The predicate's text is the same for every viewer (its values are parameters), and so is the
            // call's: parsed once, not on every screening.
            ParsedSql parsed = NamedParameterUtils.parseSqlStatement(predicate);
            cached = new ScreenedAuditedSql(
                    predicate,
                    append.call(),
                    parsed,
                    SCREENED_AUDITED.formatted(
                            NamedParameterUtils.substituteNamedParameters(parsed, new MapSqlParameterSource(params)),
                            append.call()));
            screenedAuditedSql = cached;
        }
        String sql = cached.sql();
        Object[] predicateValues =
                NamedParameterUtils.buildValueArray(cached.parsed(), new MapSqlParameterSource(params), null);
        UUID[] idArray = ids.toArray(UUID[]::new);
        String[] ownerArray = owners.toArray(String[]::new);
        Map<UUID, Screened> out = new HashMap<>();
        boolean audited = Boolean.TRUE.equals(jdbc.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                int i = 1;
                StatementCreatorUtils.setParameterValue(ps, i++, SqlTypeValue.TYPE_UNKNOWN, idArray);
                for (Object v : predicateValues) {
                    StatementCreatorUtils.setParameterValue(ps, i++, SqlTypeValue.TYPE_UNKNOWN, v);
                }
                i = append.bind(ps, i);
                StatementCreatorUtils.setParameterValue(ps, i++, SqlTypeValue.TYPE_UNKNOWN, ownerArray);
                StatementCreatorUtils.setParameterValue(ps, i++, SqlTypeValue.TYPE_UNKNOWN, idArray);
                ps.setInt(i, idArray.length);
                boolean appended = false;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        screenedRow(rs, out);
                        appended |= rs.getObject("audit_seq") != null;
                    }
                }
                return appended;
            }
        }));
        return new ScreenedAudited(out, audited);
    }

    /*
     * h: the confirmed entities; a: the audit append, evaluated once (an InitPlan) and only when every proposed
     * (id, owner) pair is among them (each confirmed id has the owner proposed at its position, and all are
     * confirmed; array_position is cheaper here than joining the pairs: bench/pg-callgrind.sh). The call stands after h's query, so the chain head is locked only from
     * then to the commit.
     */
    /** {@link #SCREENED_AUDITED} completed for a predicate and an append call, with the predicate parsed. */
    private record ScreenedAuditedSql(String predicate, String call, ParsedSql parsed, String sql) {}

    private volatile @Nullable ScreenedAuditedSql screenedAuditedSql;

    private static final String SCREENED_AUDITED = """
            WITH h AS MATERIALIZED (
                SELECT e.id, e.caption, e.kind, e.status, e.owner_state
                  FROM register_entity e
                 WHERE e.id = ANY(?) AND e.status = 'LISTED' AND e.withdrawn_at IS NULL AND %s),
            a AS (
                SELECT %s AS seq
                 WHERE (SELECT count(*) FROM h
                         WHERE h.owner_state = (CAST(? AS text[]))[array_position(CAST(? AS uuid[]), h.id)]) = ?)
            SELECT h.id, h.caption, h.kind, h.status, h.owner_state, d.authority_kind, d.authority,
                   d.authority_state, d.legal_basis, d.reference, d.program, d.listed_on, d.delisted_on,
                   (SELECT seq FROM a) AS audit_seq
              FROM h
              LEFT JOIN register_designation d ON d.entity_id = h.id
             ORDER BY h.id, d.listed_on NULLS FIRST, d.id
            """;

    private static void screenedRow(ResultSet rs, Map<UUID, Screened> out) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Screened e = out.computeIfAbsent(
                id,
                k -> new Screened(
                        k,
                        string(rs, "caption"),
                        EntityType.valueOf(string(rs, "kind")),
                        string(rs, "status"),
                        string(rs, "owner_state").strip(),
                        new ArrayList<>()));
        String kind = rs.getString("authority_kind");
        if (kind != null) {
            e.designations()
                    .add(new Designation(
                            Designation.AuthorityKind.valueOf(kind),
                            rs.getString("authority"),
                            rs.getString("authority_state"),
                            rs.getString("legal_basis"),
                            rs.getString("reference"),
                            rs.getString("program"),
                            rs.getObject("listed_on", LocalDate.class),
                            rs.getObject("delisted_on", LocalDate.class)));
        }
    }

    private static String string(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the entity was withdrawn (for write checks, which are not reads). */
    public boolean withdrawn(UUID id) {
        return jdbcClient
                .sql("SELECT withdrawn_at IS NOT NULL FROM register_entity WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The owner of an entity, if it exists (for write checks, which are not reads). */
    public java.util.Optional<String> owner(UUID id) {
        return jdbcClient
                .sql("SELECT owner_state FROM register_entity WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(String::strip);
    }
}
