package org.jsis.namematch.text;

import java.text.Normalizer;

/**
 * Cleans a raw name before it is split into tokens: Unicode compatibility normalisation (NFKC),
 * lower case, one apostrophe for all its look-alikes, no stress marks or Arabic vowel signs, and
 * punctuation other than apostrophes, hyphens and dots turned into spaces.
 *
 * <p>The result is idempotent: {@code normalise(normalise(s)).equals(normalise(s))}.
 */
public final class Normaliser {

    /** The single apostrophe every look-alike becomes. */
    public static final char APOSTROPHE = '\'';

    private Normaliser() {}

    public static String normalise(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendCleaned(out, cp);
        }
        String cleaned = collapseSpaces(out);
        // Lower-casing can produce decomposed letters (Turkish İ); compose again so a second pass is a no-op.
        return Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    private static void appendCleaned(StringBuilder out, int cp) {
        if (isApostrophe(cp)) {
            out.append(APOSTROPHE);
        } else if (isDroppedMark(cp)) {
            // stress marks (Влади́мир), the dot of Turkish İ, Arabic harakat and tatweel
        } else if (cp == '-'
                || cp == '\u2010'
                || cp == '\u2011'
                || cp == '\u2012'
                || cp == '\u2013'
                || cp == '\u2014') {
            out.append('-');
        } else if (cp == '.'
                || Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
            out.appendCodePoint(cp);
        } else {
            out.append(' ');
        }
    }

    static boolean isApostrophe(int cp) {
        return switch (cp) {
            case '\'',
                    '`',
                    '\u00B4',
                    '\u02B9',
                    '\u02BB',
                    '\u02BC',
                    '\u02BD',
                    '\u02BE',
                    '\u02BF',
                    '\u02C8',
                    '\u2018',
                    '\u2019',
                    '\u201B',
                    '\u2032',
                    '\u055A',
                    '\uFF07' -> true;
            default -> false;
        };
    }

    private static boolean isDroppedMark(int cp) {
        return cp == '\u0300'
                || cp == '\u0301'
                || cp == '\u0307'
                || cp == '\u0640' // tatweel
                || cp == '\u200C' // zero-width non-joiner inside Persian words
                || cp == '\u200D' // zero-width joiner
                || (cp >= '\u064B' && cp <= '\u065F') // Arabic harakat
                || cp == '\u0670'; // superscript alef
    }

    private static String collapseSpaces(StringBuilder s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }
}
