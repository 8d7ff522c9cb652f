package org.jsis.platform.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Thrown by a controller or module service when a request parameter or body field is well-formed but not
 * acceptable (for example an unknown state code, a bad date in a crossing); answered by the shared handler
 * with 400 {@code application/problem+json} that names the parameter and the expected form.
 *
 * <p>Two forms: {@link #InvalidParameterException(String, String, Object)} for a query parameter, whose
 * problem says what was expected; {@link #of(String, String, String, Object)} for any input (a body field
 * such as {@code document.birthDate}, prefixed with the line of a bulk upload by {@link #at}), whose problem
 * also repeats the value that was sent.
 */
public class InvalidParameterException extends RuntimeException {

    private final String in;
    private final String parameter;
    private final String expected;
    private final @Nullable Object rejectedValue;
    private final boolean quotesValue;

    /**
     * @param parameter the request parameter (or path variable, or body field) at fault
     * @param expected what would have been accepted, for a person to read ("one of ARM, BLR")
     * @param rejectedValue the value that was sent
     */
    public InvalidParameterException(String parameter, String expected, @Nullable Object rejectedValue) {
        this(
                "Parameter '" + parameter + "' must be " + expected + ", got '" + rejectedValue + "'",
                "query",
                parameter,
                expected,
                rejectedValue,
                false);
    }

    private InvalidParameterException(
            String message,
            String in,
            String parameter,
            String expected,
            @Nullable Object rejectedValue,
            boolean quotesValue) {
        super(message);
        this.in = in;
        this.parameter = parameter;
        this.expected = expected;
        this.rejectedValue = rejectedValue;
        this.quotesValue = quotesValue;
    }

    /**
     * An input at fault, whose message (and problem) says {@code 'name' must be expected, got 'value'} (the
     * value left out when {@code null}).
     *
     * @param in where it was: {@code query}, {@code path}, {@code header} or {@code body}
     * @param name a parameter name or a body field path ({@code document.birthDate})
     * @param expected the expected form, a noun phrase ("a date in the form YYYY-MM-DD")
     * @param rejectedValue the value that was sent, when known
     */
    public static InvalidParameterException of(
            String in, String name, String expected, @Nullable Object rejectedValue) {
        return new InvalidParameterException(
                "'" + name + "' must be " + expected + (rejectedValue == null ? "" : ", got '" + rejectedValue + "'"),
                in,
                name,
                expected,
                rejectedValue,
                true);
    }

    /** A body field at fault ({@link #of} with {@code in} = {@code body}). */
    public static InvalidParameterException field(String name, String expected, @Nullable Object rejectedValue) {
        return of("body", name, expected, rejectedValue);
    }

    /**
     * The same error located in the request body by {@code prefix} before the name (for example the line of
     * a bulk upload: {@code line 3: document.birthDate}).
     */
    public InvalidParameterException at(String prefix) {
        return of("body", prefix + parameter, expected, rejectedValue);
    }

    /** This error as a problem on its own (what the shared handler answers), for handlers that add to it. */
    public ProblemDetail problem() {
        InputError error = inputError();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(ApiExceptionHandler.INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setDetail(error.message());
        problem.setProperty("errors", List.of(error));
        return problem;
    }

    /** Where the input was: {@code query}, {@code path}, {@code header} or {@code body}. */
    public String in() {
        return in;
    }

    public String parameter() {
        return parameter;
    }

    /** The same as {@link #parameter()}: the name or body field path at fault. */
    public String field() {
        return parameter;
    }

    public String expected() {
        return expected;
    }

    public @Nullable Object rejectedValue() {
        return rejectedValue;
    }

    /** The input error as a problem lists it. */
    public InputError inputError() {
        return quotesValue
                ? new InputError(in, parameter, expected, rejectedValue, getMessage())
                : InputError.form(in, parameter, expected, rejectedValue);
    }
}
