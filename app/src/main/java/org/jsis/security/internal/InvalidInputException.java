package org.jsis.security.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Bad input to a security endpoint: 400 problem+json naming the field and the expected form. */
public class InvalidInputException extends ErrorResponseException {

    private final String field;

    public InvalidInputException(String field, String expected, @Nullable Object rejected) {
        super(HttpStatus.BAD_REQUEST, problem(field, expected, rejected), null);
        this.field = field;
    }

    public String field() {
        return field;
    }

    private static ProblemDetail problem(String field, String expected, @Nullable Object rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "'" + field + "' must be " + expected + (rejected == null ? "" : ", got '" + rejected + "'"));
        problem.setTitle("Invalid input");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("name", field);
        error.put("expected", expected);
        if (rejected != null) {
            error.put("rejectedValue", rejected);
        }
        problem.setProperty("errors", List.of(error));
        return problem;
    }
}
