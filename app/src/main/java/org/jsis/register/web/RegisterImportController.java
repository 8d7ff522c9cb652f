package org.jsis.register.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.register.ImportFormat;
import org.jsis.register.ImportProgress;
import org.jsis.register.ImportRequest;
import org.jsis.register.ImportResult;
import org.jsis.register.RegisterImports;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/register/imports?format=un-xml|ftm|csv}: the request body is the file; the answer
 * gives the counts of records created, updated, unchanged and delisted. All or nothing.
 */
@RestController
@RequestMapping("/api/v1/register")
class RegisterImportController {

    private final RegisterImports imports;
    private final RegisterWebSupport support;

    RegisterImportController(RegisterImports imports, RegisterWebSupport support) {
        this.imports = imports;
        this.support = support;
    }

    @PostMapping(path = "/imports", produces = MediaType.APPLICATION_JSON_VALUE)
    ImportResult importFile(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "ALL_MEMBERS") String distribution,
            @RequestParam(required = false) List<String> sharedWith,
            @RequestParam(required = false) String source,
            HttpServletRequest http)
            throws IOException {
        if (MediaType.APPLICATION_FORM_URLENCODED_VALUE.equalsIgnoreCase(
                String.valueOf(http.getContentType()).split(";")[0])) {
            throw new InvalidParameterException(
                    "Content-Type",
                    "the file as the request body with Content-Type application/xml, application/x-ndjson, text/csv or "
                            + "application/octet-stream (curl: --data-binary @FILE -H 'Content-Type: application/octet-stream')",
                    http.getContentType());
        }
        ImportRequest request = importRequest(format, support.importOwner(owner), distribution, sharedWith, source);
        try (InputStream body = http.getInputStream()) {
            return imports.importFile(request, body, ImportProgress.NONE);
        } catch (IllegalArgumentException e) {
            boolean ownerAtFault = String.valueOf(e.getMessage()).startsWith("owner");
            throw new InvalidParameterException(
                    ownerAtFault ? "owner" : "sharedWith",
                    "a member state's ISO alpha-3 code",
                    ownerAtFault ? request.ownerState() : request.sharedWith());
        }
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
            if (message.startsWith("owner")) {
                throw new InvalidParameterException("owner", "a member state's ISO alpha-3 code", owner);
            } else if (message.startsWith("distribution")) {
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
