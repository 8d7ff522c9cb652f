package org.jsis.audit.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jsis.audit.Actor;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditedRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the audit trail's hash chains.
 *
 * <p>There are {@link #CHAINS} independent chains, each with a head row in {@code audit_chain}. An append
 * locks the lowest-numbered head that no other transaction holds ({@code FOR UPDATE SKIP LOCKED}), so
 * concurrent auditing transactions no longer wait for each other's durable commit; the lock is held until
 * the transaction ends, and a transaction that appends again finds its own chain through a
 * transaction-local setting ({@code jsis.audit_chain}), so it never holds two heads. When every head is
 * held the append waits for one of them. Each chain stays gapless: an entry records its chain, its
 * position there and the seq of the entry before it, all covered by its hash ({@link AuditHash}).
 */
@Component
public class AuditChain {

    /** How many chains there are ({@code V2_3__audit_chain_shards.sql} creates their heads). */
    public static final int CHAINS = 16;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String LOCK_FREE_HEAD = """
            SELECT h.chain, h.last_pos, h.last_seq, h.last_hash, nextval('audit_entry_seq'),
                   set_config('jsis.audit_chain', h.chain::text, true)
            FROM (SELECT chain, last_pos, last_seq, last_hash FROM audit_chain
                  WHERE chain = coalesce(nullif(current_setting('jsis.audit_chain', true), '')::smallint, chain)
                  ORDER BY chain LIMIT 1 FOR UPDATE SKIP LOCKED) h
            """;

    private static final String WAIT_FOR_HEAD = """
            SELECT h.chain, h.last_pos, h.last_seq, h.last_hash, nextval('audit_entry_seq'),
                   set_config('jsis.audit_chain', h.chain::text, true)
            FROM (SELECT chain, last_pos, last_seq, last_hash FROM audit_chain WHERE chain = :chain FOR UPDATE) h
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock = Clock.systemUTC();

    AuditChain(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long append(Actor actor, AuditEntry entry) {
        Head head = jdbc.sql(LOCK_FREE_HEAD)
                .query(AuditChain::head)
                .optional()
                .orElseGet(() -> jdbc.sql(WAIT_FOR_HEAD)
                        .param("chain", ThreadLocalRandom.current().nextInt(CHAINS))
                        .query(AuditChain::head)
                        .single());
        long seq = head.nextSeq();
        AuditHash.Link link = new AuditHash.Link(head.chain(), head.lastPos() + 1, head.lastSeq());
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
                link,
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
        insertEntry(seq, link, at, userId, actor, entry.action(), purpose, terms, head.lastHash(), hash);
        insertRecords(seq, rows);
        jdbc.sql("UPDATE audit_chain SET last_pos = :pos, last_seq = :seq, last_hash = :hash WHERE chain = :chain")
                .param("pos", link.position())
                .param("seq", seq)
                .param("hash", hash)
                .param("chain", link.chain())
                .update();
        return seq;
    }

    private static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getBytes(4), rs.getLong(5));
    }

    private void insertEntry(
            long seq,
            AuditHash.Link link,
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
                                                 query_terms, prev_hash, entry_hash, chain, chain_pos, prev_seq, format)
                        VALUES (:seq, :at, :userId, :username, :agency, :state, :action, :purpose, :terms, :prev, :hash,
                                :chain, :pos, :prevSeq, 2)
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
                .param("chain", link.chain())
                .param("pos", link.position())
                .param("prevSeq", link.previousSeq())
                .update();
    }

    /** All the entry's records in one statement (a bulk entry may name thousands). */
    private void insertRecords(long seq, List<AuditHash.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Integer[] positions = new Integer[n];
        String[] types = new String[n];
        String[] ids = new String[n];
        String[] owners = new String[n];
        for (int i = 0; i < n; i++) {
            AuditHash.Row row = rows.get(i);
            positions[i] = i;
            types[i] = row.type();
            ids[i] = row.id();
            owners[i] = row.ownerState();
        }
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO audit_record (entry_seq, position, record_type, record_id, owner_state)
                    SELECT ?, p, t, i, o FROM unnest(?::int[], ?::text[], ?::text[], ?::text[]) AS r (p, t, i, o)
                    """);
            ps.setLong(1, seq);
            ps.setArray(2, con.createArrayOf("int4", positions));
            ps.setArray(3, con.createArrayOf("text", types));
            ps.setArray(4, con.createArrayOf("text", ids));
            ps.setArray(5, con.createArrayOf("text", owners));
            return ps;
        });
    }

    private record Head(int chain, long lastPos, long lastSeq, byte[] lastHash, long nextSeq) {}
}
