package org.jsis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jsis.audit.internal.AuditHash;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append is computed by the database ({@code audit_append}, V2_6): each stored entry's hash is the one
 * {@link AuditHash} (the Java definition {@code jsis audit verify} uses) computes from the stored row, for
 * users and the system, with and without purpose, terms and owners, in several scripts, as rows or lists.
 */
@SpringBootTest
class AuditAppendIntegrationTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    record Officer(long id, String username, String stateCode, String agencyCode) implements Actor {}

    @Test
    void storedHashesAreTheJavaDefinitionsOfTheStoredEntries() {
        Actor officer = new Officer(42, "офицер-kz", "KAZ", "KAZ-BORDER");
        List<AuditedRecord> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(AuditedRecord.of("border-crossing", "id-" + i, i < 70 ? "KAZ" : "KGZ"));
        }
        List<Long> seqs = transactions.execute(status -> List.of(
                audit.record(AuditEntry.of("test.append").by(Actor.system("append-test"))),
                audit.record(AuditEntry.of("test.append")
                        .withPurpose(Purpose.BORDER_CHECK)
                        .withTerm("surname", "Бордюжа 李 \"quoted\" \\ tab\t")
                        .withTerm("count", 3)
                        .withRecords(
                                List.of(AuditedRecord.of("probe", "Ж-1", null), AuditedRecord.of("probe", "é", "KGZ")))
                        .by(officer)),
                audit.record(AuditEntry.of("test.append.bulk").withRecords(many).by(officer))));
        assertThat(seqs).doesNotHaveDuplicates();
        // one transaction keeps one chain, at consecutive positions
        List<Map<String, Object>> rows =
                jdbc.sql("""
                        SELECT seq, at, user_id, username, agency_code, state_code, action, purpose, query_terms,
                               prev_hash, entry_hash, chain, chain_pos, prev_seq
                        FROM audit_entry WHERE seq IN (:seqs) ORDER BY seq""").param("seqs", seqs).query().listOfRows();
        assertThat(rows).hasSize(3);
        assertThat(rows)
                .extracting(r -> r.get("chain"))
                .containsOnly(rows.get(0).get("chain"));
        for (int i = 1; i < rows.size(); i++) {
            assertThat((Long) rows.get(i).get("chain_pos"))
                    .isEqualTo((Long) rows.get(i - 1).get("chain_pos") + 1);
            assertThat(rows.get(i).get("prev_seq")).isEqualTo(rows.get(i - 1).get("seq"));
            assertThat((byte[]) rows.get(i).get("prev_hash"))
                    .isEqualTo((byte[]) rows.get(i - 1).get("entry_hash"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record_list WHERE entry_seq = :s")
                        .param("s", seqs.get(2))
                        .query(Long.class)
                        .single())
                .as("the 100 records in two runs are kept as two lists")
                .isEqualTo(2L);
        for (Map<String, Object> row : rows) {
            long seq = (Long) row.get("seq");
            List<AuditHash.Row> records = jdbc.sql("""
                            SELECT record_type, record_id, owner_state FROM audit_record_all
                            WHERE entry_seq = :s ORDER BY position""")
                    .param("s", seq)
                    .query((rs, n) -> new AuditHash.Row(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .list();
            Instant at = ((OffsetDateTime) jdbc.sql("SELECT at FROM audit_entry WHERE seq = :s")
                            .param("s", seq)
                            .query(OffsetDateTime.class)
                            .single())
                    .toInstant();
            Object user = row.get("user_id");
            String state = (String) row.get("state_code");
            byte[] expected = AuditHash.of(
                    (byte[]) row.get("prev_hash"),
                    new AuditHash.Link(((Number) row.get("chain")).intValue(), (Long) row.get("chain_pos"), (Long)
                            row.get("prev_seq")),
                    new AuditHash.Content(
                            seq,
                            at,
                            user == null ? null : ((Number) user).longValue(),
                            (String) row.get("username"),
                            (String) row.get("agency_code"),
                            state,
                            (String) row.get("action"),
                            (String) row.get("purpose"),
                            (String) row.get("query_terms"),
                            records));
            assertThat((byte[]) row.get("entry_hash")).as("entry %d", seq).isEqualTo(expected);
        }
        AuditVerification result = new AuditVerifier(dataSource).verify();
        assertThat(result.intact()).as(result.message()).isTrue();
    }

    /**
     * Every record row names an existing entry (checked per statement since V2_8, per row before): an insert into
     * {@code audit_record} or {@code audit_record_list} that names an entry that does not exist fails as a whole,
     * with SQLSTATE 23503 and the entry named, also when the other rows of the same statement name entries that
     * exist; rows naming an existing entry are accepted.
     */
    @Test
    void recordsMustNameAnExistingEntry() {
        long seq = transactions.execute(status -> audit.record(AuditEntry.of("test.append.orphans")
                .withRecords(List.of(AuditedRecord.of("probe", "kept", "KAZ")))
                .by(Actor.system("append-test"))));
        long missing = jdbc.sql("SELECT nextval('audit_entry_seq') + 1000000")
                .query(Long.class)
                .single();
        List<String> refused = List.of(
                "INSERT INTO audit_record (entry_seq, position, record_type, record_id, owner_state) VALUES (" + missing
                        + ", 0, 'probe', 'orphan', NULL)",
                "INSERT INTO audit_record (entry_seq, position, record_type, record_id, owner_state) VALUES (" + seq
                        + ", 7, 'probe', 'extra', NULL), (" + missing + ", 0, 'probe', 'orphan', 'KAZ')",
                "INSERT INTO audit_record_list (entry_seq, position, record_type, owner_state, record_ids) VALUES ("
                        + missing + ", 0, 'probe', NULL, '{a,b}')",
                "INSERT INTO audit_record_list (entry_seq, position, record_type, owner_state, record_ids) VALUES ("
                        + seq + ", 7, 'probe', NULL, '{a}'), (" + missing + ", 0, 'probe', NULL, '{b}')");
        for (String sql : refused) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(
                            status -> jdbc.sql(sql).update()))
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("names audit entry " + missing + " which does not exist")
                    .rootCause()
                    .hasFieldOrPropertyWithValue("SQLState", "23503");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record_all WHERE entry_seq IN (:s, :m)")
                        .param("s", seq)
                        .param("m", missing)
                        .query(Long.class)
                        .single())
                .as("nothing of the refused statements was kept")
                .isEqualTo(1L);
        // A row naming an existing entry is accepted (here in a transaction rolled back, to keep the trail intact).
        transactions.executeWithoutResult(status -> {
            assertThat(jdbc.sql("INSERT INTO audit_record (entry_seq, position, record_type, record_id) VALUES (" + seq
                                    + ", 1, 'probe', 'added')")
                            .update())
                    .isEqualTo(1);
            assertThat(jdbc.sql("INSERT INTO audit_record_list (entry_seq, position, record_type, record_ids) VALUES ("
                                    + seq + ", 2, 'probe', '{x,y}')")
                            .update())
                    .isEqualTo(1);
            status.setRollbackOnly();
        });
        AuditVerification result = new AuditVerifier(dataSource).verify();
        assertThat(result.intact()).as(result.message()).isTrue();
    }

    /** An entry with no records, with a few (rows) and with many in long runs (lists) in one transaction's chain. */
    @Test
    void entriesWithoutWithAFewAndWithManyRecordsAreStoredInTheirTables() {
        List<AuditedRecord> many = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            many.add(AuditedRecord.of("border-crossing", "c-" + i, "KGZ"));
        }
        List<Long> seqs = transactions.execute(status -> List.of(
                audit.record(AuditEntry.of("test.append.none").by(Actor.system("append-test"))),
                audit.record(AuditEntry.of("test.append.few")
                        .withRecords(List.of(
                                AuditedRecord.of("probe", "a", "KAZ"),
                                AuditedRecord.of("probe", "b", null),
                                AuditedRecord.of("other", "c", "KAZ")))
                        .by(Actor.system("append-test"))),
                audit.record(AuditEntry.of("test.append.many").withRecords(many).by(Actor.system("append-test")))));
        List<String> stored = new ArrayList<>();
        for (long seq : seqs) {
            stored.add(jdbc.sql("""
                            SELECT (SELECT count(*) FROM audit_record WHERE entry_seq = :s) || ' rows, '
                                   || (SELECT count(*) FROM audit_record_list WHERE entry_seq = :s) || ' lists, '
                                   || coalesce((SELECT string_agg(record_id, ',' ORDER BY position) FROM audit_record_all
                                                WHERE entry_seq = :s AND position < 3), '-')""").param("s", seq).query(String.class).single());
        }
        assertThat(stored)
                .containsExactly("0 rows, 0 lists, -", "3 rows, 0 lists, a,b,c", "0 rows, 1 lists, c-0,c-1,c-2");
        AuditVerification result = new AuditVerifier(dataSource).verify();
        assertThat(result.intact()).as(result.message()).isTrue();
    }
}
