package org.jsis.register.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.register.ImportFormat;
import org.jsis.register.ImportJobs;
import org.jsis.register.ImportProgress;
import org.jsis.register.ImportRequest;
import org.jsis.register.RegisterImports;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.jsis.security.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/v1/register/imports?format=un-xml|ftm|csv}: the request body is the file; the answer
 * gives the counts of records created, updated, unchanged and delisted. All or nothing. The records are
 * owned by the caller's state (analysts only). With {@code async=true} the import runs in the background:
 * 202 with the job, whose progress {@code GET /api/v1/register/imports/{id}} answers.
 */
@RestController
@RequestMapping("/api/v1/register")
class RegisterImportController {

    private final RegisterImports imports;
    private final ImportJobs jobs;

    RegisterImportController(RegisterImports imports, ImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    @PostMapping(path = "/imports", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importFile(
            @RequestParam(required = false) String format,
            @RequestParam(defaultValue = "ALL_MEMBERS") String distribution,
            @RequestParam(required = false) List<String> sharedWith,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean async,
            HttpServletRequest http)
            throws IOException {
        Caller caller = CurrentCaller.require().requireAnyRole(Role.ANALYST);
        if (MediaType.APPLICATION_FORM_URLENCODED_VALUE.equalsIgnoreCase(
                String.valueOf(http.getContentType()).split(";")[0])) {
            throw new InvalidParameterException(
                    "Content-Type",
                    "the file as the request body with Content-Type application/xml, application/x-ndjson, text/csv or "
                            + "application/octet-stream (curl: --data-binary @FILE -H 'Content-Type: application/octet-stream')",
                    http.getContentType());
        }
        ImportRequest request = importRequest(format, caller.requireState(), distribution, sharedWith, source);
        try (InputStream body = http.getInputStream()) {
            if (async) {
                ImportJobs.Job job = jobs.start(request, body.readAllBytes(), "request body", caller);
                return ResponseEntity.accepted()
                        .location(URI.create("/api/v1/register/imports/" + job.id()))
                        .body(job);
            }
            return ResponseEntity.ok(imports.importFile(request, body, ImportProgress.NONE, caller));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("sharedWith", "member states' ISO alpha-3 codes", request.sharedWith());
        }
    }

    @GetMapping("/imports/{id}")
    ImportJobs.Job job(@PathVariable UUID id) {
        Caller caller = CurrentCaller.require().requireAnyRole(Role.ANALYST);
        return jobs.find(id, caller)
                .orElseThrow(() -> new ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "no import " + id + " started by you"));
    }

    static ImportRequest importRequest(
            String format, String owner, String distribution, List<String> sharedWith, String source) {
        if (format == null || format.isBlank()) {
            throw new InvalidParameterException("format", "one of " + ImportFormat.ids(), format);
        }
        ImportFormat f;
        try {
            f = ImportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("format", "one of " + ImportFormat.ids(), format);
        }
        try {
            return new ImportRequest(f, owner, distribution, sharedWith == null ? List.of() : sharedWith, source);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            if (message.startsWith("distribution")) {
                throw new InvalidParameterException(
                        "distribution", "OWNER_ONLY, SELECTED_STATES or ALL_MEMBERS", distribution);
            } else if (message.startsWith("sharedWith")) {
                throw new InvalidParameterException(
                        "sharedWith", "ISO alpha-3 codes, with distribution SELECTED_STATES", sharedWith);
            }
            throw new InvalidParameterException("source", "1-64 letters, digits, '.', '_', ':' or '-'", source);
        }
    }
}
