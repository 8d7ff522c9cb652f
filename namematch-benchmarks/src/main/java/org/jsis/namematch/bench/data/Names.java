package org.jsis.namematch.bench.data;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Crude name keys used only to build ground truth and avoid accidental duplicates in generated
 * data (never to match): accents off, upper case, punctuation to spaces; and an ICU ASCII fold for
 * comparing across scripts.
 */
public final class Names {

    private static final Transliterator ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Names() {}

    /** Accents removed, letters and digits only, upper case, single spaces. */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** {@link #key} with its words sorted, so that word order does not matter. */
    public static String sortedKey(String name) {
        String[] words = key(name).split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** Lower-case ASCII tokens after ICU {@code Any-Latin; Latin-ASCII}. */
    public static List<String> asciiTokens(String name) {
        String s = ASCII.transliterate(name).toLowerCase(Locale.ROOT);
        return Arrays.stream(s.split("[^a-z0-9]+")).filter(t -> !t.isEmpty()).toList();
    }

    /** The main script of a name's letters: LATIN, CYRILLIC, ARABIC... or COMMON when none. */
    public static Character.UnicodeScript script(String name) {
        int[] counts = new int[Character.UnicodeScript.values().length];
        name.codePoints()
                .filter(Character::isLetter)
                .forEach(cp -> counts[Character.UnicodeScript.of(cp).ordinal()]++);
        int best = Character.UnicodeScript.COMMON.ordinal();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return Character.UnicodeScript.values()[best];
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Whether two name words are clearly different words, not spellings of one: far apart in ASCII. */
    public static boolean clearlyDifferent(String a, String b) {
        return clearlyDifferentAscii(String.join("", asciiTokens(a)), String.join("", asciiTokens(b)));
    }

    /** {@link #clearlyDifferent} of two words already in lower-case ASCII. */
    public static boolean clearlyDifferentAscii(String x, String y) {
        return Names.distance(x, y) >= Math.max(3, (Math.max(x.length(), y.length()) + 1) / 2);
    }

    /** First letter upper case, the rest lower case, for each word. */
    public static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            boolean apostrophe = c == '\'' || c == '’' || c == 'ʼ' || c == 'ʻ';
            start = !Character.isLetter(c) && !apostrophe && Character.getType(c) != Character.NON_SPACING_MARK;
        }
        return b.toString();
    }
}
