package org.jsis.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jsis.audit.internal.AuditHash;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks the audit chain from the first entry to the chain head and names the first entry that was
 * altered, removed or inserted. Needs only a {@link DataSource}, so it runs without a server.
 */
public final class AuditVerifier {

    private static final int CHUNK = 2000;

    private final JdbcTemplate jdbc;

    public AuditVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public AuditVerification verify() {
        byte[] previous = AuditHash.GENESIS;
        long expected = 1;
        long checked = 0;
        while (true) {
            List<Stored> chunk = chunk(expected);
            if (chunk.isEmpty()) {
                break;
            }
            for (Stored s : chunk) {
                if (s.seq() != expected) {
                    String gap = s.seq() == expected + 1
                            ? "entry " + expected + " was removed"
                            : "entries " + expected + " to " + (s.seq() - 1) + " were removed";
                    return AuditVerification.broken(
                            checked, expected, gap + " (the chain jumps to entry " + s.seq() + ")");
                }
                byte[] recomputed = AuditHash.of(s.prevHash(), s.content());
                if (!Arrays.equals(recomputed, s.hash())) {
                    return AuditVerification.broken(
                            checked,
                            s.seq(),
                            "entry " + s.seq() + " was altered (its content no longer matches its hash)");
                }
                if (!Arrays.equals(s.prevHash(), previous)) {
                    return AuditVerification.broken(
                            checked,
                            s.seq(),
                            "entry " + s.seq() + " does not follow entry " + (s.seq() - 1)
                                    + " (an entry was inserted here, or the one before it was replaced)");
                }
                previous = s.hash();
                expected++;
                checked++;
            }
        }
        return checkHead(checked, previous);
    }

    private AuditVerification checkHead(long checked, byte[] lastHash) {
        Map<String, Object> head = jdbc.queryForList("SELECT last_seq, last_hash FROM audit_chain_head").stream()
                .findFirst()
                .orElse(null);
        if (head == null) {
            return AuditVerification.broken(checked, checked + 1, "the chain head row was removed");
        }
        long headSeq = ((Number) head.get("last_seq")).longValue();
        if (headSeq > checked) {
            String which = headSeq == checked + 1
                    ? "entry " + headSeq + " was"
                    : "entries " + (checked + 1) + " to " + headSeq + " were";
            return AuditVerification.broken(checked, checked + 1, which + " removed from the end of the chain");
        }
        if (headSeq < checked) {
            return AuditVerification.broken(
                    checked,
                    headSeq + 1,
                    "entry " + (headSeq + 1) + " was inserted after the chain head (entry " + headSeq + ")");
        }
        if (!Arrays.equals((byte[]) head.get("last_hash"), lastHash)) {
            return AuditVerification.broken(checked, headSeq, "the chain head does not match entry " + headSeq);
        }
        return AuditVerification.ok(checked, HexFormat.of().formatHex(lastHash));
    }

    private List<Stored> chunk(long fromSeq) {
        List<Stored> entries = jdbc.query("""
                SELECT seq, at, user_id, username, agency_code, state_code, action, purpose, query_terms,
                       prev_hash, entry_hash
                FROM audit_entry WHERE seq >= ? ORDER BY seq LIMIT ?
                """, (rs, n) -> stored(rs), fromSeq, CHUNK);
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, List<AuditHash.Row>> rows = new HashMap<>();
        jdbc.query(
                """
                SELECT entry_seq, record_type, record_id, owner_state FROM audit_record
                WHERE entry_seq BETWEEN ? AND ? ORDER BY entry_seq, position
                """,
                rs -> {
                    rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new AuditHash.Row(rs.getString(2), rs.getString(3), rs.getString(4)));
                },
                entries.get(0).seq(),
                entries.get(entries.size() - 1).seq());
        return entries.stream()
                .map(s -> s.withRecords(rows.getOrDefault(s.seq(), List.of())))
                .toList();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        Long userId = rs.getObject("user_id") == null ? null : rs.getLong("user_id");
        Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
        return new Stored(
                rs.getLong("seq"),
                at,
                userId,
                rs.getString("username"),
                rs.getString("agency_code"),
                rs.getString("state_code"),
                rs.getString("action"),
                rs.getString("purpose"),
                rs.getString("query_terms"),
                List.of(),
                rs.getBytes("prev_hash"),
                rs.getBytes("entry_hash"));
    }

    private record Stored(
            long seq,
            Instant at,
            @Nullable Long userId,
            String username,
            @Nullable String agencyCode,
            @Nullable String stateCode,
            String action,
            @Nullable String purpose,
            @Nullable String queryTerms,
            List<AuditHash.Row> records,
            byte[] prevHash,
            byte[] hash) {

        Stored withRecords(List<AuditHash.Row> rows) {
            return new Stored(
                    seq,
                    at,
                    userId,
                    username,
                    agencyCode,
                    stateCode,
                    action,
                    purpose,
                    queryTerms,
                    rows,
                    prevHash,
                    hash);
        }

        AuditHash.Content content() {
            return new AuditHash.Content(
                    seq, at, userId, username, agencyCode, stateCode, action, purpose, queryTerms, records);
        }
    }
}
