package org.jsis.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Describes, for a person, the form a value of a given Java type must take in a request. */
final class ExpectedForms {

    private static final Map<Class<?>, String> FORMS = Map.ofEntries(
            Map.entry(LocalDate.class, "a date in the form YYYY-MM-DD"),
            Map.entry(LocalDateTime.class, "a date and time in the form YYYY-MM-DDTHH:MM:SS"),
            Map.entry(LocalTime.class, "a time in the form HH:MM or HH:MM:SS"),
            Map.entry(OffsetDateTime.class, "a date and time with offset, e.g. 2007-05-23T10:15:00+06:00"),
            Map.entry(ZonedDateTime.class, "a date and time with offset, e.g. 2007-05-23T10:15:00+06:00"),
            Map.entry(Instant.class, "an instant in UTC, e.g. 2007-05-23T04:15:00Z"),
            Map.entry(YearMonth.class, "a month in the form YYYY-MM"),
            Map.entry(Year.class, "a year in the form YYYY"),
            Map.entry(UUID.class, "a UUID, e.g. 123e4567-e89b-12d3-a456-426614174000"),
            Map.entry(Boolean.class, "true or false"),
            Map.entry(boolean.class, "true or false"),
            Map.entry(Integer.class, "a whole number"),
            Map.entry(int.class, "a whole number"),
            Map.entry(Long.class, "a whole number"),
            Map.entry(long.class, "a whole number"),
            Map.entry(Short.class, "a whole number"),
            Map.entry(short.class, "a whole number"),
            Map.entry(Double.class, "a number, e.g. 0.85"),
            Map.entry(double.class, "a number, e.g. 0.85"),
            Map.entry(Float.class, "a number, e.g. 0.85"),
            Map.entry(float.class, "a number, e.g. 0.85"),
            Map.entry(String.class, "a text"));

    private ExpectedForms() {}

    static String of(@Nullable Class<?> type) {
        if (type == null) {
            return "a value of the documented form";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a JSON object";
        }
        String form = FORMS.get(type);
        return form != null ? form : "a value of type " + type.getSimpleName();
    }
}
