package org.jsis.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jsis.audit.AuditSearch.Access;
import org.jsis.audit.AuditSearch.Filter;
import org.jsis.audit.AuditorAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit of my state's records, for its auditors: who looked at our data, when, why, what. */
@RestController
@Tag(name = "Audit", description = "Accesses to my state's records, by anyone from any state (AUDITOR)")
class AuditController {

    private final AuditReader reader;

    AuditController(AuditReader reader) {
        this.reader = reader;
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
        AuditorAccess.require();
        Filter filter = reader.filter(from, to, user, accessorState, action, purpose, recordId, recordType);
        AuditReader.Page page = reader.read(filter, limit, offset);
        return new AccessPage(page.ownerState(), limit, offset, page.entries());
    }
}
