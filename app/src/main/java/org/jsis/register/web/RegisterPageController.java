package org.jsis.register.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsis.audit.Purpose;
import org.jsis.platform.web.ConsoleNavigation;
import org.jsis.platform.web.ConsolePage;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.ImportFormat;
import org.jsis.register.ImportJobs;
import org.jsis.register.ImportRequest;
import org.jsis.register.RegisterEntities;
import org.jsis.register.RegisterEntity;
import org.jsis.register.RegisterScreening;
import org.jsis.register.ScreeningHit;
import org.jsis.register.ScreeningRequest;
import org.jsis.register.Topic;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.jsis.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The register's console pages: search with filters, a record page (names by script, designations as a
 * timeline, relationships, sources), screening with readable explanations, and import with progress.
 */
@Controller
@ConsolePage
@RequestMapping("/register")
@ConsoleNavigation(path = "/register", label = "register.nav", order = ConsoleNavigation.REGISTER)
class RegisterPageController {

    private final RegisterEntities entities;
    private final RegisterScreening screening;
    private final ImportJobs jobs;

    RegisterPageController(RegisterEntities entities, RegisterScreening screening, ImportJobs jobs) {
        this.entities = entities;
        this.screening = screening;
        this.jobs = jobs;
    }

    private static Caller reader() {
        return CurrentCaller.require().requireAnyRole(RegisterEntityController.READERS);
    }

    private static Purpose purpose(@Nullable String raw) {
        return raw == null || raw.isBlank() ? Purpose.ANALYSIS : Purpose.require(raw);
    }

