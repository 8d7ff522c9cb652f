package org.jsis.border.internal;

import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jsis.audit.AuditAppend;
import org.jsis.border.Checkpoint;
import org.jsis.border.CrossingConflictException;
import org.jsis.border.CrossingSubmission;
import org.jsis.border.DocumentData;
import org.jsis.border.IngestResult;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes batches of crossings with plain JDBC on the transaction's connection: one query for the
 * documents already known, two for the birth-date candidates of new documents, COPY and a multi-row
 * insert (unnest) for new travellers and documents, and COPY for the crossings, straight into the
 * table; only when its primary key finds an id already recorded (a resend) is the COPY undone (to a
 * savepoint), the recorded ids looked up (duplicates or conflicts) and the rest written again. A
 * batch costs a handful of round trips whatever its size; that is what makes bulk ingest fast.
 */
@Component
public class CrossingStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CrossingStore.class);

    private final DataSource dataSource;
    private final TravellerLinker linker = new TravellerLinker();

    CrossingStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One crossing of a batch, with what the store learns about it. */
    static final class Row {
        final CrossingSubmission s;
        final Checkpoint checkpoint;
        final byte[] hash;
        long documentId;
        long travellerId;
        String mismatch;

        Row(CrossingSubmission s, Checkpoint checkpoint) {
            this.s = s;
            this.checkpoint = checkpoint;
            this.hash = ContentHash.of(s);
        }

        DocKey docKey() {
            DocumentData d = s.document();
            return new DocKey(d.issuingState(), d.number(), d.type());
        }
    }

    record DocKey(String issuingState, String number, String type) {}

    /**
     * Writes the batch in the current transaction (the caller's {@code @Transactional}).
     *
     * @throws CrossingConflictException when an id was recorded with other content; the caller's
     *     transaction must then roll back
     */
    public Written write(List<CrossingSubmission> batch, Map<Long, Checkpoint> checkpoints, String recordedBy) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            return write(con, batch, checkpoints, recordedBy);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Records one crossing with its audit entry ({@code append}, the entry of the crossing recorded now), each
     * statement a transaction of its own unless the caller has one: every statement that writes writes the
     * crossing together with its audit entry (and the new traveller and document, the stay queue row and the
     * identity warning), so it commits all of it or nothing, and one that would leave a traveller or document
     * without the crossing fails instead (a concurrent transaction recorded the same document or crossing id
     * first: {@link RetryableWriteException}, and the retry sees its rows). {@link Written#audited()} is false
     * when the crossing was recorded before (nothing written: the caller audits the retry).
     *
     * @throws CrossingConflictException when the id was recorded with other content (nothing written)
     */
    public Written recordOne(CrossingSubmission s, Checkpoint checkpoint, String recordedBy, AuditAppend append) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            return writeOne(con, s, checkpoint, recordedBy, append);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    private static RuntimeException failure(SQLException e) {
        String state = e.getSQLState();
        if ("40P01".equals(state) || "40001".equals(state) || "23505".equals(state)) {
            return new RetryableWriteException(e);
        }
        return new IllegalStateException("writing crossings failed: " + e.getMessage(), e);
    }

    /**
     * What a batch did, and the crossings it recorded now (in submission order) with their owning states;
     * {@code audited} when the batch's audit entry was appended with the write.
     */
    public record Written(IngestResult result, List<UUID> insertedIds, List<String> insertedOwners, boolean audited) {

        Written(IngestResult result, List<UUID> insertedIds, List<String> insertedOwners) {
            this(result, insertedIds, insertedOwners, false);
        }
    }

    private Written write(
            Connection con, List<CrossingSubmission> batch, Map<Long, Checkpoint> checkpoints, String recordedBy)
            throws SQLException {
        LinkedHashMap<UUID, Row> rows = new LinkedHashMap<>();
        List<UUID> conflicts = new ArrayList<>();
        int duplicates = 0;
        for (CrossingSubmission s : batch) {
            Row row = new Row(s, checkpoints.get(s.checkpointId()));
            Row previous = rows.putIfAbsent(s.id(), row);
            if (previous != null) {
                if (Arrays.equals(previous.hash, row.hash)) {
                    duplicates++;
                } else {
                    conflicts.add(s.id());
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new CrossingConflictException(conflicts);
        }
        long t0 = System.nanoTime();
        resolveDocuments(con, rows.values());
        long t1 = System.nanoTime();
        // Optimistic: the crossings go straight into the table, whose primary key finds any id already
        // recorded; only then (a resend) are the recorded ids looked up, and the rest written again.
        Savepoint beforeCrossings = con.setSavepoint();
        try {
            insertCrossings(con, rows.values(), recordedBy);
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            con.rollback(beforeCrossings);
            duplicates += removeRecorded(con, rows, conflicts);
            if (!conflicts.isEmpty()) {
                throw new CrossingConflictException(conflicts);
            }
            if (rows.isEmpty()) {
                return new Written(new IngestResult(batch.size(), 0, duplicates), List.of(), List.of());
            }
            insertCrossings(con, rows.values(), recordedBy);
        }
        long t2 = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug(
                    "batch of {}: documents {} ms, crossings {} ms",
                    rows.size(),
                    (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000);
        }
        // COPY wrote every row or failed: what is left in rows is what this batch recorded.
        List<Row> written = List.copyOf(rows.values());
        markDirty(con, written);
        insertMismatchWarnings(con, written);
        return new Written(
                new IngestResult(batch.size(), written.size(), duplicates),
                written.stream().map(r -> r.s.id()).toList(),
                written.stream().map(r -> r.checkpoint.stateCode()).toList());
    }

    /**
     * One crossing (the single-crossing API), in one round trip when no judgement of the JVM is needed, and
     * with its audit entry: {@link #RECORD_ONE} reads the crossing id's earlier content and the document, and
     * in the same statement records the crossing when the document is known, or when it is new and the
     * linker's outcome follows from the database alone (no birth date, or no traveller born that day: a new
     * traveller; a traveller born that day with the same identity key: linked EXACT, the lowest such id, as
     * {@link TravellerLinker#link} and the batch path decide), appending the audit entry from the rows it
     * inserted. Otherwise (travellers born that day, none with the same key) it answers them as the linking
     * candidates, the linker decides in the JVM and {@link #WRITE_ONE} records the new document and the crossing
     * with the audit entry. A known document presented with another surname or birth date than it was first
     * recorded with ({@code CHECK}) is recorded by {@link #WRITE_KNOWN} after the JVM's identity check, with its
     * warning when the identity differs.
     */
    private Written writeOne(
            Connection con, CrossingSubmission s, Checkpoint checkpoint, String recordedBy, AuditAppend append)
            throws SQLException {
        Row row = new Row(s, checkpoint);
        First first;
        try (PreparedStatement ps = con.prepareStatement(recordOneSql(append))) {
            bindRecordOne(ps, 1, row, recordedBy, append);
            try (ResultSet rs = ps.executeQuery()) {
                first = readRecordOne(rs, row, true);
            }
        }
        return afterRecordOne(con, row, first, recordedBy, append);
    }

    /** The statement of {@link #RECORD_ONE} with the audit call of {@code append}. */
    private static String recordOneSql(AuditAppend append) {
        return RECORD_ONE + append.call() + RECORD_ONE_END;
    }

    /** What {@link #RECORD_ONE} answered for one crossing. */
    private record First(
            String step,
            byte @Nullable [] earlier,
            @Nullable DocumentData known,
            boolean crossingWritten,
            List<TravellerLinker.Candidate> candidates) {}

    /** Sets the parameters of {@link #RECORD_ONE} for the row from parameter {@code i} on; answers the next index. */
    private static int bindRecordOne(PreparedStatement ps, int i, Row row, String recordedBy, AuditAppend append)
            throws SQLException {
        CrossingSubmission s = row.s;
        DocumentData d = s.document();
        String state = row.checkpoint.stateCode();
        String sharedWith = "{" + String.join(",", s.sharedWith()) + "}";
        String identityKey = Names.identityKey(d);
        // prior, known, day, plan
        ps.setObject(i++, s.id());
        ps.setString(i++, d.issuingState());
        ps.setString(i++, d.number());
        ps.setString(i++, d.type());
        ps.setString(i++, identityKey);
        ps.setString(i++, isoDate(d.birthDate()));
        ps.setString(i++, d.surname());
        ps.setString(i++, isoDate(d.birthDate()));
        ps.setString(i++, isoDate(d.birthDate()));
        ps.setBoolean(i++, d.birthDate() != null);
        // t: the new traveller
        i = setIdentity(ps, i, d);
        ps.setString(i++, identityKey);
        ps.setString(i++, state);
        ps.setString(i++, s.distribution());
        ps.setString(i++, sharedWith);
        // d: the new document
        i = setDocument(ps, i, d);
        ps.setString(i++, TravellerLinker.EXACT_EVIDENCE);
        ps.setString(i++, TravellerLinker.newEvidence(d));
        ps.setString(i++, state);
        ps.setString(i++, s.distribution());
        ps.setString(i++, sharedWith);
        // c: the crossing
        i = setCrossing(ps, i, row, state, sharedWith, recordedBy);
        // a: the audit entry
        i = append.bind(ps, i);
        // the lost race, the candidates when the linker must decide
        ps.setString(i++, s.id().toString());
        ps.setString(i++, isoDate(d.birthDate()));
        return i;
    }

    /**
     * Reads the answer of {@link #RECORD_ONE} (sets the known document and traveller on the row); the linking
     * candidates only when {@code candidates} (else their rows are skipped).
     */
    private static First readRecordOne(ResultSet rs, Row row, boolean candidates) throws SQLException {
        CrossingSubmission s = row.s;
        DocumentData d = s.document();
        rs.next();
        String step = rs.getString(2);
        byte[] earlier = rs.getBytes(3);
        DocumentData known = null;
        if (rs.getObject(4) != null) {
            row.documentId = rs.getLong(4);
            row.travellerId = rs.getLong(5);
            known = knownDocument(d.type(), d.number(), d.issuingState(), rs, 6);
        }
        boolean crossingWritten = rs.getInt(11) == 1;
        if (crossingWritten && rs.getObject(12) == null) {
            throw new IllegalStateException("the crossing " + s.id() + " was written without its audit entry");
        }
        if (!step.equals("PRIOR") && !step.equals("LINK") && !step.equals("CHECK") && !crossingWritten) {
            // (the statement fails in this case: border_lost_race)
            throw new IllegalStateException("the crossing " + s.id() + " was not written at step " + step);
        }
        List<TravellerLinker.Candidate> found = new ArrayList<>();
        while (rs.next()) {
            if (candidates) {
                found.add(candidate(rs, 13));
            }
        }
        return new First(step, earlier, known, crossingWritten, found);
    }

    /** What follows {@link #RECORD_ONE}'s answer: a retry's or conflict's outcome, or the JVM's check or link and write. */
    private Written afterRecordOne(Connection con, Row row, First first, String recordedBy, AuditAppend append)
            throws SQLException {
        CrossingSubmission s = row.s;
        switch (first.step()) {
            case "PRIOR" -> {
                if (Arrays.equals(first.earlier(), row.hash)) {
                    return new Written(new IngestResult(1, 0, 1), List.of(), List.of());
                }
                throw new CrossingConflictException(List.of(s.id()));
            }
            case "CHECK" -> {
                checkIdentity(row, first.known(), row.travellerId);
                writeKnown(con, row, recordedBy, append);
            }
            case "LINK" -> writeLinked(con, row, linker.link(s.document(), first.candidates()), recordedBy, append);
            default -> {
                // NEW or EXACT: recorded with the document
            }
        }
        return new Written(new IngestResult(1, 1, 0), List.of(s.id()), List.of(row.checkpoint.stateCode()), true);
    }

    /** One crossing of a group ({@link #recordGroup}): as the arguments of {@link #recordOne}. */
    public record Single(CrossingSubmission s, Checkpoint checkpoint, String recordedBy, AuditAppend append) {}

    /**
     * Group commit of single crossings: the crossings' {@link #RECORD_ONE} statements, in this order, in one
     * round trip and one transaction (one commit, one WAL flush for all). Each statement sees what the ones
     * before it wrote, so the group records what the same requests one after the other would (two crossings
     * of one new document: the second finds the first's document). Answers, for each crossing, its
     * {@link Written} when the group recorded it with its audit entry, or {@code null} when it must be written
     * on its own ({@link #recordOne}): its id was recorded before (a retry, or a conflict), or the JVM must
     * check the identity or link the document (CHECK, LINK); nothing of those was written. When any statement
     * fails (a lost race, a deadlock, a bad value), the whole group's transaction is rolled back, nothing of it
     * is kept, and this throws: the caller writes each crossing on its own.
     */
    public List<@Nullable Written> recordGroup(List<Single> group) {
        if (group.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>(group.size());
        StringBuilder sql = new StringBuilder();
        for (Single g : group) {
            rows.add(new Row(g.s(), g.checkpoint()));
            if (!sql.isEmpty()) {
                sql.append(";\n");
            }
            sql.append(recordOneSql(g.append()));
        }
        List<@Nullable Written> out = new ArrayList<>(group.size());
        try (Connection con = dataSource.getConnection()) {
            if (!con.getAutoCommit()) {
                throw new IllegalStateException("a group of crossings needs a connection in auto-commit");
            }
            // In auto-commit, the statements of one execution are sent together and end with one Sync: one
            // implicit transaction, committed (durably, synchronous_commit) when the last one has run, or rolled
            // back entirely when one fails.
            try (PreparedStatement ps = con.prepareStatement(sql.toString())) {
                // Prepared on the server from its first use: a group's text is one per group size, each of its
                // statements a prepared statement of its own on every connection, so the driver's default
                // (five executions of a text before it is prepared, each planned anew) would plan the big
                // statement again and again while the sizes warm up.
                ps.unwrap(PGStatement.class).setPrepareThreshold(1);
                int i = 1;
                for (int k = 0; k < group.size(); k++) {
                    Single g = group.get(k);
                    i = bindRecordOne(ps, i, rows.get(k), g.recordedBy(), g.append());
                }
                ps.execute();
                for (int k = 0; k < group.size(); k++) {
                    if (k > 0 && !ps.getMoreResults()) {
                        throw new IllegalStateException("a group of " + group.size() + " answered " + k + " results");
                    }
                    Row row = rows.get(k);
                    First first;
                    try (ResultSet rs = ps.getResultSet()) {
                        first = readRecordOne(rs, row, false);
                    }
                    out.add(
                            first.crossingWritten()
                                    ? new Written(
                                            new IngestResult(1, 1, 0),
                                            List.of(row.s.id()),
                                            List.of(row.checkpoint.stateCode()),
                                            true)
                                    : null);
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    /** The new document of a crossing linked by the JVM's linker, the crossing and its audit entry ({@link #WRITE_ONE}). */
    private void writeLinked(Connection con, Row row, TravellerLinker.Link link, String recordedBy, AuditAppend append)
            throws SQLException {
        CrossingSubmission s = row.s;
        DocumentData d = s.document();
        String state = row.checkpoint.stateCode();
        String sharedWith = "{" + String.join(",", s.sharedWith()) + "}";
        boolean newTraveller = link.travellerId() == null;
        try (PreparedStatement ps = con.prepareStatement(WRITE_ONE + append.call() + WRITE_ONE_END)) {
            int i = 1;
            // t: the new traveller
            i = setIdentity(ps, i, d);
            ps.setString(i++, Names.identityKey(d));
            ps.setString(i++, state);
            ps.setString(i++, s.distribution());
            ps.setString(i++, sharedWith);
            ps.setBoolean(i++, newTraveller);
            // d: the new document
            i = setDocument(ps, i, d);
            ps.setObject(i++, link.travellerId(), java.sql.Types.BIGINT);
            ps.setString(i++, link.method());
            ps.setObject(i++, link.score() == null ? null : link.score().floatValue(), java.sql.Types.REAL);
            ps.setString(i++, link.evidence());
            ps.setString(i++, state);
            ps.setString(i++, s.distribution());
            ps.setString(i++, sharedWith);
            // c: the crossing
            i = setCrossing(ps, i, row, state, sharedWith, recordedBy);
            // a: the audit entry
            i = append.bind(ps, i);
            // A concurrent transaction recorded this document or this crossing id first: the statement fails
            // (border_lost_race, nothing of it is kept) and the retry reads what the other one recorded.
            ps.setString(i++, s.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(2) != 1 || rs.getObject(3) == null) {
                    throw new IllegalStateException("the crossing " + s.id() + " was written without its audit entry");
                }
            }
        }
    }

    /** A crossing of a known document after the identity check, with its warning and audit entry ({@link #WRITE_KNOWN}). */
    private static void writeKnown(Connection con, Row row, String recordedBy, AuditAppend append) throws SQLException {
        CrossingSubmission s = row.s;
        String state = row.checkpoint.stateCode();
        String sharedWith = "{" + String.join(",", s.sharedWith()) + "}";
        try (PreparedStatement ps = con.prepareStatement(WRITE_KNOWN + append.call() + WRITE_KNOWN_END)) {
            int i = 1;
            // c: the crossing, of the known document and traveller
            ps.setObject(i++, s.id());
            ps.setString(i++, s.direction().name());
            ps.setLong(i++, s.checkpointId());
            ps.setString(i++, state);
            ps.setString(i++, s.crossedAt().toString());
            ps.setLong(i++, row.documentId);
            ps.setLong(i++, row.travellerId);
            DocumentData d = s.document();
            ps.setString(i++, d.surname());
            ps.setString(i++, d.givenNames());
            ps.setString(i++, isoDate(d.birthDate()));
            ps.setString(i++, d.nationality());
            ps.setString(i++, s.purpose());
            ps.setString(i++, recordedBy);
            ps.setBytes(i++, row.hash);
            ps.setString(i++, state);
            ps.setString(i++, s.distribution());
            ps.setString(i++, sharedWith);
            // w: the warning
            ps.setString(i++, state);
            ps.setString(i++, row.mismatch);
            ps.setString(i++, state);
            ps.setString(i++, s.distribution());
            ps.setString(i++, sharedWith);
            ps.setString(i++, row.mismatch);
            // a: the audit entry
            append.bind(ps, i);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    // The crossing id was recorded meanwhile (nothing written): the retry reads it.
                    throw new RetryableWriteException(new SQLException("lost a race for " + s.id(), "40001"));
                }
                if (rs.getObject(2) == null) {
                    throw new IllegalStateException("the crossing " + s.id() + " was written without its audit entry");
                }
            }
        }
    }

    /** Sets a new document's type, number, issuing state, expiry and identity from parameter {@code i} on. */
    private static int setDocument(PreparedStatement ps, int i, DocumentData d) throws SQLException {
        ps.setString(i++, d.type());
        ps.setString(i++, d.number());
        ps.setString(i++, d.issuingState());
        ps.setString(i++, isoDate(d.expiry()));
        return setIdentity(ps, i, d);
    }

    /** Sets the crossing's columns of {@link #RECORD_ONE} and {@link #WRITE_ONE} from parameter {@code i} on. */
    private static int setCrossing(
            PreparedStatement ps, int i, Row row, String state, String sharedWith, String recordedBy)
            throws SQLException {
        CrossingSubmission s = row.s;
        DocumentData d = s.document();
        ps.setObject(i++, s.id());
        ps.setString(i++, s.direction().name());
        ps.setLong(i++, s.checkpointId());
        ps.setString(i++, state);
        ps.setString(i++, s.crossedAt().toString());
        ps.setString(i++, d.surname());
        ps.setString(i++, d.givenNames());
        ps.setString(i++, isoDate(d.birthDate()));
        ps.setString(i++, d.nationality());
        ps.setString(i++, s.purpose());
        ps.setString(i++, recordedBy);
        ps.setBytes(i++, row.hash);
        ps.setString(i++, state);
        ps.setString(i++, s.distribution());
        ps.setString(i++, sharedWith);
        return i;
    }

    /**
     * Sets a person's identity as both the traveller and the document rows of {@link #WRITE_ONE} hold it, from
     * parameter {@code i} on; answers the next parameter's index.
     */
    private static int setIdentity(PreparedStatement ps, int i, DocumentData d) throws SQLException {
        ps.setString(i++, d.surname());
        ps.setString(i++, d.givenNames());
        ps.setString(i++, d.surnameNational());
        ps.setString(i++, d.givenNamesNational());
        ps.setString(i++, isoDate(d.birthDate()));
        ps.setString(i++, d.sex());
        ps.setString(i++, d.nationality());
        return i;
    }

    /**
     * A date as text ({@code yyyy-MM-dd}, read by {@code ?::date}) or null: the driver's own date and time
     * parameters build a calendar helper for every statement, which showed in profiles of the single
     * crossing; times go as ISO 8601 text with their offset ({@code ?::timestamptz}) for the same reason.
     */
    private static @Nullable String isoDate(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * The single crossing's statement, up to the audit call ({@link #RECORD_ONE_END} is the rest): what the
     * crossing id and the document already have, the travellers born the same day (the lowest id with the same
     * identity key, and how many), the step that follows ({@code PRIOR}: the id is recorded; {@code KNOWN}: the
     * document is; {@code NEW}: no birth date or no one born that day; {@code EXACT}: someone born that day with
     * the same key; {@code LINK}: others born that day, for the JVM's linker), and for KNOWN, NEW and EXACT the
     * writes with the audit entry from the inserted crossing. It answers one row of all that, followed for LINK
     * by the travellers born that day (the linking candidates, in id order).
     */
    // The audit entry is appended last (its call reads q, so the stay queue's insert, which may wait for a
    // concurrent transaction queueing the same traveller, runs first): the chain head it locks is held only
    // from then to the commit.
    private static final String RECORD_ONE = """
            WITH prior AS (
                SELECT content_hash FROM border_crossing WHERE id = ?),
            known AS (
                SELECT id, traveller_id, surname, given_names, birth_date, nationality FROM border_document
                WHERE issuing_state = ? AND number = ? AND doc_type = ?),
            day AS (
                SELECT min(id) FILTER (WHERE identity_key = ?) AS exact, count(*) AS n
                FROM border_traveller WHERE birth_date = ?::date),
            plan AS (
                SELECT CASE WHEN EXISTS (SELECT 1 FROM prior) THEN 'PRIOR'
                            WHEN EXISTS (SELECT 1 FROM known k WHERE k.surname = ?
                                           AND (k.birth_date IS NULL OR ?::date IS NULL OR k.birth_date = ?::date))
                                THEN 'KNOWN'
                            WHEN EXISTS (SELECT 1 FROM known) THEN 'CHECK'
                            WHEN NOT ? THEN 'NEW'
                            WHEN day.exact IS NOT NULL THEN 'EXACT'
                            WHEN day.n = 0 THEN 'NEW'
                            ELSE 'LINK' END AS step,
                       day.exact
                FROM day),
            t AS (
                INSERT INTO border_traveller (surname, given_names, surname_national, given_names_national, birth_date,
                                              sex, nationality, identity_key, owner_state, distribution, shared_with)
                SELECT ?, ?, ?, ?, ?::date, ?, ?, ?, ?, ?, CAST(? AS CHAR(3)[]) FROM plan WHERE plan.step = 'NEW'
                RETURNING id),
            d AS (
                INSERT INTO border_document (doc_type, number, issuing_state, expiry, surname, given_names,
                    surname_national, given_names_national, birth_date, sex, nationality, traveller_id, link_method,
                    link_score, link_evidence, owner_state, distribution, shared_with)
                SELECT ?, ?, ?, ?::date, ?, ?, ?, ?, ?::date, ?, ?, coalesce((SELECT id FROM t), plan.exact), plan.step,
                       CASE plan.step WHEN 'EXACT' THEN 1.0::float4 END,
                       CASE plan.step WHEN 'EXACT' THEN ?::text || plan.exact::text ELSE ?::text END,
                       ?, ?, CAST(? AS CHAR(3)[])
                FROM plan WHERE plan.step IN ('NEW', 'EXACT')
                ON CONFLICT (issuing_state, number, doc_type) DO NOTHING
                RETURNING id, traveller_id),
            src AS (
                SELECT id AS document_id, traveller_id FROM d
                UNION ALL SELECT known.id, known.traveller_id FROM known, plan WHERE plan.step = 'KNOWN'),
            c AS (
                INSERT INTO border_crossing (id, direction, checkpoint_id, host_state, crossed_at, document_id,
                    traveller_id, surname, given_names, birth_date, nationality, purpose, recorded_by, content_hash,
                    owner_state, distribution, shared_with)
                SELECT ?, ?, ?, ?, ?::timestamptz, src.document_id, src.traveller_id, ?, ?, ?::date, ?, ?, ?, ?, ?, ?,
                       CAST(? AS CHAR(3)[])
                FROM src WHERE NOT EXISTS (SELECT 1 FROM prior)
                ON CONFLICT (id) DO NOTHING
                RETURNING id, traveller_id),
            q AS (
                INSERT INTO border_stay_dirty (traveller_id) SELECT traveller_id FROM c
                ON CONFLICT (traveller_id) DO NOTHING
                RETURNING 1),
            a AS (
                SELECT\s""";

    private static final String RECORD_ONE_END = """
             AS seq FROM c WHERE (SELECT count(*) FROM q) >= 0)
            SELECT 0 AS k, plan.step, (SELECT content_hash FROM prior), known.id, known.traveller_id, known.surname,
                   known.given_names, known.birth_date, known.nationality, (SELECT count(*) FROM d),
                   (SELECT count(*) FROM c), (SELECT seq FROM a),
                   CASE WHEN plan.step IN ('KNOWN', 'NEW', 'EXACT') AND (SELECT count(*) FROM c) = 0
                        THEN border_lost_race(?) END,
                   NULL::bigint, NULL::text, NULL::text, NULL::text, NULL::text, NULL::date, NULL::text, NULL::text,
                   NULL::text
            FROM plan LEFT JOIN known ON true
            UNION ALL
            SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   t.id, t.surname, t.given_names, t.surname_national, t.given_names_national, t.birth_date, t.sex,
                   t.nationality, t.identity_key
            FROM plan, border_traveller t WHERE plan.step = 'LINK' AND t.birth_date = ?::date
            ORDER BY 1, 14
            """;

    /** A new document as the JVM's linker linked it (a new traveller or a known one), its crossing and audit entry. */
    private static final String WRITE_ONE = """
            WITH t AS (
                INSERT INTO border_traveller (surname, given_names, surname_national, given_names_national, birth_date,
                                              sex, nationality, identity_key, owner_state, distribution, shared_with)
                SELECT ?, ?, ?, ?, ?::date, ?, ?, ?, ?, ?, CAST(? AS CHAR(3)[]) WHERE ?
                RETURNING id),
            d AS (
                INSERT INTO border_document (doc_type, number, issuing_state, expiry, surname, given_names,
                    surname_national, given_names_national, birth_date, sex, nationality, traveller_id, link_method,
                    link_score, link_evidence, owner_state, distribution, shared_with)
                SELECT ?, ?, ?, ?::date, ?, ?, ?, ?, ?::date, ?, ?, coalesce((SELECT id FROM t), ?::bigint), ?,
                       ?::float4, ?, ?, ?, CAST(? AS CHAR(3)[])
                ON CONFLICT (issuing_state, number, doc_type) DO NOTHING
                RETURNING id, traveller_id),
            c AS (
                INSERT INTO border_crossing (id, direction, checkpoint_id, host_state, crossed_at, document_id,
                    traveller_id, surname, given_names, birth_date, nationality, purpose, recorded_by, content_hash,
                    owner_state, distribution, shared_with)
                SELECT ?, ?, ?, ?, ?::timestamptz, d.id, d.traveller_id, ?, ?, ?::date, ?, ?, ?, ?, ?, ?,
                       CAST(? AS CHAR(3)[])
                FROM d
                ON CONFLICT (id) DO NOTHING
                RETURNING id, traveller_id),
            q AS (
                INSERT INTO border_stay_dirty (traveller_id) SELECT traveller_id FROM c
                ON CONFLICT (traveller_id) DO NOTHING
                RETURNING 1),
            a AS (
                SELECT\s""";

    private static final String WRITE_ONE_END = """
             AS seq FROM c WHERE (SELECT count(*) FROM q) >= 0)
            SELECT (SELECT count(*) FROM d), (SELECT count(*) FROM c), (SELECT seq FROM a),
                   CASE WHEN (SELECT count(*) FROM c) = 0 THEN border_lost_race(?) END
            """;

    /**
     * A crossing of a known document after the JVM's identity check, with the stay queue row, the identity
     * warning when the check found one, and the audit entry (appended last). Writes nothing when the crossing
     * id was recorded meanwhile.
     */
    private static final String WRITE_KNOWN = """
            WITH c AS (
                INSERT INTO border_crossing (id, direction, checkpoint_id, host_state, crossed_at, document_id,
                    traveller_id, surname, given_names, birth_date, nationality, purpose, recorded_by, content_hash,
                    owner_state, distribution, shared_with)
                SELECT ?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?, ?::date, ?, ?, ?, ?, ?, ?, CAST(? AS CHAR(3)[])
                ON CONFLICT (id) DO NOTHING
                RETURNING id, traveller_id),
            q AS (
                INSERT INTO border_stay_dirty (traveller_id) SELECT traveller_id FROM c
                ON CONFLICT (traveller_id) DO NOTHING
                RETURNING 1),
            w AS (
                INSERT INTO border_warning (kind, traveller_id, host_state, crossing_id, detail, owner_state,
                                            distribution, shared_with)
                SELECT 'DOCUMENT_IDENTITY_MISMATCH', c.traveller_id, ?, c.id, ?, ?, ?, CAST(? AS CHAR(3)[])
                FROM c WHERE ?::text IS NOT NULL
                ON CONFLICT (kind, crossing_id) DO NOTHING
                RETURNING 1),
            a AS (
                SELECT\s""";

    private static final String WRITE_KNOWN_END = """
             AS seq FROM c WHERE (SELECT count(*) FROM q) + (SELECT count(*) FROM w) >= 0)
            SELECT (SELECT count(*) FROM c), (SELECT seq FROM a)
            """;

    /** Removes the rows already recorded; counts same-content ones, collects conflicting ids. */
    private static int removeRecorded(Connection con, Map<UUID, Row> rows, List<UUID> conflicts) throws SQLException {
        int duplicates = 0;
        try (PreparedStatement ps =
                con.prepareStatement("SELECT id, content_hash FROM border_crossing WHERE id = ANY (?)")) {
            ps.setArray(1, con.createArrayOf("uuid", rows.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    Row row = rows.remove(id);
                    if (row != null && Arrays.equals(row.hash, rs.getBytes(2))) {
                        duplicates++;
                    } else {
                        conflicts.add(id);
                    }
                }
            }
        }
        return duplicates;
    }

    private void resolveDocuments(Connection con, Collection<Row> rows) throws SQLException {
        Map<DocKey, List<Row>> byDoc = new LinkedHashMap<>();
        for (Row r : rows) {
            byDoc.computeIfAbsent(r.docKey(), k -> new ArrayList<>()).add(r);
        }
        long a = System.nanoTime();
        Set<DocKey> found = findDocuments(con, byDoc);
        long b = System.nanoTime();
        List<DocKey> missing =
                byDoc.keySet().stream().filter(k -> !found.contains(k)).toList();
        if (missing.isEmpty()) {
            return;
        }
        // by birth date as days since 1970 (LocalDate's hash code puts the dates of a month in every year
        // together)
        Map<Long, List<TravellerLinker.Candidate>> candidates = candidates(con, missing, byDoc);
        long c = System.nanoTime();
        int matcherCalls = 0;
        List<NewDocument> news = new ArrayList<>();
        List<NewDocument> newTravellers = new ArrayList<>();
        long[] ids = nextTravellerIds(con, missing.size());
        int next = 0;
        for (DocKey key : missing) {
            Row first = byDoc.get(key).get(0);
            DocumentData d = first.s.document();
            List<TravellerLinker.Candidate> sameDay = d.birthDate() == null
                    ? List.of()
                    : candidates.getOrDefault(d.birthDate().toEpochDay(), List.of());
            TravellerLinker.Link link = linker.link(d, sameDay);
            if (link.method().equals("MATCHER") || link.evidence().contains("none matched")) {
                matcherCalls++;
            }
            NewDocument nd = new NewDocument(key, first, link);
            if (link.travellerId() == null) {
                nd.travellerId = ids[next++];
                newTravellers.add(nd);
                if (d.birthDate() != null) {
                    candidates
                            .computeIfAbsent(d.birthDate().toEpochDay(), k -> new ArrayList<>())
                            .add(new TravellerLinker.Candidate(
                                    nd.travellerId,
                                    d.surname(),
                                    d.givenNames(),
                                    d.nationalName(),
                                    d.birthDate(),
                                    d.sex(),
                                    d.nationality(),
                                    Names.identityKey(d)));
                }
            } else {
                nd.travellerId = link.travellerId();
            }
            news.add(nd);
        }
        long e = System.nanoTime();
        insertTravellers(con, newTravellers);
        Map<DocKey, Long> inserted = insertDocuments(con, news);
        long f = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug(
                    "documents: {} known, {} new ({} matcher calls, {} candidates): find {} ms, candidates {} ms,"
                            + " link {} ms, insert {} ms",
                    found.size(),
                    missing.size(),
                    matcherCalls,
                    candidates.values().stream().mapToInt(List::size).sum(),
                    (b - a) / 1_000_000,
                    (c - b) / 1_000_000,
                    (e - c) / 1_000_000,
                    (f - e) / 1_000_000);
        }
        Map<DocKey, List<Row>> lost = new LinkedHashMap<>();
        for (NewDocument nd : news) {
            Long docId = inserted.get(nd.key);
            if (docId == null) {
                lost.put(nd.key, byDoc.get(nd.key));
                continue;
            }
            for (Row r : byDoc.get(nd.key)) {
                r.documentId = docId;
                r.travellerId = nd.travellerId;
                checkIdentity(r, nd.first.s.document(), nd.travellerId);
            }
        }
        if (!lost.isEmpty()) {
            // A concurrent batch recorded the same new document first: use its row, and drop the
            // travellers created for nothing.
            findDocuments(con, lost);
            try (PreparedStatement ps = con.prepareStatement("""
                    DELETE FROM border_traveller t WHERE t.id = ANY (?)
                      AND NOT EXISTS (SELECT 1 FROM border_document d WHERE d.traveller_id = t.id)
                    """)) {
                ps.setArray(
                        1,
                        con.createArrayOf(
                                "bigint",
                                newTravellers.stream().map(n -> n.travellerId).toArray()));
                ps.executeUpdate();
            }
        }
    }

    static final class NewDocument {
        final DocKey key;
        final Row first;
        final TravellerLinker.Link link;
        long travellerId;

        NewDocument(DocKey key, Row first, TravellerLinker.Link link) {
            this.key = key;
            this.first = first;
            this.link = link;
        }
    }

    /** Sets document and traveller on the rows of documents already known; returns the keys found. */
    private static Set<DocKey> findDocuments(Connection con, Map<DocKey, List<Row>> byDoc) throws SQLException {
        Set<DocKey> found = new HashSet<>();
        List<DocKey> keys = new ArrayList<>(byDoc.keySet());
        try (PreparedStatement ps = con.prepareStatement("""
                SELECT d.id, d.issuing_state, d.number, d.doc_type, d.traveller_id, d.surname, d.given_names,
                       d.birth_date, d.nationality
                FROM border_document d
                JOIN unnest(?::text[], ?::text[], ?::text[]) AS k (s, n, t)
                  ON d.issuing_state = k.s AND d.number = k.n AND d.doc_type = k.t
                """)) {
            ps.setArray(
                    1, textArray(con, keys.stream().map(DocKey::issuingState).toList()));
            ps.setArray(2, textArray(con, keys.stream().map(DocKey::number).toList()));
            ps.setArray(3, textArray(con, keys.stream().map(DocKey::type).toList()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DocKey key = new DocKey(rs.getString(2), rs.getString(3), rs.getString(4));
                    found.add(key);
                    DocumentData known = knownDocument(key.type(), key.number(), key.issuingState(), rs, 6);
                    for (Row r : byDoc.get(key)) {
                        r.documentId = rs.getLong(1);
                        r.travellerId = rs.getLong(5);
                        checkIdentity(r, known, r.travellerId);
                    }
                }
            }
        }
        return found;
    }

    /** Notes a DOCUMENT_IDENTITY_MISMATCH when the holder presented differs from the document's first holder. */
    private static void checkIdentity(Row r, DocumentData known, long travellerId) {
        DocumentData d = r.s.document();
        boolean birthDiffers = d.birthDate() != null
                && known.birthDate() != null
                && !d.birthDate().equals(known.birthDate());
        boolean surnameDiffers = !Names.key(d.surname()).equals(Names.key(known.surname()));
        if (birthDiffers || surnameDiffers) {
            r.mismatch = "document " + d.issuingState() + " " + d.number() + " was recorded for " + known.surname()
                    + " " + known.givenNames() + " born " + known.birthDate() + " (traveller " + travellerId
                    + "), now presented by " + d.surname() + " " + d.givenNames() + " born " + d.birthDate();
        }
    }

    /**
     * The known travellers that may be linked to the new documents, by birth date. Many people share a
     * birth date (about a hundred per day among two million travellers), and the linker only ever looks
     * at those with the same identity key or a plausible name ({@link TravellerLinker#considers}): their
     * id, sex and identity key are read first (an index-only scan of {@code border_traveller_birth_idx}),
     * and the details only of those that pass.
     */
    private static Map<Long, List<TravellerLinker.Candidate>> candidates(
            Connection con, List<DocKey> missing, Map<DocKey, List<Row>> byDoc) throws SQLException {
        Map<Long, List<DocumentData>> docsByBirth = new HashMap<>();
        for (DocKey k : missing) {
            DocumentData d = byDoc.get(k).get(0).s.document();
            if (d.birthDate() != null) {
                docsByBirth
                        .computeIfAbsent(d.birthDate().toEpochDay(), b -> new ArrayList<>())
                        .add(d);
            }
        }
        Map<Long, List<TravellerLinker.Candidate>> out = new HashMap<>();
        if (docsByBirth.isEmpty()) {
            return out;
        }
        Map<Long, List<String>> docKeys = new HashMap<>();
        docsByBirth.forEach((birth, docs) ->
                docKeys.put(birth, docs.stream().map(Names::identityKey).toList()));
        List<Long> needed = new ArrayList<>();
        try (PreparedStatement ps = con.prepareStatement(
                "SELECT id, birth_date - DATE '1970-01-01', sex, identity_key FROM border_traveller"
                        + " WHERE birth_date = ANY (?)")) {
            ps.setArray(
                    1,
                    con.createArrayOf(
                            "date",
                            docsByBirth.keySet().stream()
                                    .map(day -> Date.valueOf(LocalDate.ofEpochDay(day)))
                                    .toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long birth = rs.getLong(2);
                    String sex = rs.getString(3);
                    String identityKey = rs.getString(4);
                    List<DocumentData> docs = docsByBirth.get(birth);
                    List<String> keys = docKeys.get(birth);
                    for (int i = 0; i < docs.size(); i++) {
                        if (TravellerLinker.considers(docs.get(i), keys.get(i), sex, identityKey)) {
                            needed.add(rs.getLong(1));
                            break;
                        }
                    }
                }
            }
        }
        if (needed.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = con.prepareStatement("""
                SELECT id, surname, given_names, surname_national, given_names_national, birth_date, sex,
                       nationality, identity_key
                FROM border_traveller WHERE id = ANY (?) ORDER BY id
                """)) {
            ps.setArray(1, con.createArrayOf("bigint", needed.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TravellerLinker.Candidate c = candidate(rs);
                    out.computeIfAbsent(c.birthDate().toEpochDay(), k -> new ArrayList<>())
                            .add(c);
                }
            }
        }
        return out;
    }

    /** A linking candidate from a row of id, surname, given names, national surname and given names, birth date, sex, nationality, identity key. */
    private static TravellerLinker.Candidate candidate(ResultSet rs) throws SQLException {
        return candidate(rs, 0);
    }

    /** As {@link #candidate(ResultSet)}, from the columns after the first {@code skip}. */
    private static TravellerLinker.Candidate candidate(ResultSet rs, int skip) throws SQLException {
        LocalDate birth = rs.getObject(skip + 6, LocalDate.class);
        String surnameNational = rs.getString(skip + 4);
        String givenNational = rs.getString(skip + 5);
        String national = surnameNational == null
                ? null
                : givenNational == null ? surnameNational : surnameNational + " " + givenNational;
        return new TravellerLinker.Candidate(
                rs.getLong(skip + 1),
                rs.getString(skip + 2),
                rs.getString(skip + 3),
                national,
                birth,
                rs.getString(skip + 7),
                rs.getString(skip + 8),
                rs.getString(skip + 9));
    }

    private static long[] nextTravellerIds(Connection con, int n) throws SQLException {
        long[] ids = new long[n];
        try (PreparedStatement ps = con.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('border_traveller', 'id')) FROM generate_series(1, ?)")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    private static void insertTravellers(Connection con, List<NewDocument> news) throws SQLException {
        if (news.isEmpty()) {
            return;
        }
        CopyText copy = new CopyText();
        for (NewDocument nd : news) {
            DocumentData d = nd.first.s.document();
            copy.field(nd.travellerId)
                    .field(d.surname())
                    .field(d.givenNames())
                    .field(d.surnameNational())
                    .field(d.givenNamesNational())
                    .field(d.birthDate())
                    .field(d.sex())
                    .field(d.nationality())
                    .field(Names.identityKey(d))
                    .field(nd.first.checkpoint.stateCode())
                    .field(nd.first.s.distribution())
                    .textArray(nd.first.s.sharedWith())
                    .endRow();
        }
        copyIn(
                con,
                "COPY border_traveller (id, surname, given_names, surname_national, given_names_national, birth_date,"
                        + " sex, nationality, identity_key, owner_state, distribution, shared_with) FROM STDIN",
                copy);
    }

    /** One multi-row insert (unnest of column arrays), in key order so that concurrent batches never deadlock. */
    private static Map<DocKey, Long> insertDocuments(Connection con, List<NewDocument> news) throws SQLException {
        List<NewDocument> sorted = new ArrayList<>(news);
        sorted.sort(java.util.Comparator.comparing((NewDocument n) -> n.key.issuingState())
                .thenComparing(n -> n.key.number())
                .thenComparing(n -> n.key.type()));
        int size = sorted.size();
        Object[][] cols = new Object[18][size];
        for (int i = 0; i < size; i++) {
            NewDocument nd = sorted.get(i);
            DocumentData d = nd.first.s.document();
            cols[0][i] = d.type();
            cols[1][i] = d.number();
            cols[2][i] = d.issuingState();
            cols[3][i] = d.expiry() == null ? null : Date.valueOf(d.expiry());
            cols[4][i] = d.surname();
            cols[5][i] = d.givenNames();
            cols[6][i] = d.surnameNational();
            cols[7][i] = d.givenNamesNational();
            cols[8][i] = d.birthDate() == null ? null : Date.valueOf(d.birthDate());
            cols[9][i] = d.sex();
            cols[10][i] = d.nationality();
            cols[11][i] = nd.travellerId;
            cols[12][i] = nd.link.method();
            cols[13][i] = nd.link.score() == null ? null : nd.link.score().floatValue();
            cols[14][i] = nd.link.evidence();
            cols[15][i] = nd.first.checkpoint.stateCode();
            cols[16][i] = nd.first.s.distribution();
            cols[17][i] = "{" + String.join(",", nd.first.s.sharedWith()) + "}";
        }
        String[] types = {
            "text", "text", "text", "date", "text", "text", "text", "text", "date", "text", "text", "int8", "text",
            "float4", "text", "text", "text", "text"
        };
        Map<DocKey, Long> ids = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement("""
                INSERT INTO border_document (doc_type, number, issuing_state, expiry, surname, given_names,
                    surname_national, given_names_national, birth_date, sex, nationality, traveller_id, link_method,
                    link_score, link_evidence, owner_state, distribution, shared_with)
                SELECT t, n, s, e, sn, gn, snn, gnn, b, sx, nat, tr, lm, ls, le, o, dist, CAST(sw AS CHAR(3)[])
                FROM unnest(?::text[], ?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::date[], ?::text[], ?::text[], ?::int8[], ?::text[], ?::float4[], ?::text[], ?::text[],
                            ?::text[], ?::text[])
                     AS u (t, n, s, e, sn, gn, snn, gnn, b, sx, nat, tr, lm, ls, le, o, dist, sw)
                ON CONFLICT (issuing_state, number, doc_type) DO NOTHING
                RETURNING id, issuing_state, number, doc_type
                """)) {
            for (int c = 0; c < cols.length; c++) {
                ps.setArray(c + 1, con.createArrayOf(types[c], cols[c]));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(new DocKey(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * COPY straight into the table. A unique violation (23505) means an id is recorded already: the
     * caller looks the ids up and writes the rest; if it happens again, a concurrent batch recorded one
     * of them meanwhile, and the whole batch is retried (the retry sees it as a duplicate or a conflict).
     */
    private static void insertCrossings(Connection con, Collection<Row> rows, String recordedBy) throws SQLException {
        CopyText copy = new CopyText();
        for (Row r : rows) {
            CrossingSubmission s = r.s;
            DocumentData d = s.document();
            copy.field(s.id())
                    .field(s.direction())
                    .field(s.checkpointId())
                    .field(r.checkpoint.stateCode())
                    .field(s.crossedAt())
                    .field(r.documentId)
                    .field(r.travellerId)
                    .field(d.surname())
                    .field(d.givenNames())
                    .field(d.birthDate())
                    .field(d.nationality())
                    .field(s.purpose())
                    .field(recordedBy)
                    .bytea(r.hash)
                    .field(r.checkpoint.stateCode())
                    .field(s.distribution())
                    .textArray(s.sharedWith())
                    .endRow();
        }
        copyIn(
                con,
                "COPY border_crossing (id, direction, checkpoint_id, host_state, crossed_at, document_id, traveller_id,"
                        + " surname, given_names, birth_date, nationality, purpose, recorded_by, content_hash,"
                        + " owner_state, distribution, shared_with) FROM STDIN",
                copy);
    }

    private static void markDirty(Connection con, List<Row> rows) throws SQLException {
        java.util.TreeSet<Long> travellers = new java.util.TreeSet<>();
        rows.forEach(r -> travellers.add(r.travellerId));
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO border_stay_dirty (traveller_id)"
                + " SELECT unnest(?::bigint[]) ON CONFLICT (traveller_id) DO NOTHING")) {
            ps.setArray(1, con.createArrayOf("bigint", travellers.toArray()));
            ps.executeUpdate();
        }
    }

    private static void insertMismatchWarnings(Connection con, List<Row> rows) throws SQLException {
        List<Row> mismatches = rows.stream().filter(r -> r.mismatch != null).toList();
        if (mismatches.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = con.prepareStatement("""
                INSERT INTO border_warning (kind, traveller_id, host_state, crossing_id, detail, owner_state,
                                            distribution, shared_with)
                VALUES ('DOCUMENT_IDENTITY_MISMATCH', ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, crossing_id) DO NOTHING
                """)) {
            for (Row r : mismatches) {
                ps.setLong(1, r.travellerId);
                ps.setString(2, r.checkpoint.stateCode());
                ps.setObject(3, r.s.id());
                ps.setString(4, r.mismatch);
                ps.setString(5, r.checkpoint.stateCode());
                ps.setString(6, r.s.distribution());
                ps.setArray(7, textArray(con, r.s.sharedWith()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void copyIn(Connection con, String sql, CopyText copy) throws SQLException {
        try {
            con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(copy.text()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    private static Array textArray(Connection con, List<String> values) throws SQLException {
        return con.createArrayOf("text", values.toArray());
    }

    /**
     * A stored document as the identity checks need it: its key, and from column {@code col} on the
     * surname, given names, birth date and nationality it was recorded with.
     */
    private static DocumentData knownDocument(String type, String number, String issuingState, ResultSet rs, int col)
            throws SQLException {
        LocalDate birth = rs.getObject(col + 2, LocalDate.class);
        return new DocumentData(
                type,
                number,
                issuingState,
                null,
                rs.getString(col),
                rs.getString(col + 1),
                null,
                null,
                birth,
                null,
                rs.getString(col + 3));
    }
}
