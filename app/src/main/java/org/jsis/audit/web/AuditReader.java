package org.jsis.audit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditSearch;
import org.jsis.audit.AuditSearch.Access;
import org.jsis.audit.AuditSearch.Filter;
import org.jsis.audit.AuditedRecord;
import org.jsis.audit.AuditorAccess;
import org.jsis.audit.Purpose;
import org.jsis.platform.web.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the audit of the auditor's state for the API and the console page alike: who may (an AUDITOR of a
 * member state, for their own state's records), how filters are checked, and the {@code audit.search}
 * entry every read leaves, listing the entries it showed.
 */
@Component
class AuditReader {

    private final AuditSearch search;
    private final AuditLog audit;

    AuditReader(AuditSearch search, AuditLog audit) {
        this.search = search;
        this.audit = audit;
    }

    /** One page of accesses, newest first, and whether more follow. */
    record Page(String ownerState, List<Access> entries, boolean more) {}

    /**
     * The accesses to the caller's state's records that match, {@code limit} from {@code offset}.
     *
     * @throws org.springframework.security.access.AccessDeniedException (403) for anyone but an AUDITOR of a
     *     member state
     * @throws InvalidParameterException (400) for a limit or offset out of range
     */
    Page read(Filter filter, int limit, int offset) {
        AuditorAccess.Auditor auditor = AuditorAccess.require();
        if (limit < 1 || limit > AuditSearch.MAX_LIMIT) {
            throw new InvalidParameterException("limit", "a whole number from 1 to " + AuditSearch.MAX_LIMIT, limit);
        }
        if (offset < 0) {
            throw new InvalidParameterException("offset", "a whole number, 0 or more", offset);
        }
        List<Access> found = search.search(auditor.state(), filter, limit + 1, offset);
        List<Access> shown = found.size() > limit ? found.subList(0, limit) : found;
        // The entries shown are themselves records of this state's audit: the next search shows who read them.
        audit.record(searchEntry(filter)
                .withRecords(shown.stream()
                        .map(e -> AuditedRecord.of("audit-entry", e.seq(), auditor.state()))
                        .toList()));
        return new Page(auditor.state(), List.copyOf(shown), found.size() > limit);
    }

    /** The member state codes, for the accessor-state filter. */
    List<String> stateCodes() {
        return search.stateCodes();
    }

    /** Reads and checks the filters shared by the API and the console page. */
    Filter filter(
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String user,
            @Nullable String accessorState,
            @Nullable String action,
            @Nullable String purpose,
            @Nullable String recordId,
            @Nullable String recordType) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("to", "a day on or after 'from' (" + from + ")", to);
        }
        String state = blankToNull(accessorState);
        if (state != null) {
            state = state.toUpperCase(Locale.ROOT);
            List<String> states = search.stateCodes();
            if (!state.equals("SECRETARIAT") && !states.contains(state)) {
                throw new InvalidParameterException(
                        "accessorState",
                        "a member state code (" + String.join(", ", states) + ") or SECRETARIAT",
                        accessorState);
            }
        }
        String act = blankToNull(action);
        if (act != null && !act.matches("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*")) {
            throw new InvalidParameterException(
                    "action", "an action such as register.view, or a module such as register", action);
        }
        Purpose p = blankToNull(purpose) == null ? null : Purpose.require(purpose);
        return new Filter(from, to, blankToNull(user), state, act, p, blankToNull(recordId), blankToNull(recordType));
    }

    static AuditEntry searchEntry(Filter f) {
        return AuditEntry.of("audit.search")
                .withPurpose(Purpose.AUDIT)
                .withTerm("from", f.from())
                .withTerm("to", f.to())
                .withTerm("user", f.user())
                .withTerm("accessorState", f.accessorState())
                .withTerm("action", f.action())
                .withTerm("purpose", f.purpose())
                .withTerm("recordId", f.recordId())
                .withTerm("recordType", f.recordType());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
