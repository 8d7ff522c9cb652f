package org.jsis.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A state's chairmanship of the organisation, over the half-open range {@code [validFrom, validUntil)}.
 *
 * @param validUntil the first day after the term
 */
public record ChairmanshipTerm(
        MemberState state,
        LocalDate validFrom,
        LocalDate validUntil,
        @Nullable String note) {

    /** The last day of the term. */
    public LocalDate lastDay() {
        return validUntil.minusDays(1);
    }
}
