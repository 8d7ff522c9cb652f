package org.jsis.border.web;

import java.util.Locale;
import org.jsis.audit.Purpose;
import org.jsis.border.BorderCheckResult;
import org.jsis.border.BorderChecks;
import org.jsis.border.BorderInput;
import org.jsis.border.Checkpoint;
import org.jsis.border.Checkpoints;
import org.jsis.border.DocumentData;
import org.jsis.border.stay.Direction;
import org.jsis.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/border-checks}: CLEAR or HIT for a traveller at a checkpoint; no side effects. */
@RestController
class BorderCheckController {

    private final BorderChecks checks;
    private final Checkpoints checkpoints;
    private final RequestReader reader;

    BorderCheckController(BorderChecks checks, Checkpoints checkpoints, RequestReader reader) {
        this.checks = checks;
        this.checkpoints = checkpoints;
        this.reader = reader;
    }

    record CheckRequest(
            @Nullable String checkpoint,
            @Nullable String direction,
            @Nullable DocumentRequest document,
            @Nullable String purpose) {}

    @PostMapping("/api/v1/border-checks")
    BorderCheckResult check(@RequestBody CheckRequest request) {
        Purpose purpose = Purpose.require(request.purpose());
        if (purpose != Purpose.BORDER_CHECK) {
            throw BorderInput.invalid("purpose", "BORDER_CHECK for a border check", request.purpose());
        }
        Checkpoint checkpoint = checkpoints.resolve(
                "checkpoint",
                RequestReader.required("checkpoint", request.checkpoint(), "the id or code of a checkpoint"));
        Caller caller = BorderAccess.officerAt(checkpoint);
        Direction direction = RequestReader.direction("direction", request.direction());
        if (request.document() == null) {
            throw BorderInput.invalid("document", "an object with the document's fields or its 'mrz'", null);
        }
        DocumentData document = reader.document("document.", request.document());
        return checks.check(caller, checkpoint, direction, document);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
