package org.jsis.border.web;

import java.time.LocalDate;
import java.util.List;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditedRecord;
import org.jsis.audit.Purpose;
import org.jsis.border.BorderCheckResult;
import org.jsis.border.BorderChecks;
import org.jsis.border.Checkpoint;
import org.jsis.border.Checkpoints;
import org.jsis.border.DocumentData;
import org.jsis.border.Overstayers;
import org.jsis.border.mrz.Mrz;
import org.jsis.border.mrz.MrzException;
import org.jsis.border.mrz.MrzParser;
import org.jsis.border.stay.Direction;
import org.jsis.platform.web.ConsoleNavigation;
import org.jsis.platform.web.ConsolePage;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.jsis.security.Role;
import org.jsis.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The border console: the officer's check screen (keyboard first, MRZ parsed as it is pasted), the
 * traveller page, the overstayers of a state with their history, and the checkpoints on the map.
 */
@Controller
@ConsolePage
@RequestMapping("/border")
@ConsoleNavigation(path = "/border", label = "border.nav", order = ConsoleNavigation.BORDER)
class BorderPageController {

    private final Checkpoints checkpoints;
    private final BorderChecks checks;
    private final RequestReader reader;
    private final TravellerController travellers;
    private final Overstayers overstayers;
    private final AuditLog audit;
    private final MrzParser mrz = new MrzParser();

    BorderPageController(
            Checkpoints checkpoints,
            BorderChecks checks,
            RequestReader reader,
            TravellerController travellers,
            Overstayers overstayers,
            AuditLog audit) {
        this.checkpoints = checkpoints;
        this.checks = checks;
        this.reader = reader;
        this.travellers = travellers;
        this.overstayers = overstayers;
        this.audit = audit;
    }

    /** The form as the officer filled it. */
    record CheckForm(
            String checkpoint,
            String direction,
            String mrz,
            String type,
            String number,
            String issuingState,
            String surname,
            String givenNames,
            String birthDate,
            String nationality,
            String sex) {

        static CheckForm empty(String checkpoint) {
            return new CheckForm(checkpoint, "ENTRY", "", "PASSPORT", "", "", "", "", "", "", "");
        }
    }

    @GetMapping
    String checkScreen(Model model) {
        Caller caller = CurrentCaller.require().requireAnyRole(Role.OFFICER);
        List<Checkpoint> own = ownCheckpoints(caller);
        model.addAttribute("checkpoints", own);
        model.addAttribute(
                "form", CheckForm.empty(own.isEmpty() ? "" : own.get(0).code()));
        return "border/check";
    }

    @PostMapping("/check")
    String check(
            @RequestParam(defaultValue = "") String checkpoint,
            @RequestParam(defaultValue = "ENTRY") String direction,
            @RequestParam(defaultValue = "") String mrz,
            @RequestParam(defaultValue = "PASSPORT") String type,
            @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String issuingState,
            @RequestParam(defaultValue = "") String surname,
            @RequestParam(defaultValue = "") String givenNames,
            @RequestParam(defaultValue = "") String birthDate,
            @RequestParam(defaultValue = "") String nationality,
            @RequestParam(defaultValue = "") String sex,
            Model model) {
        Caller caller = CurrentCaller.require().requireAnyRole(Role.OFFICER);
        CheckForm form = new CheckForm(
                checkpoint,
                direction,
                mrz,
                type,
                number,
                issuingState,
                surname,
                givenNames,
                birthDate,
                nationality,
                sex);
        model.addAttribute("checkpoints", ownCheckpoints(caller));
        model.addAttribute("form", form);
        try {
            Checkpoint cp = checkpoints.resolve("checkpoint", checkpoint);
            BorderAccess.requireState(caller, cp);
            DocumentRequest doc = new DocumentRequest(
                    mrz,
                    type,
                    number,
                    issuingState,
                    null,
                    surname,
                    givenNames,
                    null,
                    null,
                    birthDate,
                    nationality,
                    sex);
            DocumentData document = reader.document("document.", doc);
            BorderCheckResult result =
                    checks.check(caller, cp, RequestReader.direction("direction", direction), document);
            model.addAttribute("result", result);
        } catch (InvalidParameterException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "border/check";
    }

    /** The zone as read so far (an htmx fragment under the text area): fields, or the line and field at fault. */
    @PostMapping("/mrz")
    String parseMrz(@RequestParam(defaultValue = "") String mrz, Model model) {
        CurrentCaller.require().requireAnyRole(Role.OFFICER);
        if (!mrz.isBlank()) {
            try {
                Mrz parsed = this.mrz.parse(mrz);
                model.addAttribute("parsed", parsed);
            } catch (MrzException e) {
                model.addAttribute("mrzError", e.getMessage());
            }
        }
        return "border/mrz :: parsed";
    }

    @GetMapping("/travellers/{id}")
    String traveller(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose, Model model) {
        Caller caller = CurrentCaller.require().requireAnyRole(Role.OFFICER, Role.ANALYST);
        Purpose p = purpose == null || purpose.isBlank() ? Purpose.INVESTIGATION : Purpose.require(purpose);
        var view = travellers.view(id, Visibility.of(caller, LocalDate.now()));
        audit.record(AuditEntry.of("border.traveller.view")
                .withPurpose(p)
                .withTerm("id", id)
                .withRecords(
                        view == null
                                ? List.of()
                                : view.crossings().stream()
                                        .map(c -> AuditedRecord.of("border-crossing", c.id(), c.ownerState()))
                                        .toList()));
        if (view == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("traveller", view);
        model.addAttribute("purpose", p);
        return "border/traveller";
    }

    @GetMapping("/overstayers")
    String overstayers(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(defaultValue = "0") int withinDays,
            Model model) {
        Caller caller = CurrentCaller.require().requireAnyRole(Role.OFFICER, Role.ANALYST);
        String host = TravellerController.host(state, caller);
        int within = Math.max(0, Math.min(365, withinDays));
        Visibility v = Visibility.of(caller, LocalDate.now());
        var list = overstayers.list(host, within, 500, v);
        var months = overstayers.monthly(host, LocalDate.now().minusYears(3), LocalDate.now(), v);
        audit.record(AuditEntry.of("border.overstayers")
                .withPurpose(Purpose.ANALYSIS)
                .withTerm("state", host)
                .withTerm("withinDays", within)
                .withRecords(list.stream()
                        .map(o -> AuditedRecord.of("border-traveller", o.travellerId(), o.hostState()))
                        .toList()));
        model.addAttribute("state", host);
        model.addAttribute("states", CheckpointController.STATES);
        model.addAttribute("withinDays", within);
        model.addAttribute("overstayers", list);
        model.addAttribute("months", months);
        return "border/overstayers";
    }

    @GetMapping("/checkpoints")
    String checkpointMap(Model model) {
        CurrentCaller.require();
        model.addAttribute("checkpoints", checkpoints.all());
        return "border/checkpoints";
    }

    private List<Checkpoint> ownCheckpoints(Caller caller) {
        return caller.stateCode() == null
                ? List.of()
                : checkpoints.ofState(caller.stateCode()).stream()
                        .filter(Checkpoint::active)
                        .toList();
    }

    static Direction direction(String raw) {
        return RequestReader.direction("direction", raw);
    }
}
