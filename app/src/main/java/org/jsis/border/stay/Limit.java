package org.jsis.border.stay;

/**
 * One limit of the applicable rule, measured on the status date.
 *
 * @param kind which limit
 * @param used days counted against it (the status date included when present)
 * @param allowed the limit
 */
public record Limit(Kind kind, int used, int allowed) {

    public enum Kind {
        PER_ENTRY,
        ROLLING_WINDOW,
        CALENDAR_YEAR
    }

    public int remaining() {
        return Math.max(0, allowed - used);
    }
}
