package org.jsis.security.web;

import java.util.List;
import org.jsis.security.internal.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The console's form for a new API token: a name and a validity chosen from a short list.
 *
 * @param name what the token is for, as typed
 * @param validDays the validity as sent (a number of days)
 */
public record TokenForm(@Nullable String name, @Nullable String validDays) {

    /** The validities offered, in days; the service accepts any from 1 to its maximum. */
    static final List<Integer> VALIDITY_CHOICES = List.of(7, 30, 90, 180, 365);

    static final String DEFAULT_DAYS = "90";

    static TokenForm empty() {
        return new TokenForm("", DEFAULT_DAYS);
    }

    /**
     * The validity as a number for the service, which checks its range.
     *
     * @throws InvalidInputException when it is not a whole number
     */
    @Nullable
    Integer days() {
        if (validDays == null || validDays.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(validDays.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("validDays", "a whole number of days", validDays);
        }
    }
}
