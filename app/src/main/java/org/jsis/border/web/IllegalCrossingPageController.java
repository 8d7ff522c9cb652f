package org.jsis.border.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditedRecord;
import org.jsis.audit.Purpose;
import org.jsis.border.BorderInput;
import org.jsis.border.IllegalCrossings;
import org.jsis.border.StateZones;
import org.jsis.platform.web.ConsolePage;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.jsis.security.Role;
import org.jsis.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console page of illegal crossings detected outside checkpoints: the detections the caller's
 * state may see with filters, statistics by place, nationality and month, and for officers a form that
 * records a detection for their own state.
 */
@Controller
@ConsolePage
@RequestMapping("/border/illegal-crossings")
class IllegalCrossingPageController {

    static final List<String> PURPOSES = List.of("ANALYSIS", "INVESTIGATION", "BORDER_CHECK");

    private final IllegalCrossings illegal;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    IllegalCrossingPageController(IllegalCrossings illegal, AuditLog audit, TransactionTemplate tx) {
        this.illegal = illegal;
        this.audit = audit;
        this.tx = tx;
    }

    /** The filters as the user set them (strings, so that a bad value can be shown back). */
    record Filters(String state, String from, String to, String nationality, String place, String purpose) {}

    /** The record form as the officer filled it. */
    record DetectionForm(
            String detectedAt,
            String latitude,
            String longitude,
            String place,
            String borderWith,
            String direction,
            String groupSize,
            String nationalities,
            String note,
            String distribution) {

        static DetectionForm empty(ZoneId zone) {
            String now = LocalDateTime.now(zone).withSecond(0).withNano(0).toString();
            return new DetectionForm(now, "", "", "", "", "ENTRY", "1", "", "", "ALL_MEMBERS");
        }
    }

    @GetMapping
    String page(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String nationality,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable String purpose,
            Model model) {
        Caller caller = CurrentCaller.require();
        Filters filters = new Filters(
                blank(state), blank(from), blank(to), blank(nationality), blank(place), purposeOrDefault(purpose));
        try {
            show(caller, filters, model);
        } catch (InvalidParameterException e) {
            model.addAttribute("filterError", e.getMessage());
            show(caller, new Filters("", "", "", "", "", filters.purpose()), model);
        }
        model.addAttribute("form", DetectionForm.empty(zone(caller)));
        return "border/illegal-crossings";
    }

    @PostMapping
    String record(
            @RequestParam(required = false) @Nullable String detectedAt,
            @RequestParam(required = false) @Nullable String latitude,
            @RequestParam(required = false) @Nullable String longitude,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable String borderWith,
            @RequestParam(required = false) @Nullable String direction,
            @RequestParam(required = false) @Nullable String groupSize,
            @RequestParam(required = false) @Nullable String nationalities,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String distribution,
            Model model) {
        Caller caller = BorderAccess.withRole(Role.OFFICER);
        String state = caller.requireState();
        DetectionForm form = new DetectionForm(
                blank(detectedAt),
                blank(latitude),
                blank(longitude),
                blank(place),
                blank(borderWith),
                blank(direction),
                blank(groupSize),
                blank(nationalities),
                blank(note),
                blank(distribution));
        Filters filters = new Filters(state, "", "", "", "", "ANALYSIS");
        try {
            IllegalCrossings.Detection d = IllegalCrossingController.read(request(form, zone(caller)), state);
            Long id = tx.execute(status -> {
                long recorded = illegal.record(d, caller.username());
                audit.record(AuditEntry.of("border.illegal.create").withRecord("illegal-crossing", recorded, state));
                return recorded;
            });
            model.addAttribute("recordedId", id);
            model.addAttribute("form", DetectionForm.empty(zone(caller)));
        } catch (InvalidParameterException e) {
            model.addAttribute("formError", e.getMessage());
            model.addAttribute("form", form);
        }
        show(caller, filters, model);
        return "border/illegal-crossings";
    }

