package org.jsis.border.web;

import java.net.URI;
import org.jsis.border.CrossingConflictException;
import org.jsis.platform.web.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * problem+json for the border module's own exceptions (the shared handler answers the rest, bad input
 * included); a bulk upload's failure adds what its earlier batches committed.
 */
@RestControllerAdvice(basePackageClasses = BorderExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BorderExceptionHandler {

    static final URI CONFLICT = URI.create("urn:jsis:problem:crossing-id-conflict");

    @ExceptionHandler(CrossingConflictException.class)
    ResponseEntity<ProblemDetail> conflict(CrossingConflictException e) {
        return respond(conflictProblem(e));
    }

    @ExceptionHandler(BulkFailure.class)
    ResponseEntity<ProblemDetail> bulk(BulkFailure e) {
        ProblemDetail p;
        if (e.cause() instanceof InvalidParameterException b) {
            p = b.problem();
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
