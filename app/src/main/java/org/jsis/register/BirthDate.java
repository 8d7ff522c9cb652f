package org.jsis.register;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A birth date, full or partial: {@code from} is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD};
 * a {@link Qualifier#BETWEEN} range also has {@code to}.
 */
public record BirthDate(
        Qualifier qualifier, String from, @Nullable String to) {

    private static final Pattern PARTIAL = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    public enum Qualifier {
        EXACT,
        APPROXIMATELY,
        BETWEEN
    }

    public BirthDate {
        Objects.requireNonNull(qualifier, "qualifier");
        from = check(from, "from");
        if (qualifier == Qualifier.BETWEEN) {
            to = check(Objects.requireNonNull(to, "a BETWEEN birth date needs an upper bound"), "to");
            if (to.compareTo(from) < 0) {
                throw new IllegalArgumentException("birth date range " + from + ".." + to + " ends before it starts");
            }
        } else if (to != null) {
            throw new IllegalArgumentException("only a BETWEEN birth date has an upper bound, got " + qualifier);
        }
    }

    private static String check(String value, String field) {
        String v = Objects.requireNonNull(value, field).strip();
        if (!PARTIAL.matcher(v).matches()) {
            throw new IllegalArgumentException(
                    "birth date " + field + " must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + value + "'");
        }
        return v;
    }

    public static BirthDate exact(String date) {
        return new BirthDate(Qualifier.EXACT, date, null);
    }

    /**
     * Parses the text form used by CSV and the API: {@code 1965}, {@code 1965-03-12}, {@code ~1965}
     * (approximately) or {@code 1955..1958} (between).
     */
    public static BirthDate parse(String text) {
        String t = text.strip();
        if (t.startsWith("~")) {
            return new BirthDate(Qualifier.APPROXIMATELY, t.substring(1), null);
        }
        int range = t.indexOf("..");
        if (range > 0) {
            return new BirthDate(Qualifier.BETWEEN, t.substring(0, range), t.substring(range + 2));
        }
        return exact(t);
    }

    /** The text form {@link #parse} reads. */
    public String toText() {
        return switch (qualifier) {
            case EXACT -> from;
            case APPROXIMATELY -> "~" + from;
            case BETWEEN -> from + ".." + to;
        };
    }
}