    /** Reads the filtered list and the statistics, audits the read, and fills the model. */
    private void show(Caller caller, Filters f, Model model) {
        Purpose purpose = Purpose.require(f.purpose());
        String host = f.state().isEmpty() ? null : f.state().toUpperCase(Locale.ROOT);
        if (host != null && !CheckpointController.STATES.contains(host)) {
            throw BorderInput.invalid("state", "a member state code", f.state());
        }
        LocalDate fromDay = RequestReader.optionalDate("from", f.from());
        LocalDate toDay = RequestReader.optionalDate("to", f.to());
        String nationality =
                f.nationality().isEmpty() ? null : RequestReader.code("nationality", f.nationality(), "[A-Z]{3}");
        Instant fromI = (fromDay == null ? LocalDate.now().minusYears(3) : fromDay)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        Instant toI = (toDay == null ? LocalDate.now().plusDays(1) : toDay.plusDays(1))
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        IllegalCrossings.Filter filter = new IllegalCrossings.Filter(
                host, fromI, toI, nationality, f.place().isEmpty() ? null : f.place());
        Visibility v = Visibility.of(caller, LocalDate.now());
        var list = illegal.list(filter, 500, v.predicate(), v.params());
        var places = illegal.byPlace(filter, v.predicate(), v.params());
        var monthly = illegal.monthly(host, fromI, toI, v.predicate(), v.params());
        var byNationality = illegal.byNationality(host, fromI, toI, v.predicate(), v.params());
        audit.record(AuditEntry.of("border.illegal.list")
                .withPurpose(purpose)
                .withTerm("state", host)
                .withTerm("from", fromI)
                .withTerm("to", toI)
                .withTerm("nationality", nationality)
                .withTerm("place", filter.place())
                .withRecords(list.stream()
                        .map(r -> AuditedRecord.of("illegal-crossing", r.id(), r.ownerState()))
                        .toList()));
        model.addAttribute("filters", f);
        model.addAttribute("states", CheckpointController.STATES);
        model.addAttribute("purposes", PURPOSES);
        model.addAttribute("detections", list);
        model.addAttribute("places", places);
        model.addAttribute("monthly", monthly);
        model.addAttribute("byNationality", byNationality);
        model.addAttribute("canRecord", caller.hasRole(Role.OFFICER) && caller.stateCode() != null);
        model.addAttribute("ownState", caller.stateCode());
    }

    /** The form as the API's request: the local time is the officer's state's, nationalities separated by commas. */
    static IllegalCrossingController.DetectionRequest request(DetectionForm form, ZoneId zone) {
        String at = null;
        if (!form.detectedAt().isEmpty()) {
            try {
                at = LocalDateTime.parse(form.detectedAt())
                        .atZone(zone)
                        .toOffsetDateTime()
                        .toString();
            } catch (DateTimeParseException e) {
                throw BorderInput.invalid("detectedAt", "a date and time such as 2026-11-27T03:15", form.detectedAt());
            }
        }
        List<String> nationalities = Arrays.stream(form.nationalities().split("[,;\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
        return new IllegalCrossingController.DetectionRequest(
                at,
                number("latitude", form.latitude()),
                number("longitude", form.longitude()),
                form.place(),
                form.borderWith(),
                form.direction(),
                whole("groupSize", form.groupSize()),
                nationalities,
                form.note(),
                form.distribution(),
                List.of());
    }

    private static @Nullable Double number(String field, String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(raw.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw BorderInput.invalid(field, "a number of degrees such as 37.25", raw);
        }
    }

    private static @Nullable Integer whole(String field, String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            throw BorderInput.invalid(field, "the number of persons, from 1 to 10000", raw);
        }
    }

    private static ZoneId zone(Caller caller) {
        return caller.stateCode() == null ? ZoneOffset.UTC : StateZones.of(caller.stateCode());
    }

    private static String purposeOrDefault(@Nullable String purpose) {
        return purpose == null || purpose.isBlank()
                ? "ANALYSIS"
                : purpose.strip().toUpperCase(Locale.ROOT);
    }

    private static String blank(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
