package org.jsis.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit chain.
 *
 * @param intact whether every entry matches its hash and follows its predecessor in its chain, and each
 *     chain's head names the chain's last entry
 * @param entries how many entries were checked
 * @param firstBadSeq the first entry found altered, removed or inserted, or {@code null} when intact
 * @param message one line for a person: "OK: 1234 entries..." or what is wrong with which entry
 */
public record AuditVerification(
        boolean intact, long entries, @Nullable Long firstBadSeq, String message) {

    static AuditVerification ok(long entries, int chains, String headHash) {
        return new AuditVerification(
                true,
                entries,
                null,
                "OK: " + entries + " audit entries, chain intact (" + chains + " chains); head hash " + headHash);
    }

    static AuditVerification broken(long entries, long seq, String message) {
        return new AuditVerification(false, entries, seq, "BROKEN at entry " + seq + ": " + message);
    }
}
