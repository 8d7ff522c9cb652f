package org.jsis.border.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditedRecord;
import org.jsis.audit.Purpose;
import org.jsis.border.BorderChecks;
import org.jsis.border.BorderInput;
import org.jsis.border.HostStay;
import org.jsis.border.Overstayers;
import org.jsis.border.Stays;
import org.jsis.border.internal.CrossingLine;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.jsis.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A traveller's crossings and stays across member states, and the overstayer lists, as far as distribution allows. */
@RestController
class TravellerController {

    private final BorderChecks checks;
    private final Stays stays;
    private final Overstayers overstayers;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    TravellerController(BorderChecks checks, Stays stays, Overstayers overstayers, AuditLog audit, JdbcClient jdbc) {
        this.checks = checks;
        this.stays = stays;
        this.overstayers = overstayers;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    record CrossingView(
            String id, String direction, String hostState, Instant crossedAt, String checkpoint, String ownerState) {}

    record DocumentView(
            String type,
            String number,
            String issuingState,
            String surname,
            String givenNames,
            @Nullable LocalDate birthDate,
            @Nullable String nationality,
            String linkMethod,
            @Nullable Float linkScore,
            @Nullable String linkEvidence) {}

    record StayView(
            String hostState,
            @Nullable LocalDate openSince,
            int daysUsed,
            @Nullable Integer daysAllowed,
            @Nullable LocalDate lastLegalDay,
            boolean overstaying,
            int overstayDays,
            @Nullable String rule,
            List<String> warnings) {}

    record TravellerView(long id, List<DocumentView> documents, List<CrossingView> crossings, List<StayView> stays) {}

    @GetMapping("/api/v1/travellers/{id}")
    ResponseEntity<TravellerView> traveller(
            @PathVariable long id, @RequestParam(required = false) @Nullable String purpose) {
        Caller caller = BorderAccess.withRole(Role.OFFICER, Role.ANALYST);
        Purpose p = Purpose.require(purpose);
        TravellerView view = view(id, Visibility.of(caller, LocalDate.now()));
        audit.record(AuditEntry.of("border.traveller.view")
                .withPurpose(p)
                .withTerm("id", id)
                .withRecords(
                        view == null
                                ? List.of()
                                : view.crossings().stream()
                                        .map(c -> AuditedRecord.of("border-crossing", c.id(), c.ownerState()))
                                        .toList()));
        return view == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(view);
    }

    /** The traveller as the viewer may see him, or {@code null} when none of his crossings is visible. */
    @Nullable
    TravellerView view(long id, Visibility v) {
        List<CrossingLine> lines = checks.visibleCrossings(id, v);
        if (lines.isEmpty()) {
            return null;
        }
        List<CrossingView> crossings = jdbc.sql("""
                        SELECT c.id, c.direction, c.host_state, c.crossed_at, k.code, c.owner_state
                        FROM border_crossing c JOIN border_checkpoint k ON k.id = c.checkpoint_id
                        WHERE c.traveller_id = :t AND\s""" + v.predicate("c") + " ORDER BY c.crossed_at, c.id")
                .param("t", id)
                .params(v.params())
                .query((rs, i) -> new CrossingView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
        List<DocumentView> documents = jdbc.sql("""
                        SELECT d.doc_type, d.number, d.issuing_state, d.surname, d.given_names, d.birth_date, d.nationality,
                               d.link_method, d.link_score, d.link_evidence
                        FROM border_document d
                        WHERE d.traveller_id = :t AND EXISTS (SELECT 1 FROM border_crossing c
                          WHERE c.traveller_id = d.traveller_id AND c.document_id = d.id AND\s"""
                        // A crossing's traveller is its document's (documents are never relinked): naming it lets
                        // the traveller index find the crossings, instead of a scan of the whole table.
                        + v.predicate("c") + ") ORDER BY d.id")
                .param("t", id)
                .params(v.params())
                .query((rs, i) -> new DocumentView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                        rs.getString(7),
                        rs.getString(8),
                        (Float) rs.getObject(9),
                        rs.getString(10)))
                .list();
        List<StayView> stayViews =
                stays.derive(lines).stream().map(TravellerController::stay).toList();
        return new TravellerView(id, documents, crossings, stayViews);
    }

    static StayView stay(HostStay h) {
        var s = h.status();
        return new StayView(
                h.hostState(),
                s.openSince(),
                s.daysUsed(),
                s.daysAllowed(),
                s.lastLegalDay(),
                s.overstaying(),
                s.overstayDays(),
                s.rule() == null ? null : s.rule().label(),
                s.warnings().stream().map(w -> w.kind() + ": " + w.detail()).toList());
    }

    /** {@code GET /api/v1/overstayers?state=KAZ&withinDays=0}: open stays past (or within N days of) their limit. */
    @GetMapping("/api/v1/overstayers")
    Map<String, Object> overstayers(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(defaultValue = "0") int withinDays,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) @Nullable String purpose) {
        Caller caller = BorderAccess.withRole(Role.OFFICER, Role.ANALYST);
        Purpose p = Purpose.require(purpose);
        String host = host(state, caller);
        if (withinDays < 0 || withinDays > 365) {
            throw BorderInput.invalid("withinDays", "a number of days from 0 to 365", withinDays);
        }
        if (limit < 1 || limit > 1000) {
            throw BorderInput.invalid("limit", "a whole number from 1 to 1000", limit);
        }
        var list = overstayers.list(host, withinDays, limit, Visibility.of(caller, LocalDate.now()));
        audit.record(AuditEntry.of("border.overstayers")
                .withPurpose(p)
                .withTerm("state", host)
                .withTerm("withinDays", withinDays)
                .withRecords(list.stream()
                        .map(o -> AuditedRecord.of("border-traveller", o.travellerId(), o.hostState()))
                        .toList()));
        return Map.of("state", host, "withinDays", withinDays, "items", list);
    }

    /** {@code GET /api/v1/overstayers/monthly?state=KAZ}: overstayers per month over the last three years. */
    @GetMapping("/api/v1/overstayers/monthly")
    Map<String, Object> monthly(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String purpose) {
        Caller caller = BorderAccess.withRole(Role.OFFICER, Role.ANALYST);
        Purpose p = Purpose.require(purpose);
        String host = host(state, caller);
        LocalDate to = LocalDate.now();
        var months = overstayers.monthly(host, to.minusYears(3), to, Visibility.of(caller, to));
        audit.record(AuditEntry.of("border.overstayers.monthly").withPurpose(p).withTerm("state", host));
        return Map.of("state", host, "months", months);
    }

    static String host(@Nullable String state, Caller caller) {
        if (state == null || state.isBlank()) {
            if (caller.stateCode() == null) {
                throw BorderInput.invalid("state", "a member state code", null);
            }
            return caller.stateCode();
        }
        String host = state.strip().toUpperCase(Locale.ROOT);
        if (!CheckpointController.STATES.contains(host)) {
            throw BorderInput.invalid(
                    "state", "a member state code: " + String.join(", ", CheckpointController.STATES), state);
        }
        return host;
    }
}
