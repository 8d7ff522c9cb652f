package org.jsis.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit of one state's records: every entry that returned or changed a record owned by that state,
 * by anyone from any state, with only that state's records listed.
 */
@Service
public class AuditSearch {

    public static final int MAX_LIMIT = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Filters; every one is optional.
     *
     * @param from first day (UTC), inclusive
     * @param to last day (UTC), inclusive
     * @param user the accessor's username
     * @param accessorState the accessor's state code, or {@code SECRETARIAT}
     * @param action an action ({@code register.view}) or a module prefix ({@code register})
     * @param purpose the purpose given
     * @param recordId the id of a record of the owner state
     * @param recordType the type of that record
     */
    public record Filter(
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String user,
            @Nullable String accessorState,
            @Nullable String action,
            @Nullable Purpose purpose,
            @Nullable String recordId,
            @Nullable String recordType) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null);
        }
    }

    /** One audited access as the owner state's auditor sees it. */
    public record Access(
            long seq,
            Instant at,
            String username,
            @Nullable String agency,
            @Nullable String state,
            String action,
            @Nullable String purpose,
            Map<String, String> queryTerms,
            List<AuditedRecord> records) {}

    /** Entries touching records owned by {@code ownerState}, newest first. */
    public List<Access> search(String ownerState, Filter filter, int limit, int offset) {
        // The records are in audit_record (one row each) or in audit_record_list (runs of one type and owner);
        // an entry's records are in one of them. With a record id the matching entries are few: their seqs
        // first (by the record id index, and a scan of the lists); otherwise the entries are walked newest
        // first and each is asked whether it names a record of the owner.
        Map<String, Object> params = new HashMap<>();
        params.put("owner", ownerState);
        StringBuilder rows = new StringBuilder("r.owner_state = :owner");
        StringBuilder lists = new StringBuilder("l.owner_state = :owner");
        if (filter.recordId() != null) {
            rows.append(" AND r.record_id = :recordId");
            lists.append(" AND :recordId = ANY (l.record_ids)");
            params.put("recordId", filter.recordId());
        }
        if (filter.recordType() != null) {
            rows.append(" AND r.record_type = :recordType");
            lists.append(" AND l.record_type = :recordType");
            params.put("recordType", filter.recordType());
        }
        StringBuilder sql = new StringBuilder("""
                SELECT e.seq, e.at, e.username, e.agency_code, e.state_code, e.action, e.purpose, e.query_terms
                FROM audit_entry e
                """);
        if (filter.recordId() != null) {
            sql.append(" WHERE e.seq IN (SELECT r.entry_seq FROM audit_record r WHERE ")
                    .append(rows)
                    .append(" UNION ALL SELECT l.entry_seq FROM audit_record_list l WHERE ")
                    .append(lists)
                    .append(")");
        } else {
            sql.append(" WHERE (EXISTS (SELECT 1 FROM audit_record r WHERE r.entry_seq = e.seq AND ")
                    .append(rows)
                    .append(") OR EXISTS (SELECT 1 FROM audit_record_list l WHERE l.entry_seq = e.seq AND ")
                    .append(lists)
                    .append("))");
        }
        if (filter.from() != null) {
            sql.append(" AND e.at >= :from");
            params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" AND e.at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.user() != null) {
            sql.append(" AND e.username = :user");
            params.put("user", filter.user());
        }
        if (filter.accessorState() != null) {
            if (filter.accessorState().equals("SECRETARIAT")) {
                sql.append(" AND e.state_code IS NULL");
            } else {
                sql.append(" AND e.state_code = :accessorState");
                params.put("accessorState", filter.accessorState());
            }
        }
        if (filter.action() != null) {
            sql.append(" AND (e.action = :action OR e.action LIKE :actionPrefix)");
            params.put("action", filter.action());
            params.put("actionPrefix", filter.action().replace("%", "").replace("_", "\\_") + ".%");
        }
        if (filter.purpose() != null) {
            sql.append(" AND e.purpose = :purpose");
            params.put("purpose", filter.purpose().name());
        }
        sql.append(" ORDER BY e.seq DESC LIMIT :limit OFFSET :offset");
        // One more than the largest page, so that a caller can ask for a page and one entry to know whether more
        // follow.
        params.put("limit", Math.min(Math.max(limit, 1), MAX_LIMIT + 1));
        params.put("offset", Math.max(offset, 0));
        List<Access> found = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Access(
                        rs.getLong("seq"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("username"),
                        rs.getString("agency_code"),
                        rs.getString("state_code"),
                        rs.getString("action"),
                        rs.getString("purpose"),
                        terms(rs.getString("query_terms")),
                        new ArrayList<>()))
                .list();
        attachRecords(ownerState, found);
        return found;
    }

    private void attachRecords(String ownerState, List<Access> found) {
        if (found.isEmpty()) {
            return;
        }
        Map<Long, Access> bySeq = new HashMap<>();
        found.forEach(a -> bySeq.put(a.seq(), a));
        jdbc.sql("""
                        SELECT entry_seq, record_type, record_id, owner_state FROM audit_record_all
                        WHERE owner_state = :owner AND entry_seq IN (:seqs) ORDER BY entry_seq, position
                        """).param("owner", ownerState).param("seqs", bySeq.keySet()).query(rs -> {
            bySeq.get(rs.getLong(1))
                    .records()
                    .add(new AuditedRecord(rs.getString(2), rs.getString(3), rs.getString(4)));
        });
    }

    /** The member state codes, for checking a state given in a filter. */
    public List<String> stateCodes() {
        return jdbc.sql("SELECT code FROM member_state ORDER BY code")
                .query(String.class)
                .list();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> terms(@Nullable String json) {
        if (json == null) {
            return Map.of();
        }
        return new LinkedHashMap<>(JSON.readValue(json, LinkedHashMap.class));
    }
}
