package org.jsis.register.web;

import java.net.URI;
import java.util.List;
import org.jsis.platform.web.InputError;
import org.jsis.register.ImportFormatException;
import org.jsis.register.RegisterEntities;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a file that cannot be imported with an RFC 9457 problem naming the position (line, column, record);
 * bad parameters and body fields ({@link org.jsis.platform.web.InvalidParameterException}) go through the
 * shared handler of {@code org.jsis.platform.web}.
 */
@RestControllerAdvice(basePackageClasses = RegisterProblems.class)
class RegisterProblems {

    @ExceptionHandler(ImportFormatException.class)
    ProblemDetail brokenFile(ImportFormatException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("The file cannot be imported");
        p.setType(URI.create("urn:jsis:problem:register:broken-file"));
        p.setProperty("format", e.format().id());
        p.setProperty("position", e.position());
        p.setProperty("problem", e.problem());
        if (e.line() != null) {
            p.setProperty("line", e.line());
        }
        if (e.column() != null) {
            p.setProperty("column", e.column());
        }
        if (e.record() != null) {
            p.setProperty("record", e.record());
        }
        p.setProperty("written", 0);
        p.setProperty("errors", List.of(new InputError("body", e.position(), e.problem(), null, e.getMessage())));
        return p;
    }

    @ExceptionHandler(RegisterEntities.EntityNotFoundException.class)
    ProblemDetail notFound(RegisterEntities.EntityNotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        return p;
    }
}
