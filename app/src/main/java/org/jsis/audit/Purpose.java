package org.jsis.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Why personal data is read. Every search and check gives one ({@code purpose=...}); it is kept in the
 * audit trail so that the data's owner can see why its data was looked at.
 */
public enum Purpose {
    /** Checking a traveller or vehicle at a border crossing point. */
    BORDER_CHECK,
    /** A criminal or security investigation. */
    INVESTIGATION,
    /** Analysis and reporting (risk analysis, statistics). */
    ANALYSIS,
    /** Keeping the records correct: review, correction, deletion of outdated data. */
    DATA_MAINTENANCE,
    /** Reviewing the audit trail itself. */
    AUDIT;

    /** The allowed values, in declaration order. */
    public static List<String> allowed() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /**
     * Reads a purpose given with a request.
     *
     * @throws InvalidPurposeException (400 problem+json naming {@code purpose} and listing the allowed
     *     values) when it is missing or unknown
     */
    public static Purpose require(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPurposeException(raw);
        }
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidPurposeException(raw);
        }
    }
}
