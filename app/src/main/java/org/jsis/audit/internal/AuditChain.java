package org.jsis.audit.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsis.audit.Actor;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditedRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Appends entries to the hash chain, one at a time (the chain head row is locked until commit). */
@Component
public class AuditChain {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock = Clock.systemUTC();

    AuditChain(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long append(Actor actor, AuditEntry entry) {
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE singleton FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
                .single();
        long seq = head.lastSeq() + 1;
        Instant at = AuditHash.truncate(clock.instant());
        Long userId = actor.id() == 0 ? null : actor.id();
        String purpose = entry.purpose() == null ? null : entry.purpose().name();
        String terms = entry.queryTerms().isEmpty() ? null : JSON.writeValueAsString(entry.queryTerms());
        List<AuditHash.Row> rows = new ArrayList<>();
        for (AuditedRecord r : entry.records()) {
            rows.add(new AuditHash.Row(r.type(), r.id(), r.ownerState()));
        }
        byte[] hash = AuditHash.of(
                head.lastHash(),
                new AuditHash.Content(
                        seq,
                        at,
                        userId,
                        actor.username(),
                        actor.agencyCode(),
                        actor.stateCode(),
                        entry.action(),
                        purpose,
                        terms,
                        rows));
        insertEntry(seq, at, userId, actor, entry.action(), purpose, terms, head.lastHash(), hash);
        insertRecords(seq, rows);
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE singleton")
                .param("seq", seq)
                .param("hash", hash)
                .update();
        return seq;
    }

    private void insertEntry(
            long seq,
            Instant at,
            @Nullable Long userId,
            Actor actor,
            String action,
            @Nullable String purpose,
            @Nullable String terms,
            byte[] prevHash,
            byte[] hash) {
        jdbc.sql("""
                        INSERT INTO audit_entry (seq, at, user_id, username, agency_code, state_code, action, purpose,
                                                 query_terms, prev_hash, entry_hash)
                        VALUES (:seq, :at, :userId, :username, :agency, :state, :action, :purpose, :terms, :prev, :hash)
                        """)
                .param("seq", seq)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("userId", userId)
                .param("username", actor.username())
                .param("agency", actor.agencyCode())
                .param("state", actor.stateCode())
                .param("action", action)
                .param("purpose", purpose)
                .param("terms", terms)
                .param("prev", prevHash)
                .param("hash", hash)
                .update();
    }

    private void insertRecords(long seq, List<AuditHash.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate(
                "INSERT INTO audit_record (entry_seq, position, record_type, record_id, owner_state) VALUES (?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        AuditHash.Row row = rows.get(i);
                        ps.setLong(1, seq);
                        ps.setInt(2, i);
                        ps.setString(3, row.type());
                        ps.setString(4, row.id());
                        ps.setString(5, row.ownerState());
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                });
    }

    private record Head(long lastSeq, byte[] lastHash) {}
}
