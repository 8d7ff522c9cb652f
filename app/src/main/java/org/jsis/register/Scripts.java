package org.jsis.register;

import java.util.EnumMap;
import java.util.Map;

/** Detects the writing system of a name as an ISO 15924 code, by the majority of its letters. */
public final class Scripts {

    private static final Map<Character.UnicodeScript, String> CODES = new EnumMap<>(Character.UnicodeScript.class);

    static {
        CODES.put(Character.UnicodeScript.LATIN, "Latn");
        CODES.put(Character.UnicodeScript.CYRILLIC, "Cyrl");
        CODES.put(Character.UnicodeScript.ARABIC, "Arab");
        CODES.put(Character.UnicodeScript.GREEK, "Grek");
        CODES.put(Character.UnicodeScript.ARMENIAN, "Armn");
        CODES.put(Character.UnicodeScript.GEORGIAN, "Geor");
        CODES.put(Character.UnicodeScript.HEBREW, "Hebr");
        CODES.put(Character.UnicodeScript.HAN, "Hani");
        CODES.put(Character.UnicodeScript.HANGUL, "Hang");
        CODES.put(Character.UnicodeScript.DEVANAGARI, "Deva");
        CODES.put(Character.UnicodeScript.THAI, "Thai");
    }

    private Scripts() {}

    /** The ISO 15924 code of the script most letters of {@code text} are in; {@code Zyyy} when none is a letter. */
    public static String detect(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints()
                .filter(Character::isLetter)
                .forEach(cp -> counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> CODES.getOrDefault(
                        e.getKey(),
                        e.getKey().name().substring(0, 1)
                                + e.getKey()
                                        .name()
                                        .substring(
                                                1, Math.min(4, e.getKey().name().length()))
                                        .toLowerCase(java.util.Locale.ROOT)))
                .orElse("Zyyy");
    }
}
