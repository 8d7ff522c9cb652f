package org.jsis.namematch.text;

import java.lang.Character.UnicodeScript;

/** The writing system of a token, as far as transliteration cares. */
public enum Script {
    LATIN,
    CYRILLIC,
    ARMENIAN,
    GEORGIAN,
    /** Arabic, Persian, Urdu and Pashto letters: short vowels are not written. */
    ARABIC,
    /** Any other script; transliterated with ICU's generic rules. */
    OTHER,
    /** Digits and marks only. */
    NONE;

    /** Whether short vowels are usually left unwritten, so vowels are weak evidence. */
    public boolean isAbjad() {
        return this == ARABIC;
    }

    /** The script most letters of the token belong to; ties go to the first seen. */
    public static Script of(CharSequence token) {
        int[] counts = new int[values().length];
        Script first = NONE;
        for (int i = 0; i < token.length(); ) {
            int cp = Character.codePointAt(token, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Script s = ofCodePoint(cp);
            if (first == NONE) {
                first = s;
            }
            counts[s.ordinal()]++;
        }
        Script best = first;
        for (Script s : values()) {
            if (counts[s.ordinal()] > counts[best.ordinal()]) {
                best = s;
            }
        }
        return best;
    }

    static Script ofCodePoint(int cp) {
        UnicodeScript us = UnicodeScript.of(cp);
        return switch (us) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case ARMENIAN -> ARMENIAN;
            case GEORGIAN -> GEORGIAN;
            case ARABIC -> ARABIC;
            case COMMON, INHERITED -> NONE;
            default -> OTHER;
        };
    }
}
