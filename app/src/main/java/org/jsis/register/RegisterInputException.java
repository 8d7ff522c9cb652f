package org.jsis.register;

import org.jspecify.annotations.Nullable;

/** A field of a request body the register cannot accept; answered as 400 problem+json naming the field. */
public final class RegisterInputException extends RuntimeException {

    private final String field;
    private final String expected;
    private final @Nullable Object rejectedValue;

    public RegisterInputException(String field, String expected, @Nullable Object rejectedValue) {
        super("'" + field + "' must be " + expected + (rejectedValue == null ? "" : ", got '" + rejectedValue + "'"));
        this.field = field;
        this.expected = expected;
        this.rejectedValue = rejectedValue;
    }

    public String field() {
        return field;
    }

    public String expected() {
        return expected;
    }

    public @Nullable Object rejectedValue() {
        return rejectedValue;
    }
}
