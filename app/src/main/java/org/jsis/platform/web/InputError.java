package org.jsis.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One offending input in a problem response.
 *
 * @param in where it was: {@code query}, {@code path}, {@code header} or {@code body}
 * @param name a parameter name, or a body field path such as {@code names[0].value}
 * @param expected the expected form, for a person ("a date in the form YYYY-MM-DD", "must not be blank")
 * @param rejectedValue the value that was sent, when known
 * @param message one sentence naming the input and what was expected
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputError(
        String in, String name, String expected, @Nullable Object rejectedValue, String message) {

    /** An input that is not of the expected form; {@code expected} is a noun phrase ("a whole number"). */
    static InputError form(String in, String name, String expected, @Nullable Object rejectedValue) {
        return new InputError(in, name, expected, rejectedValue, "'" + name + "' must be " + expected);
    }

    /** An input that breaks a constraint; {@code constraint} reads as a predicate ("must not be blank"). */
    static InputError constraint(String in, String name, String constraint, @Nullable Object rejectedValue) {
        return new InputError(in, name, constraint, rejectedValue, "'" + name + "' " + constraint);
    }
}
