package org.jsis.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jsis.audit.internal.AuditChain;
import org.jsis.audit.internal.AuditHash;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks every audit chain from its first entry to its head and names the first entry that was altered,
 * removed or inserted. Needs only a {@link DataSource}, so it runs without a server; it reads one
 * consistent snapshot, so appends while it runs do not disturb it.
 *
 * <p>The entries are read once in seq order (within a chain, seq grows with the position, since a
 * chain's next seq is drawn while its head is locked), keeping each chain's expected position, previous
 * seq and previous hash. Each chain is judged up to its first fault; when several chains are broken,
 * the fault with the lowest seq is named and the others counted.
 */
public final class AuditVerifier {

    private static final int CHUNK = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    public AuditVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.snapshot = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    public AuditVerification verify() {
        return snapshot.execute(status -> walk());
    }

    private AuditVerification walk() {
        Map<Integer, Head> heads = heads();
        Map<Integer, Walk> walks = new TreeMap<>();
        Map<Integer, Fault> faults = new TreeMap<>();
        long checked = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Stored> chunk = chunk(after);
            if (chunk.isEmpty()) {
                break;
            }
            for (Stored s : chunk) {
                checked++;
                if (!faults.containsKey(s.chain())) {
                    Walk walk = walks.computeIfAbsent(s.chain(), c -> new Walk());
                    Fault fault = check(s, heads.get(s.chain()), walk);
                    if (fault != null) {
                        faults.put(s.chain(), fault);
                    }
                }
            }
            after = chunk.get(chunk.size() - 1).seq();
        }
        for (int chain = 0; chain < AuditChain.CHAINS; chain++) {
            if (!heads.containsKey(chain)) {
                faults.putIfAbsent(chain, new Fault(checked + 1, "the head row of chain " + chain + " was removed"));
            }
        }
        for (Head head : heads.values()) {
            if (!faults.containsKey(head.chain())) {
                Fault fault = checkEnd(head, walks.getOrDefault(head.chain(), new Walk()));
                if (fault != null) {
                    faults.put(head.chain(), fault);
                }
            }
        }
        if (faults.isEmpty()) {
            byte[] combined = AuditHash.ofHeads(
                    heads.values().stream().map(Head::lastHash).toList());
            return AuditVerification.ok(checked, heads.size(), HexFormat.of().formatHex(combined));
        }
        Fault first = faults.values().stream()
                .min(Comparator.comparingLong(Fault::seq))
                .orElseThrow();
        String others = faults.size() == 1 ? "" : "; " + (faults.size() - 1) + " more chain(s) broken";
        return AuditVerification.broken(checked, first.seq(), first.message() + others);
    }

    /** Judges one entry against its chain's head and what came before it in the chain. */
    private static @Nullable Fault check(Stored s, @Nullable Head head, Walk walk) {
        if (head == null) {
            return new Fault(
                    s.seq(),
                    "entry " + s.seq() + " was inserted: it names chain " + s.chain() + ", which does not exist");
        }
        Long position = s.format() == 1 ? Long.valueOf(s.seq()) : s.chainPos();
        long previousSeq = s.format() == 1 ? s.seq() - 1 : (s.prevSeq() == null ? -1 : s.prevSeq());
        if (s.seq() > head.lastSeq()
                || position == null
                || position > head.lastPos()
                || (s.format() == 1 && s.chain() != 0)) {
            return new Fault(
                    s.seq(),
                    "entry " + s.seq() + " was inserted after the chain head (chain " + s.chain() + " ends at entry "
                            + head.lastSeq() + ")");
        }
        if (!Arrays.equals(s.recomputedHash(position, previousSeq), s.hash())) {
            return new Fault(s.seq(), "entry " + s.seq() + " was altered (its content no longer matches its hash)");
        }
        if (position > walk.expectedPos) {
            long missing = position - walk.expectedPos;
            String what = missing == 1
                    ? "entry " + previousSeq + " was removed"
                    : "entries at positions " + walk.expectedPos + " to " + (position - 1) + " of chain " + s.chain()
                            + " were removed, the last of them entry " + previousSeq;
            return new Fault(
                    previousSeq,
                    what + " (chain " + s.chain() + " jumps from entry " + walk.previousSeq + " to entry " + s.seq()
                            + ")");
        }
        if (position < walk.expectedPos) {
            // Two entries claim one position: the earlier (already accepted) one or this one was inserted.
            long earlier = position == walk.expectedPos - 1 ? walk.previousSeq : s.seq();
            return new Fault(
                    earlier,
                    "entries " + earlier + " and " + s.seq() + " both claim position " + position + " of chain "
                            + s.chain() + ": one of them was inserted");
        }
        if (previousSeq != walk.previousSeq || !Arrays.equals(s.prevHash(), walk.previousHash)) {
            return new Fault(
                    s.seq(),
                    "entry " + s.seq() + " does not follow entry " + walk.previousSeq + " in chain " + s.chain()
                            + " (an entry was inserted here, or the one before it was replaced)");
        }
        walk.expectedPos = position + 1;
        walk.previousSeq = s.seq();
        walk.previousHash = s.hash();
        return null;
    }

    /** After the last entry of a chain: the head must name it. */
    private static @Nullable Fault checkEnd(Head head, Walk walk) {
        long lastPos = walk.expectedPos - 1;
        if (head.lastPos() > lastPos) {
            String which = head.lastPos() == lastPos + 1
                    ? "entry " + head.lastSeq() + " was"
                    : "entries at positions " + (lastPos + 1) + " to " + head.lastPos() + " (the last entry "
                            + head.lastSeq() + ") were";
            return new Fault(head.lastSeq(), which + " removed from the end of the chain (chain " + head.chain() + ")");
        }
        if (head.lastSeq() != walk.previousSeq || !Arrays.equals(head.lastHash(), walk.previousHash)) {
            return new Fault(
                    head.lastSeq(), "the head of chain " + head.chain() + " does not match entry " + walk.previousSeq);
        }
        return null;
    }

    private Map<Integer, Head> heads() {
        Map<Integer, Head> heads = new TreeMap<>();
        jdbc.query("SELECT chain, last_pos, last_seq, last_hash FROM audit_chain ORDER BY chain", rs -> {
            heads.put(rs.getInt(1), new Head(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getBytes(4)));
        });
        return heads;
    }

    /** A chain's head row. */
    private record Head(int chain, long lastPos, long lastSeq, byte[] lastHash) {}

    /** What the walk expects next in one chain. */
    private static final class Walk {
        long expectedPos = 1;
        long previousSeq = 0;
        byte[] previousHash = AuditHash.GENESIS;
    }

    /** A chain's first fault: the entry named, and the message. */
    private record Fault(long seq, String message) {}

    private List<Stored> chunk(long afterSeq) {
        List<Stored> entries = jdbc.query("""
                SELECT seq, at, user_id, username, agency_code, state_code, action, purpose, query_terms,
                       prev_hash, entry_hash,
                       chain, chain_pos, prev_seq, format
                FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?
                """, (rs, n) -> stored(rs), afterSeq, CHUNK);
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, List<AuditHash.Row>> rows = new HashMap<>();
        jdbc.query(
                """
                SELECT entry_seq, record_type, record_id, owner_state FROM audit_record_all
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
                rs.getBytes("entry_hash"),
                rs.getInt("chain"),
                (Long) rs.getObject("chain_pos"),
                (Long) rs.getObject("prev_seq"),
                rs.getInt("format"));
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
            byte[] hash,
            int chain,
            @Nullable Long chainPos,
            @Nullable Long prevSeq,
            int format) {

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
                    hash,
                    chain,
                    chainPos,
                    prevSeq,
                    format);
        }

        byte[] recomputedHash(long position, long previousSeq) {
            return format == 1
                    ? AuditHash.of(prevHash, content())
                    : AuditHash.of(prevHash, new AuditHash.Link(chain, position, previousSeq), content());
        }

        AuditHash.Content content() {
            return new AuditHash.Content(
                    seq, at, userId, username, agencyCode, stateCode, action, purpose, queryTerms, records);
        }
    }
}
