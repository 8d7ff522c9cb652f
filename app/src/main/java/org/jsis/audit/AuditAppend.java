package org.jsis.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jsis.audit.internal.AuditChain;

/**
 * An audit entry ready to be appended by a statement of the caller's own, so that a change and its audit
 * entry travel to the database in one round trip (the single-crossing API, issue 6). Obtain it with
 * {@link AuditLog#prepare(AuditEntry)}; put {@link #call()} (an SQL expression of type {@code bigint}: the
 * entry's seq) into the statement that makes the change, and {@link #bind} its parameters.
 *
 * <p>The caller's contract, as for {@link AuditLog#record(AuditEntry)}: the statement runs in the change's
 * transaction; the expression is evaluated exactly once when the change is made (for example selected from
 * the rows the change's {@code INSERT ... RETURNING} answers), and the caller checks that it was, else it
 * records the entry with {@link AuditLog#record(AuditEntry)} or rolls the change back. What is stored and
 * hashed is the same as {@link AuditLog#record(AuditEntry)} stores; the entry's time is that of
 * {@link AuditLog#prepare(AuditEntry)}.
 */
public final class AuditAppend {

    private final AuditChain.Prepared prepared;

    AuditAppend(AuditChain.Prepared prepared) {
        this.prepared = prepared;
    }

    /** The SQL expression that appends the entry and answers its seq, with {@link #parameters()} placeholders. */
    public String call() {
        return AuditChain.CALL;
    }

    /** How many {@code ?} placeholders {@link #call()} has. */
    public int parameters() {
        return AuditChain.CALL_PARAMETERS;
    }

    /** Sets the parameters of {@link #call()} from parameter {@code first} on; answers the next parameter's index. */
    public int bind(PreparedStatement ps, int first) throws SQLException {
        return prepared.bind(ps, first);
    }
}
