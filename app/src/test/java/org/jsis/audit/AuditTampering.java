package org.jsis.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampers with the audit trail the way the database's owner or a superuser could: in one transaction it
 * disables the append-only triggers and, when the connection's role is not a superuser (an external
 * PostgreSQL, where migration {@code V2_2} took UPDATE and DELETE from the owner), grants those privileges
 * back to itself; after the statements it restores the triggers and takes the privileges away again.
 * The application never does this: it exists so tests can check that tampering is detected.
 */
final class AuditTampering {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    AuditTampering(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs the statements in one transaction with the audit tables' protections lifted. */
    void tamper(String... statements) {
        transactions.executeWithoutResult(status -> {
            boolean superuser = jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                    .query(Boolean.class)
                    .single();
            if (!superuser) {
                jdbc.sql("GRANT UPDATE, DELETE ON audit_entry, audit_record, audit_record_list TO CURRENT_USER")
                        .update();
            }
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
                    .update();
            jdbc.sql("ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only")
                    .update();
            jdbc.sql("ALTER TABLE audit_record_list DISABLE TRIGGER audit_record_list_append_only")
                    .update();
            for (String sql : statements) {
                jdbc.sql(sql).update();
            }
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")
                    .update();
            jdbc.sql("ALTER TABLE audit_record ENABLE TRIGGER audit_record_append_only")
                    .update();
            jdbc.sql("ALTER TABLE audit_record_list ENABLE TRIGGER audit_record_list_append_only")
                    .update();
            if (!superuser) {
                jdbc.sql("REVOKE UPDATE, DELETE ON audit_entry, audit_record, audit_record_list FROM CURRENT_USER")
                        .update();
            }
        });
    }
}
