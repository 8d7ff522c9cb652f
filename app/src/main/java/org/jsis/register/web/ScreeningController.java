package org.jsis.register.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.jsis.audit.Purpose;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.register.EntityType;
import org.jsis.register.RegisterScreening;
import org.jsis.register.ScreeningHit;
import org.jsis.register.ScreeningRequest;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/screenings}: screens a name against the register, best first, only over records the
 * caller may see, audited with its purpose. {@code POST /api/v1/screenings/batch?purpose=}: a passenger list
 * as CSV in, the {@code ./jsis screen} CSV out.
 */
@RestController
@RequestMapping("/api/v1/screenings")
class ScreeningController {

    private final RegisterScreening screening;

    ScreeningController(RegisterScreening screening) {
        this.screening = screening;
    }

    /** The screening request body. */
    record ScreeningBody(
            @Nullable String name,
            @Nullable String birthDate,
            @Nullable String nationality,
            @Nullable String kind,
            @Nullable String purpose,
            @Nullable Double threshold,
            @Nullable Integer limit) {}

    record ScreeningAnswer(List<ScreeningHit> hits) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ScreeningAnswer screen(@RequestBody ScreeningBody body) {
        Caller caller = CurrentCaller.require().requireAnyRole(RegisterEntityController.READERS);
        Purpose purpose = Purpose.require(body.purpose());
        ScreeningRequest request = new ScreeningRequest(
                body.name(),
                body.birthDate(),
                body.nationality(),
                kind(body.kind()),
                purpose,
                body.threshold(),
                body.limit());
        return new ScreeningAnswer(screening.screen(request, caller));
    }

    @PostMapping(path = "/batch", produces = "text/csv")
    ResponseEntity<String> batch(
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) Double threshold,
            HttpServletRequest http)
            throws IOException {
        Caller caller = CurrentCaller.require().requireAnyRole(RegisterEntityController.READERS);
        Purpose p = Purpose.require(purpose);
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            throw new InvalidParameterException("threshold", "a number from 0 to 1", threshold);
        }
        StringWriter out = new StringWriter();
        try (InputStream in = http.getInputStream()) {
            screening.screenBatch(in, p, threshold, caller, out);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .body(out.toString());
    }

    static @Nullable EntityType kind(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        String k = kind.strip().toUpperCase(Locale.ROOT).replace("ORGANIZATION", "ORGANISATION");
        if (!k.equals("PERSON") && !k.equals("ORGANISATION")) {
            throw new InvalidParameterException("kind", "PERSON or ORGANISATION", kind);
        }
        return EntityType.valueOf(k);
    }
}