    @GetMapping
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String authority,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String purpose,
            Model model) {
        Caller caller = reader();
        Purpose p = purpose(purpose);
        RegisterEntities.Criteria criteria = RegisterEntityController.criteria(q, topic, authority, owner, status, 200);
        List<RegisterEntity> found = entities.search(criteria, p, caller);
        model.addAttribute("results", found);
        model.addAttribute("criteria", criteria);
        model.addAttribute("purpose", p);
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("topics", Topic.values());
        model.addAttribute("authorities", Designation.AuthorityKind.values());
        model.addAttribute("canImport", caller.hasRole(Role.ANALYST) && caller.stateCode() != null);
        return "register/search";
    }

    @GetMapping("/entities/{id}")
    String record(@PathVariable UUID id, @RequestParam(required = false) String purpose, Model model) {
        Caller caller = reader();
        RegisterEntity e = entities.view(id, purpose(purpose), caller)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        Map<String, List<EntityName>> byScript = new LinkedHashMap<>();
        for (EntityName n : e.content().names()) {
            byScript.computeIfAbsent(n.script(), k -> new ArrayList<>()).add(n);
        }
        List<Designation> timeline = new ArrayList<>(e.content().designations());
        timeline.sort(Comparator.comparing(Designation::listedOn, Comparator.nullsFirst(Comparator.naturalOrder())));
        model.addAttribute("entity", e);
        model.addAttribute("record", e.content());
        model.addAttribute("namesByScript", byScript);
        model.addAttribute("timeline", timeline);
        model.addAttribute("purpose", purpose(purpose));
        model.addAttribute(
                "canRestore",
                e.withdrawn() && caller.hasRole(Role.ANALYST) && e.ownerState().equals(caller.stateCode()));
        return "register/record";
    }

    /** Restores a withdrawn entity (the restore button of the record page; owner state's analysts). */
    @PostMapping("/entities/{id}/restore")
    String restore(@PathVariable UUID id) {
        entities.restore(id, CurrentCaller.require());
        return "redirect:/register/entities/" + id + "?restored";
    }

    @GetMapping("/screening")
    String screeningForm(Model model) {
        reader();
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute(
                "form",
                new ScreeningController.ScreeningBody("", null, null, null, Purpose.BORDER_CHECK.name(), null, null));
        return "register/screening";
    }

    @PostMapping("/screening")
    String screen(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String birthDate,
            @RequestParam(required = false) String nationality,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String purpose,
            Model model) {
        Caller caller = reader();
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute(
                "form", new ScreeningController.ScreeningBody(name, birthDate, nationality, kind, purpose, null, null));
        try {
            ScreeningRequest request = new ScreeningRequest(
                    name,
                    blank(birthDate),
                    blank(nationality),
                    ScreeningController.kind(kind),
                    Purpose.require(purpose),
                    null,
                    null);
            List<ScreeningHit> hits = screening.screen(request, caller);
            model.addAttribute("hits", hits);
        } catch (InvalidParameterException e) {
            model.addAttribute("error", e.parameter());
        } catch (org.jsis.audit.InvalidPurposeException e) {
            model.addAttribute("error", "purpose");
        }
        return "register/screening";
    }

    @GetMapping("/screening/batch")
    String batchForm(Model model) {
        reader();
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("purpose", "");
        return "register/screening-batch";
    }

    /**
     * Screens an uploaded passenger list (CSV {@code id,name[,kind,birth_date,nationality]}) and shows the hits
     * as a table with their explanations, and the {@code ./jsis screen} CSV of the same hits to download. The
     * purpose is required (no default); a malformed row is shown with its line and nothing is screened.
     */
    @PostMapping("/screening/batch")
    String screenBatch(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String threshold,
            Model model)
            throws IOException {
        Caller caller = reader();
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("purpose", purpose == null ? "" : purpose);
        model.addAttribute("threshold", threshold);
        Purpose p;
        try {
            p = Purpose.require(purpose);
        } catch (org.jsis.audit.InvalidPurposeException e) {
            model.addAttribute("error", "purpose");
            return "register/screening-batch";
        }
        Double t = null;
        if (threshold != null && !threshold.isBlank()) {
            try {
                t = Double.valueOf(threshold.strip());
            } catch (NumberFormatException e) {
                t = Double.NaN;
            }
            if (!(t >= 0 && t <= 1)) {
                model.addAttribute("error", "threshold");
                return "register/screening-batch";
            }
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "file");
            return "register/screening-batch";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        try (java.io.InputStream in = file.getInputStream()) {
            RegisterScreening.BatchResult result = screening.screenBatch(in, p, t, caller);
            java.io.StringWriter csv = new java.io.StringWriter();
            result.writeCsv(csv);
            model.addAttribute("result", result);
            model.addAttribute(
                    "csvHref",
                    "data:text/csv;charset=utf-8;base64,"
                            + java.util.Base64.getEncoder()
                                    .encodeToString(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (org.jsis.register.ImportFormatException e) {
            model.addAttribute("error", "line");
            model.addAttribute("errorLine", e.line());
            model.addAttribute("errorProblem", e.problem());
        }
        return "register/screening-batch";
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @GetMapping("/import")
    String importForm(Model model) {
        CurrentCaller.require().requireAnyRole(Role.ANALYST).requireState();
        model.addAttribute("formats", ImportFormat.values());
        return "register/import";
    }

    @PostMapping("/import")
    String startImport(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String format,
            @RequestParam(defaultValue = "ALL_MEMBERS") String distribution,
            Model model)
            throws IOException {
        Caller caller = CurrentCaller.require().requireAnyRole(Role.ANALYST);
        ImportRequest request =
                RegisterImportController.importRequest(format, caller.requireState(), distribution, List.of(), null);
        if (file.isEmpty()) {
            throw new InvalidParameterException("file", "a non-empty file", file.getOriginalFilename());
        }
        ImportJobs.Job job = jobs.start(request, file.getBytes(), String.valueOf(file.getOriginalFilename()), caller);
        return "redirect:/register/import/" + job.id();
    }

    @GetMapping("/import/{id}")
    String importProgress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        return "register/import-progress";
    }

    /** The progress fragment that the page polls (htmx) until the import has finished. */
    @GetMapping("/import/{id}/progress")
    String importProgressFragment(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        return "register/import-progress :: progress";
    }

    private ImportJobs.Job job(UUID id) {
        return jobs.find(id, CurrentCaller.require().requireAnyRole(Role.ANALYST))
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }
}
