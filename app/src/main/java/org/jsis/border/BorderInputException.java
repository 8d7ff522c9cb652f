package org.jsis.border;

import org.jspecify.annotations.Nullable;

/**
 * Input to the border module that is not acceptable; answered with 400 problem+json naming the field
 * (a body path such as {@code document.birthDate}, prefixed with the line for bulk input) and the
 * expected form.
 */
public final class BorderInputException extends RuntimeException {

    private final String field;
    private final String expected;
    private final @Nullable Object rejectedValue;

    public BorderInputException(String field, String expected, @Nullable Object rejectedValue) {
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

    /** The same error with {@code prefix} before the field (for example the line of a bulk upload). */
    public BorderInputException at(String prefix) {
        return new BorderInputException(prefix + field, expected, rejectedValue);
    }
}
