package org.jsis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jsis.audit.internal.AuditHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code V2_9} redefined {@code audit_append} (the hash computed once): a trail written partly by the function of
 * {@code V2_8} and partly by the new one is one trail. The test installs V2_8's function, read from its
 * migration, under another name, and appends with both, interleaved, in one transaction (one chain, consecutive
 * positions) and in separate ones, with no, few and many records: every stored hash is the Java definition's,
 * both functions store the same rows for the same entry, and {@code jsis audit verify} verifies the trail.
 */
@SpringBootTest
class AuditAppendUpgradeIntegrationTests {

    private static final String OLD = "test_audit_append_v2_8";

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    record Officer(long id, String username, String stateCode, String agencyCode) implements Actor {}

    @BeforeEach
    void installTheOldFunction() throws IOException {
        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V2_8__audit_append_cheaper.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = migration.indexOf("CREATE OR REPLACE FUNCTION audit_append(");
        int end = migration.indexOf("\n$$;", start) + "\n$$;".length();
        assertThat(start).isNotNegative();
        String function = migration.substring(start, end).replace("FUNCTION audit_append(", "FUNCTION " + OLD + "(");
        assertThat(function).contains("sha256(head.last_hash").doesNotContain("FUNCTION audit_append(");
        template.execute(function);
    }

    @AfterEach
    void dropTheOldFunction() {
        template.execute("DROP FUNCTION " + OLD + "(TIMESTAMPTZ, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT[],"
                + " TEXT[], TEXT[], INT[], INT[], BYTEA, INT)");
    }

    /** Appends with V2_8's function, through the same encoding and binding as {@link AuditLog#record}. */
    private long recordWithTheOldFunction(AuditEntry entry) {
        AuditAppend append = audit.prepare(entry);
        String call = append.call().replace("audit_append(", OLD + "(");
        assertThat(call).startsWith(OLD + "(");
        Long seq = template.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement("SELECT " + call)) {
                append.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return seq;
    }

    private static AuditEntry entry(int i, int records) {
        Actor officer = new Officer(7, "офицер-" + i, "KGZ", "KGZ-BORDER");
        List<AuditedRecord> list = new ArrayList<>();
        for (int r = 0; r < records; r++) {
            list.add(AuditedRecord.of("border-crossing", "c-" + i + "-" + r, r % 3 == 0 ? null : "KGZ"));
        }
        return AuditEntry.of("test.upgrade")
                .withPurpose(i % 2 == 0 ? Purpose.BORDER_CHECK : null)
                .withTerm("n", i)
                .withTerm("name", i % 3 == 0 ? "Жанна \"Q\" \\ " + i : null)
                .withRecords(list)
                .by(officer);
    }

    @Test
    void aTrailWrittenPartlyByTheOldAndPartlyByTheNewFunctionVerifies() {
        int[] sizes = {0, 1, 10, 100, 3, 0, 64, 2};
        List<Long> seqs = new ArrayList<>();
        // Interleaved in one transaction: one chain, each function appending after the other's entry.
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < sizes.length; i++) {
                AuditEntry e = entry(i, sizes[i]);
                seqs.add(i % 2 == 0 ? recordWithTheOldFunction(e) : audit.record(e));
            }
        });
        // And in transactions of their own (auto-commit), the old function first, then the new.
        for (int i = 0; i < sizes.length; i++) {
            AuditEntry e = entry(100 + i, sizes[i]);
            seqs.add(i < sizes.length / 2 ? recordWithTheOldFunction(e) : audit.record(e));
        }
        assertThat(seqs).doesNotHaveDuplicates().hasSize(2 * sizes.length);
        for (long seq : seqs) {
            assertThat(storedHash(seq)).as("entry %d", seq).isEqualTo(javaHash(seq));
        }
        AuditVerification result = new AuditVerifier(dataSource).verify();
        assertThat(result.intact()).as(result.message()).isTrue();
    }

    @Test
    void bothFunctionsStoreTheSameRowsForTheSameEntry() {
        for (int records : new int[] {0, 1, 10, 100}) {
            AuditEntry e = entry(7, records);
            long old = recordWithTheOldFunction(e);
            long now = audit.record(e);
            assertThat(recordsOf(now)).isEqualTo(recordsOf(old)).hasSize(records);
            assertThat(listCount(now)).isEqualTo(listCount(old));
            Map<String, Object> a = content(old);
            Map<String, Object> b = content(now);
            assertThat(b).isEqualTo(a);
        }
        AuditVerification result = new AuditVerifier(dataSource).verify();
        assertThat(result.intact()).as(result.message()).isTrue();
    }

    private byte[] storedHash(long seq) {
        return jdbc.sql("SELECT entry_hash FROM audit_entry WHERE seq = :s")
                .param("s", seq)
                .query(byte[].class)
                .single();
    }

    private byte[] javaHash(long seq) {
        Map<String, Object> row = jdbc.sql("""
                        SELECT at, user_id, username, agency_code, state_code, action, purpose, query_terms,
                               prev_hash, chain, chain_pos, prev_seq
                        FROM audit_entry WHERE seq = :s""").param("s", seq).query().singleRow();
        Object user = row.get("user_id");
        return AuditHash.of(
                (byte[]) row.get("prev_hash"),
                new AuditHash.Link(
                        ((Number) row.get("chain")).intValue(),
                        ((Number) row.get("chain_pos")).longValue(),
                        ((Number) row.get("prev_seq")).longValue()),
                new AuditHash.Content(
                        seq,
                        ((java.sql.Timestamp) row.get("at")).toInstant(),
                        user == null ? null : ((Number) user).longValue(),
                        (String) row.get("username"),
                        (String) row.get("agency_code"),
                        (String) row.get("state_code"),
                        (String) row.get("action"),
                        (String) row.get("purpose"),
                        (String) row.get("query_terms"),
                        recordsOf(seq)));
    }

    private List<AuditHash.Row> recordsOf(long seq) {
        return jdbc.sql("""
                        SELECT record_type, record_id, owner_state FROM audit_record_all
                        WHERE entry_seq = :s ORDER BY position""")
                .param("s", seq)
                .query((rs, n) -> new AuditHash.Row(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private long listCount(long seq) {
        return jdbc.sql("SELECT count(*) FROM audit_record_list WHERE entry_seq = :s")
                .param("s", seq)
                .query(Long.class)
                .single();
    }

    /** What an entry stores besides its place in the chain and its hashes. */
    private Map<String, Object> content(long seq) {
        return jdbc.sql("""
                        SELECT user_id, username, agency_code, state_code, action, purpose, query_terms, format
                        FROM audit_entry WHERE seq = :s""").param("s", seq).query().singleRow();
    }
}
