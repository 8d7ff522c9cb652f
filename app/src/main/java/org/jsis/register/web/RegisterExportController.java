package org.jsis.register.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jsis.audit.Purpose;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.register.ExportFormat;
import org.jsis.register.RegisterExports;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/register/exports?format=ftm|csv|stix}: the register as a file. */
@RestController
@RequestMapping("/api/v1/register")
class RegisterExportController {

    private final RegisterExports exports;

    RegisterExportController(RegisterExports exports) {
        this.exports = exports;
    }

    /** Writes straight to the response (no buffering of the whole register, no async dispatch). */
    @GetMapping("/exports")
    void export(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String purpose,
            @RequestParam(defaultValue = "false") boolean includeDelisted,
            HttpServletResponse response)
            throws IOException {
        Caller caller = CurrentCaller.require().requireAnyRole(RegisterEntityController.READERS);
        if (format == null) {
            throw new InvalidParameterException("format", "one of ftm|csv|stix", null);
        }
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("format", "one of ftm|csv|stix", format);
        }
        List<UUID> ids = exports.exportable(f, includeDelisted, Purpose.require(purpose), caller);
        response.setContentType(f.mediaType());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jsis-register." + f.extension() + "\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        exports.export(f, ids, writer);
        writer.flush();
    }
}
