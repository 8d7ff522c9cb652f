package org.jsis.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit of my state's records, for its auditors: who looked at our data, when, why, what. */
@RestController
@Tag(name = "Audit", description = "Accesses to my state's records, by anyone from any state (AUDITOR)")
class AuditController {

    private final AuditSearch search;
    private final AuditLog audit;

    AuditController(AuditSearch search, AuditLog audit) {
        this.search = search;
        this.audit = audit;
    }

    /** A page of accesses, newest first. */
    record AccessPage(String ownerState, int limit, int offset, List<Access> entries) {}

    @GetMapping("/api/v1/audit/entries")
    @Operation(summary = "Search the accesses to records owned by my state (AUDITOR of that state)")
    AccessPage entries(
            @Parameter(description = "first day, YYYY-MM-DD (UTC)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate from,
            @Parameter(description = "last day, YYYY-MM-DD (UTC)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate to,
            @Parameter(description = "the accessor's username") @RequestParam(required = false) @Nullable String user,
            @Parameter(description = "the accessor's state code, or SECRETARIAT")
                    @RequestParam(required = false)
                    @Nullable
                    String accessorState,
            @Parameter(description = "an action (register.view) or a module (register)")
                    @RequestParam(required = false)
                    @Nullable
                    String action,
            @Parameter(description = "the purpose given with the access") @RequestParam(required = false) @Nullable
                    String purpose,
            @Parameter(description = "the id of one of my state's records") @RequestParam(required = false) @Nullable
                    String recordId,
            @Parameter(description = "the type of that record") @RequestParam(required = false) @Nullable
                    String recordType,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        AuditorAccess.Auditor auditor = AuditorAccess.require();
        Filter filter =
                filter(from, to, user, accessorState, action, purpose, recordId, recordType, search.stateCodes());
        if (limit < 1 || limit > AuditSearch.MAX_LIMIT) {
            throw new InvalidParameterException("limit", "a whole number from 1 to " + AuditSearch.MAX_LIMIT, limit);
        }
        if (offset < 0) {
            throw new InvalidParameterException("offset", "a whole number, 0 or more", offset);
        }
        List<Access> entries = search.search(auditor.state(), filter, limit, offset);
        // The entries returned are themselves records of this state's audit: the next search shows who read it.
        audit.record(searchEntry(filter)
                .withRecords(entries.stream()
                        .map(e -> AuditedRecord.of("audit-entry", e.seq(), auditor.state()))
                        .toList()));
        return new AccessPage(auditor.state(), limit, offset, entries);
    }

    /** Reads and checks the filters shared by the API and the console page. */
    static Filter filter(
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String user,
            @Nullable String accessorState,
            @Nullable String action,
            @Nullable String purpose,
            @Nullable String recordId,
            @Nullable String recordType,
            List<String> states) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("to", "a day on or after 'from' (" + from + ")", to);
        }
        String state = blankToNull(accessorState);
        if (state != null) {
            state = state.toUpperCase(java.util.Locale.ROOT);
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
