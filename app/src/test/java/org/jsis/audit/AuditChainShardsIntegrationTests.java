package org.jsis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jsis.audit.internal.AuditChain;
import org.jsis.audit.internal.AuditHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's several hash chains: a transaction appends to a chain no other transaction holds,
 * keeps its chain for every append it makes, and tampering (altered, removed, inserted entries) is
 * named in every one of the chains.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditChainShardsIntegrationTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    static final String REFUSED_BY_PRIVILEGES = "permission denied";

    final Actor tester = Actor.system("audit-shard-test");

    /** Two entries in each chain, the second of each chain's pair being the chain's newest entry. */
    final List<long[]> pairs = new ArrayList<>();

    @BeforeAll
    void twoEntriesInEveryChain() throws SQLException {
        for (int chain = 0; chain < AuditChain.CHAINS; chain++) {
            long[] pair = new long[2];
            try (Connection other = holdChainsBelow(chain)) {
                pair[0] = append("test.shard", AuditedRecord.of("probe", chain, "KGZ"));
                // Leave a seq unused between the two, where a forger can put an entry.
                jdbc.sql("SELECT nextval('audit_entry_seq')").query(Long.class).single();
                pair[1] = append("test.shard", AuditedRecord.of("probe", 100 + chain, "TJK"));
                other.rollback();
            }
            assertThat(chainOf(pair[0])).isEqualTo(chain);
            assertThat(chainOf(pair[1])).isEqualTo(chain);
            pairs.add(pair);
        }
        assertThat(verify().intact()).as(verify().message()).isTrue();
    }

    @Test
    void aTransactionAppendsToAFreeChainAndKeepsIt() throws SQLException {
        try (Connection other = holdChainsBelow(3)) {
            long[] seqs = transactions.execute(
                    status -> new long[] {append("test.shard.first"), append("test.shard.second")});
            assertThat(chainOf(seqs[0])).isEqualTo(3);
            assertThat(chainOf(seqs[1])).isEqualTo(3);
            Map<String, Object> second = jdbc.sql("SELECT chain_pos, prev_seq FROM audit_entry WHERE seq = :s")
                    .param("s", seqs[1])
                    .query()
                    .singleRow();
            assertThat(second.get("prev_seq")).isEqualTo(seqs[0]);
            other.rollback();
        }
        assertThat(verify().intact()).isTrue();
    }

    /**
     * Refused by the append-only triggers; on an external PostgreSQL, whose owner role is not a superuser,
     * the privileges that migration V2_2 and V2_3 took away refuse some statements before any trigger runs.
     */
    @Test
    void headsCannotBeAddedRemovedOrMovedByTheApplication() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain SET last_pos = last_pos + 1 WHERE chain = 5")
                        .update())
                .rootCause()
                .message()
                .containsAnyOf("only advances", REFUSED_BY_PRIVILEGES);
        assertThatThrownBy(() ->
                        jdbc.sql("DELETE FROM audit_chain WHERE chain = 5").update())
                .rootCause()
                .message()
                .containsAnyOf("cannot be added or removed", REFUSED_BY_PRIVILEGES);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO audit_chain VALUES (99, 0, 0, decode(repeat('00', 32), 'hex'))")
                        .update())
                .rootCause()
                .message()
                .containsAnyOf("cannot be added or removed", REFUSED_BY_PRIVILEGES);
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_chain").update())
                .rootCause()
                .message()
                .containsAnyOf("append-only", REFUSED_BY_PRIVILEGES);
    }

    @Test
    void anAlteredEntryIsNamedInEveryChain() {
        for (int chain = 0; chain < AuditChain.CHAINS; chain++) {
            long seq = pairs.get(chain)[0];
            String original = (String) row(seq).get("username");
            asSuperuser("UPDATE audit_entry SET username = 'someone-else' WHERE seq = " + seq);
            try {
                AuditVerification result = verify();
                assertThat(result.firstBadSeq()).as("chain %d", chain).isEqualTo(seq);
                assertThat(result.message()).contains("entry " + seq + " was altered");
            } finally {
                asSuperuser("UPDATE audit_entry SET username = '" + original + "' WHERE seq = " + seq);
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aRemovedEntryIsNamedInEveryChain() {
        for (int chain = 0; chain < AuditChain.CHAINS; chain++) {
            long seq = pairs.get(chain)[0];
            Map<String, Object> saved = row(seq);
            List<Map<String, Object>> records = records(seq);
            remove(seq);
            try {
                AuditVerification result = verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSeq()).as("chain %d", chain).isEqualTo(seq);
                assertThat(result.message()).contains("entry " + seq + " was removed (chain " + chain + " jumps");
            } finally {
                reinsert(saved, records);
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theNewestEntryRemovedIsNamedInEveryChain() {
        for (int chain = 0; chain < AuditChain.CHAINS; chain++) {
            long seq = newestOf(chain);
            Map<String, Object> saved = row(seq);
            List<Map<String, Object>> records = records(seq);
            remove(seq);
            try {
                AuditVerification result = verify();
                assertThat(result.firstBadSeq()).as("chain %d", chain).isEqualTo(seq);
                assertThat(result.message())
                        .contains("entry " + seq + " was removed from the end of the chain (chain " + chain + ")");
            } finally {
                reinsert(saved, records);
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anEntryInsertedAfterTheHeadIsNamedInEveryChain() {
        for (int chain = 0; chain < AuditChain.CHAINS; chain++) {
            Map<String, Object> head = jdbc.sql(
                            "SELECT last_pos, last_seq, last_hash FROM audit_chain WHERE chain = :c")
                    .param("c", chain)
                    .query()
                    .singleRow();
            long forged = forge(chain, (Long) head.get("last_pos") + 1, (Long) head.get("last_seq"), (byte[])
                    head.get("last_hash"));
            try {
                AuditVerification result = verify();
                assertThat(result.firstBadSeq()).as("chain %d", chain).isEqualTo(forged);
                assertThat(result.message()).contains("entry " + forged + " was inserted after the chain head");
            } finally {
                remove(forged);
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anEntryInsertedBetweenTwoIsNamedInEveryChain() {
        for (int chain = 0; chain < AuditChain.CHAINS; chain++) {
            long first = pairs.get(chain)[0];
            Map<String, Object> before = row(first);
            // Correctly hashed onto the first entry of the pair, at the position the second one holds.
            long forged = forge(
                    chain, (Long) before.get("chain_pos") + 1, first, (byte[]) before.get("entry_hash"), first + 1);
            try {
                AuditVerification result = verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.message())
                        .contains("entries " + forged + " and " + pairs.get(chain)[1] + " both claim position")
                        .contains("of chain " + chain + ": one of them was inserted");
                assertThat(result.firstBadSeq()).as("chain %d", chain).isEqualTo(forged);
            } finally {
                remove(forged);
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theHeadViewSummarisesEveryChain() {
        Map<String, Object> view = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head")
                .query()
                .singleRow();
        long newest =
                jdbc.sql("SELECT max(seq) FROM audit_entry").query(Long.class).single();
        assertThat(view.get("last_seq")).isEqualTo(newest);
        assertThat(verify().message())
                .contains("(" + AuditChain.CHAINS + " chains)")
                .endsWith("head hash " + java.util.HexFormat.of().formatHex((byte[]) view.get("last_hash")));
    }

    long forge(int chain, long position, long previousSeq, byte[] previousHash) {
        long seq = jdbc.sql("SELECT max(seq) + 1000 FROM audit_entry")
                .query(Long.class)
                .single();
        return forge(chain, position, previousSeq, previousHash, seq);
    }

    /** Inserts a correctly hashed format-2 entry, as a forger who knows the format would. */
    long forge(int chain, long position, long previousSeq, byte[] previousHash, long wantedSeq) {
        long seq = jdbc.sql("SELECT count(*) FROM audit_entry WHERE seq = :s")
                                .param("s", wantedSeq)
                                .query(Long.class)
                                .single()
                        == 0
                ? wantedSeq
                : jdbc.sql("SELECT max(seq) + 1000 FROM audit_entry")
                        .query(Long.class)
                        .single();
        Instant at = AuditHash.truncate(Instant.now());
        byte[] hash = AuditHash.of(
                previousHash,
                new AuditHash.Link(chain, position, previousSeq),
                new AuditHash.Content(seq, at, null, "forger", null, null, "test.forged", null, null, List.of()));
        jdbc.sql("""
                        INSERT INTO audit_entry (seq, at, username, action, prev_hash, entry_hash, chain, chain_pos,
                                                 prev_seq, format)
                        VALUES (:seq, :at, 'forger', 'test.forged', :prev, :hash, :chain, :pos, :prevSeq, 2)
                        """)
                .param("seq", seq)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("prev", previousHash)
                .param("hash", hash)
                .param("chain", chain)
                .param("pos", position)
                .param("prevSeq", previousSeq)
                .update();
        return seq;
    }

    long append(String action, AuditedRecord... records) {
        return audit.record(AuditEntry.of(action)
                .withPurpose(Purpose.INVESTIGATION)
                .withRecords(List.of(records))
                .by(tester));
    }

    int chainOf(long seq) {
        return jdbc.sql("SELECT chain FROM audit_entry WHERE seq = :s")
                .param("s", seq)
                .query(Integer.class)
                .single();
    }

    long newestOf(int chain) {
        return jdbc.sql("SELECT last_seq FROM audit_chain WHERE chain = :c")
                .param("c", chain)
                .query(Long.class)
                .single();
    }

    /** Another transaction holding the heads of chains 0 to {@code chain - 1} until it ends. */
    Connection holdChainsBelow(int chain) throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("SELECT chain FROM audit_chain WHERE chain < ? FOR UPDATE")) {
            ps.setInt(1, chain);
            ps.executeQuery().close();
        }
        return c;
    }

    AuditVerification verify() {
        return new AuditVerifier(dataSource).verify();
    }

    Map<String, Object> row(long seq) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE seq = :s")
                .param("s", seq)
                .query()
                .singleRow();
    }

    List<Map<String, Object>> records(long seq) {
        return jdbc.sql("SELECT * FROM audit_record WHERE entry_seq = :s ORDER BY position")
                .param("s", seq)
                .query()
                .listOfRows();
    }

    void remove(long seq) {
        asSuperuser("DELETE FROM audit_record WHERE entry_seq = " + seq, "DELETE FROM audit_entry WHERE seq = " + seq);
    }

    void reinsert(Map<String, Object> row, List<Map<String, Object>> records) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            INSERT INTO audit_entry (seq, at, user_id, username, agency_code, state_code, action,
                                                     purpose, query_terms, prev_hash, entry_hash, chain, chain_pos,
                                                     prev_seq, format)
                            VALUES (:seq, :at, :user_id, :username, :agency_code, :state_code, :action, :purpose,
                                    :query_terms, :prev_hash, :entry_hash, :chain, :chain_pos, :prev_seq, :format)
                            """).params(row).update();
            for (Map<String, Object> r : records) {
                jdbc.sql("""
                                INSERT INTO audit_record (entry_seq, position, record_type, record_id, owner_state)
                                VALUES (:entry_seq, :position, :record_type, :record_id, :owner_state)
                                """).params(r).update();
            }
        });
    }

    /** Tampering as the database's owner or a superuser could. */
    void asSuperuser(String... statements) {
        new AuditTampering(jdbc, transactions).tamper(statements);
    }
}
