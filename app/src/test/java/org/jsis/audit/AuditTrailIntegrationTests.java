package org.jsis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jsis.audit.internal.AuditHash;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail on the real PostgreSQL: append-only, hash-chained, and tampering detected. */
@SpringBootTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    static final String REFUSED_BY_PRIVILEGES = "permission denied";

    final Actor tester = Actor.system("audit-test");

    long append(String action, AuditedRecord... records) {
        return audit.record(AuditEntry.of(action)
                .withPurpose(Purpose.INVESTIGATION)
                .withTerm("name", "Бордюжа")
                .withRecords(List.of(records))
                .by(tester));
    }

    AuditVerification verify() {
        return new AuditVerifier(dataSource).verify();
    }

    @Test
    void entriesAreChainedAndVerify() {
        long first = append("test.search", AuditedRecord.of("probe", 1, "ARM"), AuditedRecord.of("probe", 2, "BLR"));
        long second = append("test.view", AuditedRecord.of("probe", 1, "ARM"));
        assertThat(second).isEqualTo(first + 1);
        AuditVerification result = verify();
        assertThat(result.intact()).as(result.message()).isTrue();
        assertThat(result.entries()).isGreaterThanOrEqualTo(second);
        assertThat(result.message()).startsWith("OK: " + result.entries() + " audit entries");
        Map<String, Object> row = jdbc.sql("SELECT purpose, query_terms, state_code FROM audit_entry WHERE seq = :s")
                .param("s", first)
                .query()
                .singleRow();
        assertThat(row.get("purpose")).isEqualTo("INVESTIGATION");
        assertThat((String) row.get("query_terms")).contains("Бордюжа");
    }

    /**
     * Refused by the append-only triggers; on an external PostgreSQL, whose owner role is not a superuser,
     * the privileges that migration V2_2 and V2_3 took away refuse some statements before any trigger runs.
     */
    @Test
    void applicationCannotUpdateDeleteOrTruncateTheTrail() {
        long seq = append("test.view", AuditedRecord.of("probe", 7, "KAZ"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET username = 'x' WHERE seq = :s")
                        .param("s", seq)
                        .update())
                .rootCause()
                .message()
                .containsAnyOf("append-only", REFUSED_BY_PRIVILEGES);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = :s")
                        .param("s", seq)
                        .update())
                .rootCause()
                .message()
                .containsAnyOf("append-only", REFUSED_BY_PRIVILEGES);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET owner_state = 'RUS' WHERE entry_seq = :s")
                        .param("s", seq)
                        .update())
                .rootCause()
                .message()
                .containsAnyOf("append-only", REFUSED_BY_PRIVILEGES);
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_record, audit_entry").update())
                .rootCause()
                .message()
                .containsAnyOf("append-only", REFUSED_BY_PRIVILEGES);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain_head SET last_seq = last_seq - 1")
                        .update())
                .rootCause()
                .message()
                .containsAnyOf("only advances", REFUSED_BY_PRIVILEGES);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain_head").update())
                .rootCause()
                .message()
                .containsAnyOf("cannot be removed", REFUSED_BY_PRIVILEGES);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void alteredEntryIsNamed() {
        long seq = append("test.view", AuditedRecord.of("probe", 11, "ARM"));
        append("test.view", AuditedRecord.of("probe", 12, "ARM"));
        String original = jdbc.sql("SELECT username FROM audit_entry WHERE seq = :s")
                .param("s", seq)
                .query(String.class)
                .single();
        asSuperuser("UPDATE audit_entry SET username = 'someone-else' WHERE seq = " + seq);
        try {
            AuditVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(seq);
            assertThat(result.message()).contains("entry " + seq + " was altered");
        } finally {
            asSuperuser("UPDATE audit_entry SET username = '" + original + "' WHERE seq = " + seq);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void alteredRecordOwnerIsNamed() {
        long seq = append("test.view", AuditedRecord.of("probe", 13, "ARM"));
        asSuperuser("UPDATE audit_record SET owner_state = 'RUS' WHERE entry_seq = " + seq);
        try {
            assertThat(verify().message()).contains("entry " + seq + " was altered");
        } finally {
            asSuperuser("UPDATE audit_record SET owner_state = 'ARM' WHERE entry_seq = " + seq);
        }
        assertThat(verify().intact()).isTrue();
    }

    /**
     * An entry naming many records (a bulk batch) keeps them as lists, one per run of one type and owner:
     * the entry lists the same records in the same order, the search finds it by any of them, a list cannot
     * be changed by the application, and a changed or dropped id inside a list breaks the entry's hash.
     */
    @Test
    void manyRecordsAreKeptAsListsWithTheSameContract() {
        List<AuditedRecord> records = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            records.add(AuditedRecord.of("probe-bulk", "bulk-" + i, i < 100 ? "KGZ" : "TJK"));
        }
        long seq = append("test.bulk", records.toArray(AuditedRecord[]::new));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE entry_seq = :s")
                        .param("s", seq)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT position, cardinality(record_ids) FROM audit_record_list WHERE entry_seq = :s"
                                + " ORDER BY position")
                        .param("s", seq)
                        .query((rs, n) -> rs.getInt(1) + ":" + rs.getInt(2))
                        .list())
                .containsExactly("0:100", "100:50");
        assertThat(jdbc.sql("SELECT record_type || ':' || record_id || ':' || owner_state FROM audit_record_all"
                                + " WHERE entry_seq = :s ORDER BY position")
                        .param("s", seq)
                        .query(String.class)
                        .list())
                .containsExactlyElementsOf(records.stream()
                        .map(r -> r.type() + ":" + r.id() + ":" + r.ownerState())
                        .toList());
        AuditSearch search = new AuditSearch(jdbc);
        List<AuditSearch.Access> found = search.search(
                "TJK", new AuditSearch.Filter(null, null, null, null, null, null, "bulk-120", "probe-bulk"), 10, 0);
        assertThat(found).extracting(AuditSearch.Access::seq).containsExactly(seq);
        assertThat(found.get(0).records())
                .hasSize(50)
                .allMatch(r -> r.ownerState().equals("TJK"));
        assertThat(search.search(
                        "KGZ", new AuditSearch.Filter(null, null, null, null, "test.bulk", null, null, null), 500, 0))
                .filteredOn(a -> a.seq() == seq)
                .singleElement()
                .satisfies(a -> assertThat(a.records()).hasSize(100));
        assertThat(search.search(
                        "KGZ", new AuditSearch.Filter(null, null, null, null, null, null, "bulk-120", null), 10, 0))
                .isEmpty();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record_list SET owner_state = 'RUS' WHERE entry_seq = :s")
                        .param("s", seq)
                        .update())
                .rootCause()
                .message()
                .containsAnyOf("append-only", REFUSED_BY_PRIVILEGES);
        assertThat(verify().intact()).isTrue();
        asSuperuser("UPDATE audit_record_list SET record_ids[7] = 'bulk-other' WHERE entry_seq = " + seq
                + " AND position = 0");
        try {
            assertThat(verify().message()).contains("entry " + seq + " was altered");
        } finally {
            asSuperuser("UPDATE audit_record_list SET record_ids[7] = 'bulk-6' WHERE entry_seq = " + seq
                    + " AND position = 0");
        }
        assertThat(verify().intact()).isTrue();
        asSuperuser("UPDATE audit_record_list SET record_ids = record_ids[1:49] WHERE entry_seq = " + seq
                + " AND position = 100");
        try {
            assertThat(verify().message()).contains("entry " + seq + " was altered");
        } finally {
            asSuperuser("UPDATE audit_record_list SET record_ids = record_ids || 'bulk-149'::text WHERE entry_seq = "
                    + seq + " AND position = 100");
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void removedEntryIsNamed() {
        long seq = append("test.search");
        append("test.search");
        Map<String, Object> saved = jdbc.sql("SELECT * FROM audit_entry WHERE seq = :s")
                .param("s", seq)
                .query()
                .singleRow();
        asSuperuser("DELETE FROM audit_entry WHERE seq = " + seq);
        try {
            AuditVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(seq);
            assertThat(result.message()).contains("entry " + seq + " was removed");
        } finally {
            reinsert(saved);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void entriesRemovedFromTheEndAreNamed() {
        long seq = append("test.search");
        Map<String, Object> saved = jdbc.sql("SELECT * FROM audit_entry WHERE seq = :s")
                .param("s", seq)
                .query()
                .singleRow();
        asSuperuser("DELETE FROM audit_entry WHERE seq = " + seq);
        try {
            AuditVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.message()).contains("entry " + seq + " was removed from the end");
        } finally {
            reinsert(saved);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void insertedEntryIsNamed() {
        long last = append("test.search");
        long forged = last + 1;
        // A forger who knows the format appends a correctly chained entry, but cannot move the chain head
        // (its trigger only lets the application's own append advance it), so the head exposes it.
        byte[] prev = jdbc.sql("SELECT entry_hash FROM audit_entry WHERE seq = :s")
                .param("s", last)
                .query(byte[].class)
                .single();
        Instant at = AuditHash.truncate(Instant.now());
        byte[] hash = AuditHash.of(
                prev,
                new AuditHash.Content(forged, at, null, "forger", null, null, "test.forged", null, null, List.of()));
        jdbc.sql("""
                        INSERT INTO audit_entry (seq, at, username, action, prev_hash, entry_hash)
                        VALUES (:seq, :at, 'forger', 'test.forged', :prev, :hash)
                        """)
                .param("seq", forged)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("prev", prev)
                .param("hash", hash)
                .update();
        try {
            AuditVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(forged);
            assertThat(result.message()).contains("entry " + forged + " was inserted after the chain head");
        } finally {
            asSuperuser("DELETE FROM audit_entry WHERE seq = " + forged);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void rewrittenEntryWithRecomputedHashBreaksTheNextLink() {
        long seq = append("test.search");
        long next = append("test.search");
        Map<String, Object> saved = jdbc.sql("SELECT * FROM audit_entry WHERE seq = :s")
                .param("s", seq)
                .query()
                .singleRow();
        asSuperuser("UPDATE audit_entry SET entry_hash = sha256(entry_hash) WHERE seq = " + seq);
        try {
            AuditVerification result = verify();
            assertThat(result.intact()).isFalse();
            // The rewritten hash no longer matches the content of entry seq itself.
            assertThat(result.firstBadSeq()).isEqualTo(seq);
        } finally {
            asSuperuser("DELETE FROM audit_entry WHERE seq = " + seq);
            reinsert(saved);
        }
        assertThat(next).isEqualTo(seq + 1);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsDoNotForkTheChain() throws Exception {
        long before = jdbc.sql("SELECT last_seq FROM audit_chain_head")
                .query(Long.class)
                .single();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        append("test.concurrent", AuditedRecord.of("probe", thread * 100 + i, "ARM"));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long after = jdbc.sql("SELECT last_seq FROM audit_chain_head")
                .query(Long.class)
                .single();
        assertThat(after - before).isEqualTo(120);
        AuditVerification result = verify();
        assertThat(result.intact()).as(result.message()).isTrue();
    }

    @Test
    void whenTheAuditCannotBeWrittenTheChangeIsRolledBack() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS audit_test_change (id INT)").update();
        jdbc.sql("""
                        CREATE OR REPLACE FUNCTION audit_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN IF NEW.action = 'test.fail' THEN RAISE EXCEPTION 'audit storage failed'; END IF; RETURN NEW; END $$
                        """).update();
        jdbc.sql(
                        "CREATE TRIGGER audit_test_fail BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_test_fail()")
                .update();
        try {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                        jdbc.sql("INSERT INTO audit_test_change VALUES (42)").update();
                        audit.record(AuditEntry.of("test.fail").by(tester));
                    }))
                    .rootCause()
                    .hasMessageContaining("audit storage failed");
            assertThat(jdbc.sql("SELECT count(*) FROM audit_test_change WHERE id = 42")
                            .query(Long.class)
                            .single())
                    .isZero();
        } finally {
            jdbc.sql("DROP TRIGGER audit_test_fail ON audit_entry").update();
            jdbc.sql("DROP TABLE audit_test_change").update();
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void recordWithoutActorOutsideARequestIsRefused() {
        assertThatThrownBy(() -> audit.record(AuditEntry.of("test.view"))).hasMessageContaining("no actor");
    }

    @Test
    void invalidPurposeIsRejectedNamingTheParameter() {
        assertThat(Purpose.require("border_check")).isEqualTo(Purpose.BORDER_CHECK);
        assertThatThrownBy(() -> Purpose.require("CURIOSITY"))
                .isInstanceOf(InvalidPurposeException.class)
                .satisfies(
                        e -> assertThat(((InvalidPurposeException) e).getBody().getProperties())
                                .containsEntry("parameter", "purpose")
                                .containsEntry("allowed", Purpose.allowed()));
        assertThatThrownBy(() -> Purpose.require(null)).isInstanceOf(InvalidPurposeException.class);
    }

    @Test
    void commandVerifiesAndRejectsBadUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AuditCommand command = new AuditCommand(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(command.run(new String[] {"verify"}, this::contextOnTheTestDatabase))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK: ");
        assertThat(command.run(new String[] {"check"}, this::contextOnTheTestDatabase))
                .isEqualTo(2);
        assertThat(command.run(new String[] {}, this::contextOnTheTestDatabase)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: jsis audit verify");

        long seq = append("test.view");
        asSuperuser("UPDATE audit_entry SET action = 'test.edited' WHERE seq = " + seq);
        try {
            assertThat(command.run(new String[] {"verify"}, this::contextOnTheTestDatabase))
                    .isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("entry " + seq + " was altered");
        } finally {
            asSuperuser("UPDATE audit_entry SET action = 'test.view' WHERE seq = " + seq);
        }
    }

    /** A context holding the test's DataSource, which closing it leaves open. */
    GenericApplicationContext contextOnTheTestDatabase() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(DataSource.class, () -> new DelegatingDataSource(dataSource));
        context.refresh();
        return context;
    }

    /** Tampering as the database's owner or a superuser could; a removed entry takes its records along. */
    void asSuperuser(String sql) {
        if (sql.startsWith("DELETE FROM audit_entry")) {
            new AuditTampering(jdbc, transactions)
                    .tamper(
                            sql.replace(
                                    "DELETE FROM audit_entry WHERE seq", "DELETE FROM audit_record WHERE entry_seq"),
                            sql.replace(
                                    "DELETE FROM audit_entry WHERE seq",
                                    "DELETE FROM audit_record_list WHERE entry_seq"),
                            sql);
        } else {
            new AuditTampering(jdbc, transactions).tamper(sql);
        }
    }

    /** Puts a saved row back exactly as it was, its place in its chain included. */
    void reinsert(Map<String, Object> row) {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO audit_entry (seq, at, user_id, username, agency_code, state_code, action, purpose,
                                                 query_terms, prev_hash, entry_hash, chain, chain_pos, prev_seq, format)
                        VALUES (:seq, :at, :user_id, :username, :agency_code, :state_code, :action, :purpose,
                                :query_terms, :prev_hash, :entry_hash, :chain, :chain_pos, :prev_seq, :format)
                        """).params(row).update());
    }
}
