package org.jsis.audit;

import org.jsis.audit.internal.AuditChain;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Writes the audit trail. Call {@link #record(AuditEntry)} directly (never through an event):
 *
 * <ul>
 *   <li>for a change, inside the change's transaction, as its last statement, so that the change and
 *       its audit entry commit together or not at all;
 *   <li>for a read of personal data, after the query and before the response is written; when the
 *       entry cannot be written, the exception fails the request and nothing is returned.
 * </ul>
 *
 * An append locks the head of one of the trail's hash chains until the transaction ends (a free one
 * when there is one: concurrent transactions append to different chains), so keep the transaction
 * short after recording.
 */
@Service
public class AuditLog {

    private final AuditChain chain;

    AuditLog(AuditChain chain) {
        this.chain = chain;
    }

    /**
     * Appends one entry to the audit trail, joining the current transaction or running in its own: without a
     * transaction the append is one statement in auto-commit mode (one round trip; the statement is its own
     * transaction, so the entry, its records and the moved head commit together or not at all).
     *
     * @return the entry's sequence number in the chain
     * @throws IllegalStateException when the entry names no actor and no one is authenticated
     */
    public long record(AuditEntry entry) {
        return chain.append(actorOf(entry), entry);
    }

    /**
     * Encodes an entry for the caller's own statement to append ({@link AuditAppend}): nothing is written
     * until that statement evaluates {@link AuditAppend#call()}.
     *
     * @throws IllegalStateException when the entry names no actor and no one is authenticated
     */
    public AuditAppend prepare(AuditEntry entry) {
        return new AuditAppend(chain.prepare(actorOf(entry), entry));
    }

    private static Actor actorOf(AuditEntry entry) {
        if (entry.actor() != null) {
            return entry.actor();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return actor;
        }
        throw new IllegalStateException(
                "audit entry '" + entry.action() + "' has no actor: no authenticated caller; use AuditEntry.by(actor)");
    }
}
