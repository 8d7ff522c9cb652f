package org.jsis.audit.web;

import org.jspecify.annotations.Nullable;

/** The audit page's filters as typed, shown again in the form (with the error when one is refused). */
public record AuditForm(
        @Nullable String from,
        @Nullable String to,
        @Nullable String user,
        @Nullable String accessorState,
        @Nullable String action,
        @Nullable String purpose,
        @Nullable String recordId,
        @Nullable String recordType) {

    /** Whether any filter is set. */
    public boolean any() {
        return set(from)
                || set(to)
                || set(user)
                || set(accessorState)
                || set(action)
                || set(purpose)
                || set(recordId)
                || set(recordType);
    }

    private static boolean set(@Nullable String s) {
        return s != null && !s.isBlank();
    }
}
