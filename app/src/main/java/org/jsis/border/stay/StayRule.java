package org.jsis.border.stay;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a stay rule: the limits on a stay in a host state for one nationality group
 * (and purpose), valid on {@code [validFrom, validTo)}. Limits that are {@code null} do not apply;
 * several may apply together (Kazakhstan: 30 days per entry and 90 in any 180).
 *
 * @param id the database id of this version (recorded with every computed status)
 * @param code the rule's code, the same across versions
 * @param version the version number
 * @param validFrom first day the version applies
 * @param validTo first day it no longer applies, or {@code null} when open-ended
 * @param exempt no limit at all (for example Belarusians in Russia)
 * @param perEntryDays at most this many days from each entry
 * @param windowDays the length M of the rolling window of an N-in-M rule
 * @param windowMaxDays the N of an N-in-M rule
 * @param calendarYearMaxDays at most this many days in each calendar year
 * @param registrationDays registration is due within this many days of entry
 * @param registrationWorkingDays whether {@code registrationDays} counts working days (Monday–Friday)
 */
public record StayRule(
        long id,
        String code,
        int version,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        boolean exempt,
        @Nullable Integer perEntryDays,
        @Nullable Integer windowDays,
        @Nullable Integer windowMaxDays,
        @Nullable Integer calendarYearMaxDays,
        @Nullable Integer registrationDays,
        boolean registrationWorkingDays) {

    public StayRule {
        if ((windowDays == null) != (windowMaxDays == null)) {
            throw new IllegalArgumentException("rule " + code + ": window days and window maximum go together");
        }
        if (!exempt && perEntryDays == null && windowDays == null && calendarYearMaxDays == null) {
            throw new IllegalArgumentException("rule " + code + " sets no limit and is not exempt");
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("rule " + code + ": valid to " + validTo + " is not after " + validFrom);
        }
    }

    /** Whether this version applies on {@code day}. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    /** {@code code} and version, for example {@code RUS-VISA-FREE v2}. */
    public String label() {
        return code + " v" + version;
    }
}
