package org.jsis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules on the audit columns (V2_2, V2_3, V2_5), kept as domains since {@code V2_10}: each one still refuses
 * a value that breaks it (SQLSTATE 23514, check_violation), and a row that keeps them all is accepted. Every
 * statement runs in a transaction that is rolled back, so the trail is left as it was.
 */
@SpringBootTest
class AuditColumnRulesIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private static final long SEQ = 9_000_000_000_000_001L;

    private static Map<String, String> validEntry() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("seq", Long.toString(SEQ));
        v.put("at", "now()");
        v.put("username", "'rules-test'");
        v.put("action", "'test.rules'");
        v.put("prev_hash", "decode(repeat('00', 32), 'hex')");
        v.put("entry_hash", "decode(repeat('ab', 32), 'hex')");
        v.put("chain", "0");
        v.put("chain_pos", "1");
        v.put("prev_seq", "0");
        v.put("format", "2");
        return v;
    }

    private static String insert(Map<String, String> v) {
        return "INSERT INTO audit_entry (" + String.join(", ", v.keySet()) + ") VALUES ("
                + String.join(", ", v.values()) + ")";
    }

    private void rolledBack(String... statements) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            for (String sql : statements) {
                jdbc.execute(sql);
            }
        });
    }

    private void refused(String... statements) {
        assertThatThrownBy(() -> rolledBack(statements))
                .as(statements[statements.length - 1])
                .hasRootCauseInstanceOf(SQLException.class)
                .satisfies(e ->
                        assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("23514"));
    }

    @Test
    void eachAuditColumnRuleRefusesWhatBreaksItAndAcceptsWhatKeepsIt() {
        String entry = insert(validEntry());
        rolledBack(
                entry,
                "INSERT INTO audit_record (entry_seq, position, record_type, record_id) VALUES (" + SEQ
                        + ", 0, 't', 'i')",
                "INSERT INTO audit_record_list (entry_seq, position, record_type, record_ids) VALUES (" + SEQ
                        + ", 1, 't', '{a,b}')");
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("seq", "0");
        broken.put("action", "'Not.an.action'");
        broken.put("prev_hash", "decode(repeat('00', 31), 'hex')");
        broken.put("entry_hash", "decode(repeat('ab', 33), 'hex')");
        broken.put("chain", "-1");
        broken.put("chain_pos", "0");
        broken.put("prev_seq", "-1");
        broken.put("format", "3");
        for (Map.Entry<String, String> b : broken.entrySet()) {
            Map<String, String> v = validEntry();
            v.put(b.getKey(), b.getValue());
            refused(insert(v));
        }
        Map<String, String> unchained = validEntry();
        unchained.put("chain_pos", "NULL");
        refused(insert(unchained));
        refused(
                entry,
                "INSERT INTO audit_record (entry_seq, position, record_type, record_id) VALUES (" + SEQ
                        + ", -1, 't', 'i')");
        refused(
                entry,
                "INSERT INTO audit_record_list (entry_seq, position, record_type, record_ids) VALUES (" + SEQ
                        + ", -1, 't', '{a}')");
        refused(
                entry,
                "INSERT INTO audit_record_list (entry_seq, position, record_type, record_ids) VALUES (" + SEQ
                        + ", 0, 't', '{}')");
        refused(
                entry,
                "INSERT INTO audit_record_list (entry_seq, position, record_type, record_ids) VALUES (" + SEQ
                        + ", 0, 't', '{{a},{b}}')");
    }
}
