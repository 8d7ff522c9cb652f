package org.jsis.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by a controller or module service when a request parameter is well-formed but not acceptable
 * (for example an unknown state code); answered with 400 {@code application/problem+json} that names
 * the parameter and the expected form.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String expected;
    private final @Nullable Object rejectedValue;

    /**
     * @param parameter the request parameter (or path variable, or body field) at fault
     * @param expected what would have been accepted, for a person to read ("one of ARM, BLR")
     * @param rejectedValue the value that was sent
     */
    public InvalidParameterException(String parameter, String expected, @Nullable Object rejectedValue) {
        super("Parameter '" + parameter + "' must be " + expected + ", got '" + rejectedValue + "'");
        this.parameter = parameter;
        this.expected = expected;
        this.rejectedValue = rejectedValue;
    }

    public String parameter() {
        return parameter;
    }

    public String expected() {
        return expected;
    }

    public @Nullable Object rejectedValue() {
        return rejectedValue;
    }
}
