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
import org.springframework.stereotype.Component;
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
 *
 * <p>An append is one round trip: the database function {@code audit_append}
 * ({@code V2_6__audit_append_function.sql}) takes the head's lock and the entry's seq under it, completes
 * the entry's format-2 hash (its chain, position, previous seq and seq, then the content bytes this class
 * encodes with {@link AuditHash#afterSeq}), and writes the entry, its records and the moved head.
 * {@code jsis audit verify} recomputes every hash from the stored rows (and the audit tests check it).
 */
@Component
public class AuditChain {

    /** How many chains there are ({@code V2_3__audit_chain_shards.sql} creates their heads). */
    public static final int CHAINS = 16;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An entry with at least this many records may store them as lists ({@code audit_record_list}). */
    static final int LIST_MIN_RECORDS = 64;

    /** ... when its runs of one type and owner are this long on average. */
    static final int LIST_MIN_RUN = 16;

    private final JdbcTemplate template;
    private final Clock clock = Clock.systemUTC();

    AuditChain(JdbcTemplate template) {
        this.template = template;
    }

    /**
     * Appends the entry with one statement, in the current transaction when there is one, else in auto-commit
     * mode (the statement is then its own transaction).
     */
    public long append(Actor actor, AuditEntry entry) {
        Prepared append = prepare(actor, entry);
        Long seq = template.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement("SELECT " + CALL)) {
                append.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return Objects.requireNonNull(seq);
    }

    /**
     * The call of {@code audit_append} with its parameters as placeholders (an SQL expression of type
     * {@code bigint}, the entry's seq), which {@link Prepared#bind} fills: the time, the actor, action,
     * purpose, query terms, the records in position order, the list runs when they are stored as lists, the
     * hashed bytes of all that ({@link AuditHash#afterSeq}), and the chain to wait for when every head is held.
     */
    public static final String CALL =
            "audit_append(?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?, ?)";

    /** How many placeholders {@link #CALL} has. */
    public static final int CALL_PARAMETERS = 15;

    /**
     * An entry encoded for {@code audit_append}: its time, actor, records and hashed content, computed now; the
     * database adds the chain, position and seq when the call runs.
     */
    public static final class Prepared {
        private final Instant at;
        private final @Nullable Long userId;
        private final Actor actor;
        private final String action;
        private final @Nullable String purpose;
        private final @Nullable String terms;
        private final String[] types;
        private final String[] ids;
        private final String[] owners;
        private final Integer[] listStarts;
        private final Integer[] listLengths;
        private final byte[] content;

        private Prepared(
                Instant at,
                @Nullable Long userId,
                Actor actor,
                String action,
                @Nullable String purpose,
                @Nullable String terms,
                String[] types,
                String[] ids,
                String[] owners,
                Integer[] listStarts,
                Integer[] listLengths,
                byte[] content) {
            this.at = at;
            this.userId = userId;
            this.actor = actor;
            this.action = action;
            this.purpose = purpose;
            this.terms = terms;
            this.types = types;
            this.ids = ids;
            this.owners = owners;
            this.listStarts = listStarts;
            this.listLengths = listLengths;
            this.content = content;
        }

        /** Sets the 15 parameters of {@link #CALL} from parameter {@code first} on; answers the next index. */
        public int bind(PreparedStatement ps, int first) throws SQLException {
            int i = first;
            ps.setObject(i++, at.atOffset(ZoneOffset.UTC));
            ps.setObject(i++, userId, Types.BIGINT);
            ps.setString(i++, actor.username());
            ps.setString(i++, actor.agencyCode());
            ps.setString(i++, actor.stateCode());
            ps.setString(i++, action);
            ps.setString(i++, purpose);
            ps.setString(i++, terms);
            // Java arrays as they are: the driver sends them in PostgreSQL's binary array format (no array
            // literal to write and quote here, nor to parse there), where createArrayOf built an array literal.
            ps.setObject(i++, types);
            ps.setObject(i++, ids);
            ps.setObject(i++, owners);
            ps.setObject(i++, listStarts);
            ps.setObject(i++, listLengths);
            ps.setBytes(i++, content);
            ps.setInt(i++, ThreadLocalRandom.current().nextInt(CHAINS));
            return i;
        }
    }

    /** Encodes the entry for {@link #CALL} (what {@link #append} sends); nothing is written yet. */
    public Prepared prepare(Actor actor, AuditEntry entry) {
        Instant at = AuditHash.truncate(clock.instant());
        Long userId = actor.id() == 0 ? null : actor.id();
        String purpose = entry.purpose() == null ? null : entry.purpose().name();
        String terms = entry.queryTerms().isEmpty() ? null : JSON.writeValueAsString(entry.queryTerms());
        List<AuditedRecord> records = entry.records();
        int n = records.size();
        String[] types = new String[n];
        String[] ids = new String[n];
        String[] owners = new String[n];
        List<AuditHash.Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AuditedRecord r = records.get(i);
            types[i] = r.type();
            ids[i] = r.id();
            owners[i] = r.ownerState();
            rows.add(new AuditHash.Row(r.type(), r.id(), r.ownerState()));
        }
        // What the hash covers after the entry's place and seq (the database adds those, under the lock).
        byte[] content = AuditHash.afterSeq(new AuditHash.Content(
                0,
                at,
                userId,
                actor.username(),
                actor.agencyCode(),
                actor.stateCode(),
                entry.action(),
                purpose,
                terms,
                rows));
        // The records of an entry with many of them in long runs of one type and owner are stored as lists
        // (one audit_record_list row per run, V2_5); else one audit_record row each.
        List<Integer> runs = n >= LIST_MIN_RECORDS ? runStarts(types, owners) : List.of();
        boolean lists = n >= LIST_MIN_RECORDS && runs.size() * LIST_MIN_RUN <= n;
        int listCount = lists ? runs.size() : 0;
        Integer[] listStarts = new Integer[listCount];
        Integer[] listLengths = new Integer[listCount];
        for (int k = 0; k < listCount; k++) {
            int start = runs.get(k);
            int end = k + 1 < listCount ? runs.get(k + 1) : n;
            listStarts[k] = start;
            listLengths[k] = end - start;
        }
        return new Prepared(
                at,
                userId,
                actor,
                entry.action(),
                purpose,
                terms,
                types,
                ids,
                owners,
                listStarts,
                listLengths,
                content);
    }

    /** The start positions of the runs of consecutive records of one type and owner. */
    static List<Integer> runStarts(String[] types, @Nullable String[] owners) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            if (i == 0 || !types[i].equals(types[i - 1]) || !Objects.equals(owners[i], owners[i - 1])) {
                starts.add(i);
            }
        }
        return starts;
    }
}
