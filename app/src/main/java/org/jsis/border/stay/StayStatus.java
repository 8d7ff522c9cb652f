package org.jsis.border.stay;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A traveller's stay situation in one host state on one day.
 *
 * @param asOf the day the status describes
 * @param rule the rule version applied on {@code asOf} (or on the last day present, when absent);
 *     {@code null} when no rule covers it
 * @param openSince first day of the current stay, or {@code null} when not in the host state
 * @param daysUsed days counted against the binding limit on {@code asOf}
 * @param daysAllowed the binding limit, or {@code null} when exempt or without a rule
 * @param limits every limit of the rule, measured on {@code asOf}
 * @param lastLegalDay for an open stay, the last day he may still be there if he does not leave
 *     ({@code null} when exempt or without a rule, or when not present)
 * @param overstaying whether he is present on {@code asOf} beyond the allowed stay
 * @param overstayDays days beyond the allowed stay in the current stay
 * @param overstays every period beyond the allowed stay, oldest first
 * @param registrationDue the day registration is due for the current stay, when the rule sets one
 * @param stays the stays, oldest first
 * @param warnings anomalies in the crossings
 */
public record StayStatus(
        LocalDate asOf,
        @Nullable StayRule rule,
        @Nullable LocalDate openSince,
        int daysUsed,
        @Nullable Integer daysAllowed,
        List<Limit> limits,
        @Nullable LocalDate lastLegalDay,
        boolean overstaying,
        int overstayDays,
        List<Overstay> overstays,
        @Nullable LocalDate registrationDue,
        List<Stay> stays,
        List<StayWarning> warnings) {

    /** Whether {@code asOf + days} is past the last legal day (overstay now or within {@code days}). */
    public boolean overstayWithin(int days) {
        return lastLegalDay != null && lastLegalDay.isBefore(asOf.plusDays(days));
    }
}
