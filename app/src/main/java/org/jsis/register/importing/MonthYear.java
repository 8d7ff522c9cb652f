package org.jsis.register.importing;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsis.register.BirthDate;
import org.jspecify.annotations.Nullable;

/** Reads free-text month-year dates of birth: "Nov. 1973", "August 1961", "Between Aug. and Sep. 1977". */
final class MonthYear {

    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "01"),
            Map.entry("feb", "02"),
            Map.entry("mar", "03"),
            Map.entry("apr", "04"),
            Map.entry("may", "05"),
            Map.entry("jun", "06"),
            Map.entry("jul", "07"),
            Map.entry("aug", "08"),
            Map.entry("sep", "09"),
            Map.entry("oct", "10"),
            Map.entry("nov", "11"),
            Map.entry("dec", "12"));
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern SINGLE = Pattern.compile(MONTH + "\\s+(\\d{4})");
    private static final Pattern BETWEEN =
            Pattern.compile("between\\s+" + MONTH + "\\s+and\\s+" + MONTH + "\\s+(\\d{4})");

    private MonthYear() {}

    static @Nullable BirthDate parse(String note, BirthDate.Qualifier qualifier) {
        String t = note.strip().toLowerCase(Locale.ROOT);
        Matcher between = BETWEEN.matcher(t);
        if (between.matches()) {
            String year = between.group(3);
            return new BirthDate(
                    BirthDate.Qualifier.BETWEEN,
                    year + "-" + MONTHS.get(between.group(1)),
                    year + "-" + MONTHS.get(between.group(2)));
        }
        Matcher single = SINGLE.matcher(t);
        if (single.matches()) {
            return new BirthDate(qualifier, single.group(2) + "-" + MONTHS.get(single.group(1)), null);
        }
        return null;
    }
}
