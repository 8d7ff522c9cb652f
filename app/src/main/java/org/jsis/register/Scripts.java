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

    /** The text stripped, with every run of white space as one space. */
    public static String collapseSpaces(String text) {
        String t = text.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)
                    && (c != ' ' || (i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1))))) {
                return WHITESPACE.matcher(t).replaceAll(" ");
            }
        }
        return t;
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** The ISO 15924 code of the script most letters of {@code text} are in; {@code Zyyy} when none is a letter. */
    public static String detect(String text) {
        boolean asciiLetters = false;
        boolean other = false;
        for (int i = 0; i < text.length() && !other; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                other = true;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                asciiLetters = true;
            }
        }
        if (!other) {
            return asciiLetters ? "Latn" : "Zyyy";
        }
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
