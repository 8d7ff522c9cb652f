package org.jsis.border.web;

import java.util.List;
import java.util.Map;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.border.BorderInput;
import org.jsis.border.StayRuleView;
import org.jsis.border.StayRules;
import org.jsis.border.Stays;
import org.jsis.border.stay.StayRule;
import org.jsis.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stay rules (data with versions) and the recomputation of derived stays. */
@RestController
class StayController {

    private final StayRules rules;
    private final Stays stays;

    private final AuditLog audit;

    StayController(StayRules rules, Stays stays, AuditLog audit) {
        this.audit = audit;
        this.rules = rules;
        this.stays = stays;
    }

    /** {@code GET /api/v1/stay-rules?state=KAZ&history=true}: current versions, or every version with history. */
    @GetMapping("/api/v1/stay-rules")
    Map<String, Object> list(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(defaultValue = "false") boolean history) {
        String host = state == null || state.isBlank() ? null : state.strip().toUpperCase(java.util.Locale.ROOT);
        if (host != null && !CheckpointController.STATES.contains(host)) {
            throw BorderInput.invalid(
                    "state", "a member state code: " + String.join(", ", CheckpointController.STATES), state);
        }
        List<StayRuleView> list = history ? rules.history(host) : rules.current(host);
        return host == null ? Map.of("rules", list) : Map.of("rules", list, "groups", rules.groups(host));
    }

    /** A rule change: a new version (see {@link StayRules#change}); all stays are then recomputed. */
    @PostMapping("/api/v1/stay-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @org.springframework.transaction.annotation.Transactional
    StayRuleView change(@RequestBody StayRuleRequest r) {
        StayRuleView view = r.toView();
        BorderAccess.adminOf(view.hostState());
        StayRuleView stored = rules.change(view);
        audit.record(AuditEntry.of("border.stay-rule.change")
                .withRecord("stay-rule", stored.rule().id(), stored.hostState()));
        return stored;
    }

    /** Recomputes every derived stay now; answers how many travellers and how long it took. */
    @PostMapping("/api/v1/stays/recompute")
    Map<String, Object> recompute() {
        BorderAccess.withRole(Role.ADMIN);
        audit.record(AuditEntry.of("border.stays.recompute"));
        long started = System.nanoTime();
        long travellers = stays.recomputeAll();
        return Map.of("travellers", travellers, "millis", (System.nanoTime() - started) / 1_000_000);
    }

    record StayRuleRequest(
            @Nullable String code,
            @Nullable String hostState,
            @Nullable String groupCode,
            @Nullable String purpose,
            @Nullable String validFrom,
            @Nullable String validTo,
            @Nullable Boolean exempt,
            @Nullable Integer perEntryDays,
            @Nullable Integer windowDays,
            @Nullable Integer windowMaxDays,
            @Nullable Integer calendarYearMaxDays,
            @Nullable Integer registrationDays,
            @Nullable Boolean registrationWorkingDays,
            @Nullable String source,
            @Nullable String certainty,
            @Nullable String note) {

        StayRuleView toView() {
            String c = RequestReader.required("code", code, "a rule code such as RUS-VISA-FREE")
                    .strip()
                    .toUpperCase(java.util.Locale.ROOT);
            if (!c.matches("[A-Z0-9_-]{2,60}")) {
                throw BorderInput.invalid("code", "2 to 60 of A-Z, 0-9, _ and -", code);
            }
            String host = RequestReader.code(
                    "hostState", RequestReader.required("hostState", hostState, "a member state code"), "[A-Z]{3}");
            if (!CheckpointController.STATES.contains(host)) {
                throw BorderInput.invalid("hostState", "a member state code", hostState);
            }
            String group = RequestReader.required("groupCode", groupCode, "a nationality group code or OTHER")
                    .strip()
                    .toUpperCase(java.util.Locale.ROOT);
            var from = RequestReader.optionalDate(
                    "validFrom", RequestReader.required("validFrom", validFrom, "a date YYYY-MM-DD"));
            var to = RequestReader.optionalDate("validTo", validTo);
            if (to != null && !to.isAfter(from)) {
                throw BorderInput.invalid("validTo", "after validFrom", validTo);
            }
            for (var e : Map.of(
                            "perEntryDays",
                            nz(perEntryDays),
                            "windowDays",
                            nz(windowDays),
                            "windowMaxDays",
                            nz(windowMaxDays),
                            "calendarYearMaxDays",
                            nz(calendarYearMaxDays),
                            "registrationDays",
                            nz(registrationDays))
                    .entrySet()) {
                if (e.getValue() < 0 || e.getValue() > 3660) {
                    throw BorderInput.invalid(e.getKey(), "a number of days from 1 to 3660", e.getValue());
                }
            }
            if ((windowDays == null) != (windowMaxDays == null)) {
                throw BorderInput.invalid(
                        windowDays == null ? "windowDays" : "windowMaxDays",
                        "given together with the other (N in M days)",
                        null);
            }
            boolean ex = Boolean.TRUE.equals(exempt);
            if (!ex && perEntryDays == null && windowDays == null && calendarYearMaxDays == null) {
                throw BorderInput.invalid(
                        "exempt", "true, or one of perEntryDays, windowDays/windowMaxDays, calendarYearMaxDays", null);
            }
            String cert = RequestReader.optionalEnum(
                    "certainty", certainty, java.util.Set.of("OFFICIAL_TEXT", "SECONDARY_SOURCE", "UNVERIFIED"));
            String src = RequestReader.required("source", source, "the law, its number and date");
            StayRule rule = new StayRule(
                    0,
                    c,
                    0,
                    from,
                    to,
                    ex,
                    perEntryDays,
                    windowDays,
                    windowMaxDays,
                    calendarYearMaxDays,
                    registrationDays,
                    Boolean.TRUE.equals(registrationWorkingDays));
            return new StayRuleView(
                    rule,
                    host,
                    group,
                    RequestReader.optionalEnum("purpose", purpose, RequestReader.PURPOSES),
                    src.strip(),
                    cert == null ? "UNVERIFIED" : cert,
                    RequestReader.blankToNull(note),
                    null);
        }

        private static int nz(@Nullable Integer i) {
            return i == null ? 1 : i;
        }
    }
}
