package org.jsis.audit.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsis.audit.AuditSearch.Access;
import org.jsis.audit.AuditedRecord;
import org.jspecify.annotations.Nullable;

/**
 * One audited access as the audit page shows it.
 *
 * @param stateName the accessor's state in the page's language; {@code null} for the Secretariat or the system
 * @param agencyName the accessor's agency in the page's language; {@code null} for the system
 * @param records only the records of the auditor's state (the others belong to other states' audits)
 */
public record AccessRow(
        long seq,
        OffsetDateTime at,
        String username,
        @Nullable String agencyCode,
        @Nullable String agencyName,
        @Nullable String stateCode,
        @Nullable String stateName,
        String action,
        @Nullable String purpose,
        Map<String, String> queryTerms,
        List<AuditedRecord> records) {

    static AccessRow of(Access a, @Nullable String agencyName, @Nullable String stateName) {
        return new AccessRow(
                a.seq(),
                a.at().atOffset(ZoneOffset.UTC),
                a.username(),
                a.agency(),
                agencyName,
                a.state(),
                stateName,
                a.action(),
                a.purpose(),
                a.queryTerms(),
                a.records());
    }

    /** An action of JSIS itself rather than of a user (first start, failed logins). */
    public boolean system() {
        return agencyCode == null;
    }
}
