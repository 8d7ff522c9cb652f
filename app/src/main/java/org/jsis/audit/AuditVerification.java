package org.jsis.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit chain.
 *
 * @param intact whether every entry matches its hash and follows its predecessor, and the chain head
 *     names the last entry
 * @param entries how many entries were checked
 * @param firstBadSeq the first entry found altered, removed or inserted, or {@code null} when intact
 * @param message one line for a person: "OK: 1234 entries..." or what is wrong with which entry
 */
public record AuditVerification(
        boolean intact, long entries, @Nullable Long firstBadSeq, String message) {

    static AuditVerification ok(long entries, String headHash) {
        return new AuditVerification(
                true, entries, null, "OK: " + entries + " audit entries, chain intact; head hash " + headHash);
    }

    static AuditVerification broken(long entries, long seq, String message) {
        return new AuditVerification(false, entries, seq, "BROKEN at entry " + seq + ": " + message);
    }
}
