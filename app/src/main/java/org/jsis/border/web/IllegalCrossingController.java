package org.jsis.border.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.Purpose;
import org.jsis.border.BorderInput;
import org.jsis.border.IllegalCrossings;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.jsis.security.Role;
import org.jsis.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Illegal crossings detected outside checkpoints: recorded by officers, counted for statistics. */
@RestController
class IllegalCrossingController {

    private final IllegalCrossings illegal;
    private final AuditLog audit;

    IllegalCrossingController(IllegalCrossings illegal, AuditLog audit) {
        this.illegal = illegal;
        this.audit = audit;
    }

    record DetectionRequest(
            @Nullable String detectedAt,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String place,
            @Nullable String borderWith,
            @Nullable String direction,
            @Nullable Integer groupSize,
            @Nullable List<String> nationalities,
            @Nullable String note,
            @Nullable String distribution,
            @Nullable List<String> sharedWith) {}

    @PostMapping("/api/v1/illegal-crossings")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Map<String, Object> record(@RequestBody DetectionRequest r) {
        Caller caller = BorderAccess.withRole(Role.OFFICER);
        String state = caller.requireState();
        long id = illegal.record(read(r, state), caller.username());
        audit.record(AuditEntry.of("border.illegal.create").withRecord("illegal-crossing", id, state));
        return Map.of("id", id);
    }

    /** The detection a request describes, checked field by field; {@code state} detected it and owns it. */
    static IllegalCrossings.Detection read(DetectionRequest r, String state) {
        Instant at = RequestReader.instant("detectedAt", r.detectedAt());
        if (at.isAfter(Instant.now().plusSeconds(300))) {
            throw BorderInput.invalid("detectedAt", "a time not in the future", r.detectedAt());
        }
        if (r.latitude() == null || r.latitude() < -90 || r.latitude() > 90) {
            throw BorderInput.invalid("latitude", "a latitude in degrees from -90 to 90", r.latitude());
        }
        if (r.longitude() == null || r.longitude() < -180 || r.longitude() > 180) {
            throw BorderInput.invalid("longitude", "a longitude in degrees from -180 to 180", r.longitude());
        }
        if (r.groupSize() == null || r.groupSize() < 1 || r.groupSize() > 10_000) {
            throw BorderInput.invalid("groupSize", "the number of persons, from 1 to 10000", r.groupSize());
        }
        String place = RequestReader.blankToNull(r.place());
        if (place != null && place.length() > 200) {
            throw BorderInput.invalid("place", "the name of the place, at most 200 characters", r.place());
        }
        List<String> nationalities = new ArrayList<>();
        if (r.nationalities() != null) {
            for (String n : r.nationalities()) {
                nationalities.add(RequestReader.code("nationalities", n == null ? "" : n, "[A-Z]{3}"));
            }
        }
        String distribution = r.distribution() == null || r.distribution().isBlank()
                ? "ALL_MEMBERS"
                : RequestReader.optionalEnum("distribution", r.distribution(), RequestReader.DISTRIBUTIONS);
        return new IllegalCrossings.Detection(
                state,
                at,
                r.latitude(),
                r.longitude(),
                place,
                r.borderWith() == null || r.borderWith().isBlank()
                        ? null
                        : RequestReader.code("borderWith", r.borderWith(), "[A-Z]{3}"),
                r.direction() == null || r.direction().isBlank()
                        ? null
                        : RequestReader.direction("direction", r.direction()).name(),
                r.groupSize(),
                nationalities,
                RequestReader.blankToNull(r.note()),
                distribution,
                RequestReader.sharedWith(distribution, r.sharedWith()));
    }

    /** Monthly detections and persons, and persons by nationality, over the records the caller may see. */
    @GetMapping("/api/v1/illegal-crossings/statistics")
    Map<String, Object> statistics(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String purpose) {
        Caller caller = CurrentCaller.require();
        Purpose p = Purpose.require(purpose);
        String host = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        if (host != null && !CheckpointController.STATES.contains(host)) {
            throw BorderInput.invalid("state", "a member state code", state);
        }
        LocalDate f = RequestReader.optionalDate("from", from);
        LocalDate t = RequestReader.optionalDate("to", to);
        Instant fromI =
                (f == null ? LocalDate.now().minusYears(3) : f).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant toI = (t == null ? LocalDate.now().plusDays(1) : t.plusDays(1))
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        Visibility v = Visibility.of(caller, LocalDate.now());
        var monthly = illegal.monthly(host, fromI, toI, v.predicate(), v.params());
        var nationalities = illegal.byNationality(host, fromI, toI, v.predicate(), v.params());
        var places =
                illegal.byPlace(new IllegalCrossings.Filter(host, fromI, toI, null, null), v.predicate(), v.params());
        audit.record(AuditEntry.of("border.illegal.statistics")
                .withPurpose(p)
                .withTerm("state", host)
                .withTerm("from", fromI)
                .withTerm("to", toI));
        return Map.of("monthly", monthly, "personsByNationality", nationalities, "byPlace", places);
    }
}
