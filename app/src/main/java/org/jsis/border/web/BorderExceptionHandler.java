package org.jsis.border.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsis.border.BorderInputException;
import org.jsis.border.CrossingConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** problem+json for the border module's own exceptions (the shared handler answers the rest). */
@RestControllerAdvice(basePackageClasses = BorderExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BorderExceptionHandler {

    static final URI INVALID_INPUT = URI.create("urn:jsis:problem:invalid-input");
    static final URI CONFLICT = URI.create("urn:jsis:problem:crossing-id-conflict");

    @ExceptionHandler(BorderInputException.class)
    ResponseEntity<ProblemDetail> invalid(BorderInputException e) {
        return respond(invalidProblem(e));
    }

    @ExceptionHandler(CrossingConflictException.class)
    ResponseEntity<ProblemDetail> conflict(CrossingConflictException e) {
        return respond(conflictProblem(e));
    }

    @ExceptionHandler(BulkFailure.class)
    ResponseEntity<ProblemDetail> bulk(BulkFailure e) {
        ProblemDetail p;
        if (e.cause() instanceof BorderInputException b) {
            p = invalidProblem(b);
        } else if (e.cause() instanceof CrossingConflictException c) {
            p = conflictProblem(c);
            if (e.line > 0) {
                p.setProperty("batchEndingAtLine", e.line);
            }
        } else {
            throw e.cause();
        }
        p.setProperty("committed", e.committed);
        p.setDetail(p.getDetail() + "; batches before this one were recorded (see 'committed'); resending the"
                + " whole upload after fixing it is safe");
        return respond(p);
    }

    static ProblemDetail invalidProblem(BorderInputException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setType(INVALID_INPUT);
        p.setTitle("Invalid input");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("in", e.field().startsWith("state") || e.field().equals("batchSize") ? "query" : "body");
        error.put("name", e.field());
        error.put("expected", e.expected());
        if (e.rejectedValue() != null) {
            error.put("rejectedValue", e.rejectedValue());
        }
        error.put("message", e.getMessage());
        p.setProperty("errors", List.of(error));
        return p;
    }

    static ProblemDetail conflictProblem(CrossingConflictException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setType(CONFLICT);
        p.setTitle("Crossing id already used for another crossing");
        p.setProperty("ids", e.ids().stream().map(Object::toString).toList());
        return p;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
