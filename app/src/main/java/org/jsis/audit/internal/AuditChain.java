package org.jsis.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
        write(new Written(seq, link, at, userId, actor, entry.action(), purpose, terms, head.lastHash(), hash), rows);
        return seq;
    }

    private static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getBytes(4), rs.getLong(5));
    }

    /** An entry as it is written. */
    private record Written(
            long seq,
            AuditHash.Link link,
            Instant at,
            @Nullable Long userId,
            Actor actor,
            String action,
            @Nullable String purpose,
            @Nullable String terms,
            byte[] prevHash,
            byte[] hash) {}

    /**
     * The entry with its records (one statement), then the head moved onto it: sent together, so an
     * append costs two round trips in all (this one and the head's lock). The head's trigger runs after
     * the insert and sees it. The records go to {@code audit_record} one row each, or, for an entry with
     * many records in long runs of one type and owner, to {@code audit_record_list} one row per run
     * (each run a slice of the ids array); the other table's arrays are then empty.
     */
    private static final String WRITE = """
            WITH e AS (
                INSERT INTO audit_entry (seq, at, user_id, username, agency_code, state_code, action, purpose,
                                         query_terms, prev_hash, entry_hash, chain, chain_pos, prev_seq, format)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)
                RETURNING seq),
            r AS (
                INSERT INTO audit_record (entry_seq, position, record_type, record_id, owner_state)
                SELECT e.seq, r.p, r.t, r.i, r.o
                FROM e, unnest(?::int[], ?::text[], ?::text[], ?::text[]) AS r (p, t, i, o))
            INSERT INTO audit_record_list (entry_seq, position, record_type, owner_state, record_ids)
            SELECT e.seq, l.p, l.t, l.o, ids.a[l.p + 1 : l.p + l.n]
            FROM e, (SELECT ?::text[] AS a) ids, unnest(?::int[], ?::int[], ?::text[], ?::text[]) AS l (p, n, t, o);
            UPDATE audit_chain SET last_pos = ?, last_seq = ?, last_hash = ? WHERE chain = ?
            """;

    /** An entry with at least this many records may store them as lists ({@code audit_record_list}). */
    static final int LIST_MIN_RECORDS = 64;

    /** ... when its runs of one type and owner are this long on average. */
    static final int LIST_MIN_RUN = 16;

    /** The start positions of the runs of consecutive rows of one type and owner. */
    static List<Integer> runStarts(List<AuditHash.Row> rows) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0
                    || !rows.get(i).type().equals(rows.get(i - 1).type())
                    || !Objects.equals(rows.get(i).ownerState(), rows.get(i - 1).ownerState())) {
                starts.add(i);
            }
        }
        return starts;
    }

    private void write(Written w, List<AuditHash.Row> rows) {
        int n = rows.size();
        List<Integer> runs = n >= LIST_MIN_RECORDS ? runStarts(rows) : List.of();
        boolean lists = n >= LIST_MIN_RECORDS && runs.size() * LIST_MIN_RUN <= n;
        int single = lists ? 0 : n;
        Integer[] positions = new Integer[single];
        String[] types = new String[single];
        String[] ids = new String[n];
        String[] owners = new String[single];
        for (int i = 0; i < n; i++) {
            AuditHash.Row row = rows.get(i);
            ids[i] = row.id();
            if (!lists) {
                positions[i] = i;
                types[i] = row.type();
                owners[i] = row.ownerState();
            }
        }
        int listCount = lists ? runs.size() : 0;
        Integer[] listStarts = new Integer[listCount];
        Integer[] listLengths = new Integer[listCount];
        String[] listTypes = new String[listCount];
        String[] listOwners = new String[listCount];
        for (int k = 0; k < listCount; k++) {
            int start = runs.get(k);
            int end = k + 1 < listCount ? runs.get(k + 1) : n;
            listStarts[k] = start;
            listLengths[k] = end - start;
            listTypes[k] = rows.get(start).type();
            listOwners[k] = rows.get(start).ownerState();
        }
        template.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement(WRITE)) {
                ps.setLong(1, w.seq());
                ps.setObject(2, w.at().atOffset(ZoneOffset.UTC));
                ps.setObject(3, w.userId(), Types.BIGINT);
                ps.setString(4, w.actor().username());
                ps.setString(5, w.actor().agencyCode());
                ps.setString(6, w.actor().stateCode());
                ps.setString(7, w.action());
                ps.setString(8, w.purpose());
                ps.setString(9, w.terms());
                ps.setBytes(10, w.prevHash());
                ps.setBytes(11, w.hash());
                ps.setInt(12, w.link().chain());
                ps.setLong(13, w.link().position());
                ps.setLong(14, w.link().previousSeq());
                ps.setArray(15, con.createArrayOf("int4", positions));
                ps.setArray(16, con.createArrayOf("text", types));
                ps.setArray(17, con.createArrayOf("text", lists ? new String[0] : ids));
                ps.setArray(18, con.createArrayOf("text", owners));
                ps.setArray(19, con.createArrayOf("text", lists ? ids : new String[0]));
                ps.setArray(20, con.createArrayOf("int4", listStarts));
                ps.setArray(21, con.createArrayOf("int4", listLengths));
                ps.setArray(22, con.createArrayOf("text", listTypes));
                ps.setArray(23, con.createArrayOf("text", listOwners));
                ps.setLong(24, w.link().position());
                ps.setLong(25, w.seq());
                ps.setBytes(26, w.hash());
                ps.setInt(27, w.link().chain());
                ps.execute();
                // Drain every result so that an error in the second statement is raised here.
                while (ps.getMoreResults() || ps.getUpdateCount() != -1) {
                    // next result
                }
                return null;
            }
        });
    }

    private record Head(int chain, long lastPos, long lastSeq, byte[] lastHash, long nextSeq) {}
}
