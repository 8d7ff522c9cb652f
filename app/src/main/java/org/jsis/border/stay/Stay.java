package org.jsis.border.stay;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A continuous stay in the host state, entry and exit days included.
 *
 * @param entryCrossingId the entry crossing, or {@code null} when the stay is known only from its exit
 * @param firstDay the entry day (or the exit day when the entry is unknown)
 * @param lastDay the exit day, or {@code null} while the stay is open
 */
public record Stay(
        @Nullable String entryCrossingId,
        LocalDate firstDay,
        @Nullable LocalDate lastDay) {

    public boolean open() {
        return lastDay == null;
    }
}
