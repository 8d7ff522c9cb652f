package org.jsis.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A state's standing on a given day: the status in force and the stretch of days it holds unchanged,
 * {@code [since, until)}.
 *
 * @param since the first day of the current stretch
 * @param until the first day on which a recorded change takes effect, or {@code null} if none is recorded
 * @param note the note of the period in force
 */
public record Standing(
        MemberState state,
        MembershipStatus status,
        LocalDate since,
        @Nullable LocalDate until,
        @Nullable String note) {

    public boolean isMember() {
        return status == MembershipStatus.MEMBER;
    }
}
