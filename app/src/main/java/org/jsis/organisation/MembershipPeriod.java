package org.jsis.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One recorded period of a state's membership, as the half-open range {@code [validFrom, validUntil)}.
 *
 * @param validUntil the first day after the period, or {@code null} when open-ended
 */
public record MembershipPeriod(
        long id,
        String stateCode,
        MembershipStatus status,
        LocalDate validFrom,
        @Nullable LocalDate validUntil,
        @Nullable String note) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || day.isBefore(validUntil));
    }
}
