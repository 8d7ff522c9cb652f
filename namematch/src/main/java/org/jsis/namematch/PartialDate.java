package org.jsis.namematch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, such as a birth date recorded as {@code 1965} or
 * {@code 1965-03}.
 *
 * <p>Instances are immutable and validated: the month is 1..12 and the day exists in that month.
 */
public final class PartialDate implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private final int year;
    private final int month;
    private final int day;

    private PartialDate(int year, int month, int day) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be 1..9999, was " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: %04d-%02d-%02d".formatted(year, month, day), e);
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /** A date known only to the year. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** A date known to the month. */
    public static PartialDate of(int year, int month) {
        if (month == 0) {
            throw new IllegalArgumentException("month must be 1..12, was 0");
        }
        return new PartialDate(year, month, 0);
    }

    /** A full date. */
    public static PartialDate of(int year, int month, int day) {
        if (month == 0 || day == 0) {
            throw new IllegalArgumentException("month and day must be given, were " + month + ", " + day);
        }
        return new PartialDate(year, month, day);
    }

    /** The date of a {@link LocalDate}. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}.
     *
     * @throws IllegalArgumentException naming the text when it is not one of these forms or not a real date
     */
    public static PartialDate parse(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date; expected yyyy, yyyy-mm or yyyy-mm-dd");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(2) != null && month == 0 || m.group(3) != null && day == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a date; month and day start at 1");
        }
        try {
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: " + e.getMessage(), e);
        }
    }

    public int year() {
        return year;
    }

    /** The month 1..12, when known. */
    public OptionalInt month() {
        return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /** The day of the month, when known. */
    public OptionalInt day() {
        return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
    }

    /** How precisely this date is known. */
    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /**
     * Whether the two dates can be the same day: every part known on both sides is equal.
     * {@code 1965} agrees with {@code 1965-03-12}; {@code 1965-04} does not.
     */
    public boolean agreesWith(PartialDate other) {
        return year == other.year
                && (month == 0 || other.month == 0 || month == other.month)
                && (day == 0 || other.day == 0 || day == other.day);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate d && d.year == year && d.month == month && d.day == day;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }

    /** The ISO form that {@link #parse} reads: {@code 1965}, {@code 1965-03} or {@code 1965-03-12}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (month != 0) {
            pad(sb.append('-'), month, 2);
        }
        if (day != 0) {
            pad(sb.append('-'), day, 2);
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    /** How much of a {@link PartialDate} is known. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }
}
