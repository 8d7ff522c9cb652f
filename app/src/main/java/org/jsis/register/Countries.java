package org.jsis.register;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Normalises nationalities and countries to ISO 3166-1 alpha-2 codes where it can: from alpha-2 or
 * alpha-3 codes, English or Russian country names (as the JDK knows them) and the UN's formal names
 * ("Russian Federation", "Iran (Islamic Republic of)"). Values it cannot resolve are kept as written.
 */
public final class Countries {

    // Declared before the static block that uses them.
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> NORMALISED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            BY_KEY.put(key(alpha2), alpha2);
            BY_KEY.put(key(country.getISO3Country()), alpha2);
            BY_KEY.put(key(country.getDisplayCountry(Locale.ENGLISH)), alpha2);
            BY_KEY.put(key(country.getDisplayCountry(new Locale("ru"))), alpha2);
        }
        // Formal and older names used by the UN and others that the JDK does not list.
        String[][] extra = {
            {"Russian Federation", "RU"},
            {"Российская Федерация", "RU"},
            {"Russia", "RU"},
            {"Киргизия", "KG"},
            {"Iran (Islamic Republic of)", "IR"},
            {"Syrian Arab Republic", "SY"},
            {"Syria", "SY"},
            {"Democratic People's Republic of Korea", "KP"},
            {"North Korea", "KP"},
            {"Republic of Korea", "KR"},
            {"United Republic of Tanzania", "TZ"},
            {"United Kingdom of Great Britain and Northern Ireland", "GB"},
            {"United Kingdom", "GB"},
            {"United States of America", "US"},
            {"United States", "US"},
            {"Democratic Republic of the Congo", "CD"},
            {"Congo", "CG"},
            {"State of Palestine", "PS"},
            {"Türkiye", "TR"},
            {"Turkey", "TR"},
            {"Viet Nam", "VN"},
            {"Lao People's Democratic Republic", "LA"},
            {"Bolivia (Plurinational State of)", "BO"},
            {"Venezuela (Bolivarian Republic of)", "VE"},
            {"Republic of Moldova", "MD"},
            {"Kyrgyz Republic", "KG"},
            {"Côte d'Ivoire", "CI"},
            {"Czechia", "CZ"},
            {"Oʻzbekiston", "UZ"},
            {"O'zbekiston", "UZ"},
            {"Qazaqstan", "KZ"},
            {"Қазақстан", "KZ"},
            {"Кыргызстан", "KG"},
            {"Тоҷикистон", "TJ"},
            {"Հայաստան", "AM"},
            {"Беларусь", "BY"}
        };
        for (String[] e : extra) {
            BY_KEY.put(key(e[0]), e[1]);
        }
    }

    private Countries() {}

    private static String key(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return NON_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The ISO 3166-1 alpha-2 code of a country code or name, when known. */
    public static Optional<String> code(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(key(value)));
    }

    /**
     * The alpha-2 code when the value is recognised, otherwise the value as written (trimmed); null for
     * blanks and "not available" markers ({@code na}, {@code n/a}).
     */
    public static @Nullable String normalise(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = Scripts.collapseSpaces(value);
        if (v.equalsIgnoreCase("na") || v.equalsIgnoreCase("n/a")) {
            return null;
        }
        if (NORMALISED.size() > 10_000) {
            NORMALISED.clear();
        }
        return NORMALISED.computeIfAbsent(v, x -> code(x).orElse(x));
    }

    /** The English name of an alpha-2 code, or the value itself when it is not a code. */
    public static String displayName(String value, Locale locale) {
        if (value.length() == 2 && value.chars().allMatch(Character::isUpperCase)) {
            String name = new Locale("", value).getDisplayCountry(locale);
            return name.isEmpty() || name.equals(value) ? value : name;
        }
        return value;
    }
}
