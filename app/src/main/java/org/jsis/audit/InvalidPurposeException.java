package org.jsis.audit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request without a purpose, or with one JSIS does not know: answered with 400 problem+json that names
 * the {@code purpose} parameter and lists the allowed values.
 */
public class InvalidPurposeException extends ErrorResponseException {

    public InvalidPurposeException(@Nullable String rejected) {
        super(HttpStatus.BAD_REQUEST, problem(rejected), null);
    }

    private static ProblemDetail problem(@Nullable String rejected) {
        String expected = "one of " + String.join(", ", Purpose.allowed());
        String detail = rejected == null || rejected.isBlank()
                ? "Parameter 'purpose' is required: " + expected
                : "Parameter 'purpose' must be " + expected + ", got '" + rejected + "'";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid purpose");
        problem.setProperty("parameter", "purpose");
        problem.setProperty("allowed", Purpose.allowed());
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("in", "query");
        error.put("name", "purpose");
        error.put("expected", expected);
        if (rejected != null) {
            error.put("rejectedValue", rejected);
        }
        problem.setProperty("errors", List.of(error));
        return problem;
    }
}
