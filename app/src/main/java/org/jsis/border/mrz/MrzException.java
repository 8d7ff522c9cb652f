package org.jsis.border.mrz;

/**
 * A machine-readable zone that cannot be read; the message names the line and the field.
 *
 * <p>This is the only exception {@link MrzParser#parse(String)} throws, whatever its input.
 */
public final class MrzException extends RuntimeException {

    private final int line;
    private final String field;

    MrzException(int line, String field, String message) {
        super((line > 0 ? "line " + line + ", " : "") + field + ": " + message);
        this.line = line;
        this.field = field;
    }

    /** The 1-based line of the zone at fault, or 0 when the zone as a whole is at fault. */
    public int line() {
        return line;
    }

    /** The field at fault, for example {@code "document number check digit"}. */
    public String field() {
        return field;
    }
}
