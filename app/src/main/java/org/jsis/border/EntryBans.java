package org.jsis.border;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.Match;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Entry bans: recorded by the issuing state, found at the border by document number and by name
 * (any script) plus birth date through the border's own name index of banned persons.
 */
@Service
public class EntryBans {

    private final JdbcClient jdbc;
    private volatile @Nullable NameIndex index;

    EntryBans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a ban (the caller has checked the issuing state may write it). */
    @Transactional
    public EntryBan create(EntryBan ban, String createdBy) {
        long id = jdbc.sql("""
                        INSERT INTO border_entry_ban (issuing_state, authority, legal_basis, reason, valid_from, valid_to,
                            scope, register_record_id, birth_date, nationality, sex, created_by, owner_state,
                            distribution, shared_with)
                        VALUES (:issuer, :authority, :basis, :reason, :from, :to, :scope, :register, :birth,
                            :nationality, :sex, :by, :owner, :distribution, CAST(:shared AS CHAR(3)[]))
                        RETURNING id
                        """)
                .param("issuer", ban.issuingState())
                .param("authority", ban.authority())
                .param("basis", ban.legalBasis())
                .param("reason", ban.reason())
                .param("from", Date.valueOf(ban.validFrom()))
                .param("to", ban.validTo() == null ? null : Date.valueOf(ban.validTo()))
                .param("scope", ban.scope())
                .param("register", ban.registerRecordId())
                .param("birth", ban.birthDate())
                .param("nationality", ban.nationality())
                .param("sex", ban.sex())
                .param("by", createdBy)
                .param("owner", ban.ownerState())
                .param("distribution", ban.distribution())
                .param("shared", "{" + String.join(",", ban.sharedWith()) + "}")
                .query(Long.class)
                .single();
        for (int i = 0; i < ban.names().size(); i++) {
            jdbc.sql("INSERT INTO border_entry_ban_name (ban_id, ord, name) VALUES (:id, :ord, :name)")
                    .param("id", id)
                    .param("ord", i)
                    .param("name", ban.names().get(i))
                    .update();
        }
        for (EntryBan.BanDocument d : ban.documents()) {
            jdbc.sql("""
                            INSERT INTO border_entry_ban_document (ban_id, issuing_state, number) VALUES (:id, :issuer, :number)
                            ON CONFLICT DO NOTHING
                            """)
                    .param("id", id)
                    .param("issuer", d.issuingState())
                    .param("number", d.number())
                    .update();
        }
        EntryBan stored = load(List.of(id), "TRUE", Map.of()).get(0);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                NameIndex i = index;
                if (i != null) {
                    i.put(record(stored));
                }
            }
        });
        return stored;
    }

    /**
     * Bans whose document list names {@code number} (with a matching or unknown issuer), among those
     * {@code visibility} (an SQL predicate over the ban's sharing columns, with its parameters) allows.
     */
    public List<EntryBan> byDocument(String issuer, String number, String visibility, Map<String, ?> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("number", number);
        p.put("issuer", issuer);
        // One round trip: the ids and the bans in one query (a border check runs this every time).
        return select("""
                        b.id IN (SELECT d.ban_id FROM border_entry_ban_document d
                                 WHERE d.number = :number AND (d.issuing_state IS NULL OR d.issuing_state = :issuer))
                        """, visibility, p);
    }

    /** A ban found by name, with the matcher's evidence. */
    public record NameHit(EntryBan ban, Match match) {}

    /**
     * Bans whose names match {@code name} (any script) with a compatible birth date, among those the
     * visibility predicate allows, best first.
     */
    public List<NameHit> byName(
            String name,
            @Nullable PartialDate birthDate,
            @Nullable String nationality,
            double threshold,
            String visibility,
            Map<String, ?> params) {
        NameQuery.Builder q = NameQuery.builder(name)
                .kind(EntityKind.PERSON)
                .threshold(threshold)
                .limit(50)
                .nationality(nationality);
        if (birthDate != null) {
            q.birthDate(birthDate);
        }
        List<Match> matches = index().search(q.build());
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<Long, EntryBan> visible = new HashMap<>();
        for (EntryBan b :
                load(matches.stream().map(m -> Long.parseLong(m.recordId())).toList(), visibility, params)) {
            visible.put(b.id(), b);
        }
        List<NameHit> hits = new ArrayList<>();
        for (Match m : matches) {
            EntryBan b = visible.get(Long.parseLong(m.recordId()));
            if (b != null && compatible(b.birthDate(), birthDate)) {
                hits.add(new NameHit(b, m));
            }
        }
        return hits;
    }

    /** Both known and different (at the precision both have) means a different person. */
    static boolean compatible(@Nullable String banBirth, @Nullable PartialDate birth) {
        if (banBirth == null || birth == null) {
            return true;
        }
        String b = birth.toString();
        int n = Math.min(banBirth.length(), b.length());
        return banBirth.substring(0, n).equals(b.substring(0, n));
    }

    /**
     * What a list of bans is filtered by; every field may be null (no filter).
     *
     * @param issuingState the issuing state (alpha-3)
     * @param scope {@code ISSUING_STATE} or {@code ALL_MEMBERS}
     * @param inForceOn bans in force on that day (valid from on or before it, valid to on or after it or open)
     * @param name part of any of the ban's names, case-insensitive, in the script it was written in
     * @param document a document number the ban names
     * @param owner the owning state
     */
    public record Filter(
            @Nullable String issuingState,
            @Nullable String scope,
            @Nullable LocalDate inForceOn,
            @Nullable String name,
            @Nullable String document,
            @Nullable String owner) {}

    /** One page of a list: the bans on it, newest first, and how many match in all. */
    public record Page(List<EntryBan> bans, long total) {}

    /**
     * The bans matching the filter among those the visibility predicate allows (an SQL predicate over
     * alias {@code b}, with its parameters), newest first, one page.
     */
    public Page list(Filter f, String visibility, Map<String, ?> params, int page, int size) {
        StringBuilder where = new StringBuilder(visibility);
        Map<String, Object> p = new HashMap<>(params);
        if (f.issuingState() != null) {
            where.append(" AND b.issuing_state = :issuer");
            p.put("issuer", f.issuingState());
        }
        if (f.scope() != null) {
            where.append(" AND b.scope = :scope");
            p.put("scope", f.scope());
        }
        if (f.owner() != null) {
            where.append(" AND b.owner_state = :owner");
            p.put("owner", f.owner());
        }
        if (f.inForceOn() != null) {
            where.append(" AND b.valid_from <= :on AND (b.valid_to IS NULL OR b.valid_to >= :on)");
            p.put("on", Date.valueOf(f.inForceOn()));
        }
        if (f.name() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM border_entry_ban_name n WHERE n.ban_id = b.id"
                    + " AND lower(n.name) LIKE '%' || :name || '%' ESCAPE '\\')");
            p.put("name", f.name().toLowerCase(java.util.Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1"));
        }
        if (f.document() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM border_entry_ban_document d WHERE d.ban_id = b.id"
                    + " AND d.number = :document)");
            p.put("document", f.document());
        }
        p.put("limit", size);
        p.put("offset", (long) page * size);
        long[] total = {0};
        List<Long> ids = new ArrayList<>();
        jdbc.sql("SELECT b.id, count(*) OVER () FROM border_entry_ban b WHERE " + where
                        + " ORDER BY b.id DESC LIMIT :limit OFFSET :offset")
                .params(p)
                .query(rs -> {
                    ids.add(rs.getLong(1));
                    total[0] = rs.getLong(2);
                });
        if (ids.isEmpty() && page > 0) {
            total[0] = jdbc.sql("SELECT count(*) FROM border_entry_ban b WHERE " + where)
                    .params(p)
                    .query(Long.class)
                    .single();
        }
        List<EntryBan> loaded = new ArrayList<>(load(ids, visibility, params));
        loaded.sort(java.util.Comparator.comparingLong(EntryBan::id).reversed());
        return new Page(loaded, total[0]);
    }

    /** Bans by id among those the visibility predicate allows. */
    public List<EntryBan> load(List<Long> ids, String visibility, Map<String, ?> params) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>(params);
        p.put("ids", "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}");
        return select("b.id = ANY (CAST(:ids AS BIGINT[]))", visibility, p);
    }

    /** The bans matching {@code condition} (over alias {@code b}) and the visibility predicate, by id. */
    private List<EntryBan> select(String condition, String visibility, Map<String, ?> params) {
        Map<Long, EntryBan> out = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT b.*,
                               ARRAY(SELECT n.name FROM border_entry_ban_name n WHERE n.ban_id = b.id ORDER BY n.ord) AS names,
                               ARRAY(SELECT coalesce(d.issuing_state, '') || ':' || d.number
                                     FROM border_entry_ban_document d WHERE d.ban_id = b.id ORDER BY d.number) AS docs
                        FROM border_entry_ban b
                        WHERE\s""" + condition + " AND " + visibility + " ORDER BY b.id")
                .params(params)
                .query(rs -> {
                    EntryBan b = ban(rs);
                    out.put(b.id(), b);
                });
        return new ArrayList<>(out.values());
    }

    private static EntryBan ban(ResultSet rs) throws SQLException {
        Date to = rs.getDate("valid_to");
        List<EntryBan.BanDocument> docs = new ArrayList<>();
        for (String d : strings(rs.getArray("docs"))) {
            int colon = d.indexOf(':');
            docs.add(new EntryBan.BanDocument(colon == 0 ? null : d.substring(0, colon), d.substring(colon + 1)));
        }
        return new EntryBan(
                rs.getLong("id"),
                rs.getString("issuing_state"),
                rs.getString("authority"),
                rs.getString("legal_basis"),
                rs.getString("reason"),
                rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getString("scope"),
                rs.getString("register_record_id"),
                strings(rs.getArray("names")),
                rs.getString("birth_date"),
                rs.getString("nationality"),
                rs.getString("sex"),
                docs,
                rs.getString("owner_state"),
                rs.getString("distribution"),
                strings(rs.getArray("shared_with")));
    }

    private static List<String> strings(@Nullable Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) a.getArray())
                .map(o -> o.toString().trim())
                .toList();
    }

    private NameIndex index() {
        NameIndex i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = new NameIndex();
                    List<Long> all = jdbc.sql("SELECT id FROM border_entry_ban")
                            .query(Long.class)
                            .list();
                    for (EntryBan b : load(all, "TRUE", Map.of())) {
                        i.put(record(b));
                    }
                    index = i;
                }
            }
        }
        return i;
    }

    private static NameRecord record(EntryBan b) {
        List<PartialDate> births = new ArrayList<>();
        if (b.birthDate() != null) {
            births.add(PartialDate.parse(b.birthDate()));
        }
        return new NameRecord(
                String.valueOf(b.id()),
                EntityKind.PERSON,
                b.names(),
                births,
                b.nationality() == null ? List.of() : List.of(b.nationality()));
    }
}
