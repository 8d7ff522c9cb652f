package org.jsis.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsis.security.internal.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Who besides the owner state may see a record. Stored as text in the record's {@code distribution}
 * column and read by {@code jsis_can_see}.
 */
public enum Distribution {
    /** Only the owner state. */
    OWNER_ONLY,
    /** The owner state and the states listed in {@code shared_with}. */
    SELECTED_STATES,
    /** Every member state (and the Secretariat). */
    ALL_MEMBERS;

    /** Reads a distribution from a request; unknown values are a 400 naming {@code field}. */
    public static Distribution parse(String field, @Nullable String raw) {
        if (raw != null) {
            try {
                return valueOf(raw.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // answered below
            }
        }
        throw new InvalidInputException(
                field, "one of " + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")), raw);
    }
}
