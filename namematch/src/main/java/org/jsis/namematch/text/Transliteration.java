package org.jsis.namematch.text;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns one token into its canonical Latin form: lower-case ASCII letters and digits with the
 * English digraphs, the same for every script and romanisation of a name. Arabic-script letters end
 * in {@code _}, which keeps neighbouring letters from reading as one digraph.
 *
 * <p>Each script has its own rule file (see {@code translit/README.md}), compiled once; ICU
 * transliterators are safe to share between threads. Tokens mixing Latin and Cyrillic look-alike
 * letters ({@code сompany} with a Cyrillic с) are first repaired to the majority script.
 */
public final class Transliteration {

    /** The rule files, by the name under {@code translit/}. */
    static final Map<String, Transliterator> RULES = Map.of(
            "cyrillic", compile("cyrillic"),
            "cyrillic-uk-be", compile("cyrillic-uk-be"),
            "armenian", compile("armenian"),
            "georgian", compile("georgian"),
            "arabic", compile("arabic"),
            "latin", compile("latin"));

    private static final Transliterator GENERIC = Transliterator.getInstance("Any-Latin");

    private static final String LATIN_LOOKALIKES = "aeopcyxkmtij";
    private static final String CYRILLIC_LOOKALIKES = "аеорсухкмтіј";

    private Transliteration() {}

    /**
     * Whether a normalised name looks Ukrainian or Belarusian rather than Russian or Central Asian:
     * it has і ї є or ґ and none of the Kazakh, Kyrgyz, Tajik or Uzbek letters.
     */
    public static boolean looksUkrainianOrBelarusian(String name) {
        boolean ukBe = false;
        boolean dottedI = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case 'ї', 'є', 'ґ' -> ukBe = true;
                case 'і' -> dottedI = true;
                case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'ҳ', 'ҷ', 'ӣ', 'ӯ' -> {
                    return false;
                }
                default -> {}
            }
        }
        return ukBe || dottedI;
    }

    /**
     * The canonical Latin form of one normalised token.
     *
     * @param ukrainianOrBelarusian whether Cyrillic is read as Ukrainian/Belarusian (г = h)
     */
    public static String canonical(String token, boolean ukrainianOrBelarusian) {
        if (isPlainAscii(token)) {
            return asciiOnly(token); // nothing for the rules to do; skipping ICU is much faster
        }
        String repaired = repairLookalikes(token);
        Script script = Script.of(repaired);
        String latin = switch (script) {
            case LATIN, NONE -> repaired;
            case CYRILLIC ->
                RULES.get(ukrainianOrBelarusian ? "cyrillic-uk-be" : "cyrillic").transliterate(repaired);
            case ARMENIAN -> RULES.get("armenian").transliterate(repaired);
            case GEORGIAN -> RULES.get("georgian").transliterate(repaired.toLowerCase(java.util.Locale.ROOT));
            case ARABIC -> RULES.get("arabic").transliterate(repaired);
            case OTHER -> GENERIC.transliterate(repaired);
        };
        return asciiOnly(isPlainAscii(latin) ? latin : RULES.get("latin").transliterate(latin));
    }

    /** Lower-case ASCII letters, digits, and apostrophes not after o or g (Uzbek oʻ, gʻ). */
    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || (c == '\'' && (i == 0 || (s.charAt(i - 1) != 'o' && s.charAt(i - 1) != 'g')));
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** Rewrites Latin/Cyrillic look-alike letters into the token's majority script. */
    static String repairLookalikes(String token) {
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < token.length(); i++) {
            Script s = Script.ofCodePoint(token.charAt(i));
            if (s == Script.LATIN) {
                latin++;
            } else if (s == Script.CYRILLIC) {
                cyrillic++;
            }
        }
        if (latin == 0 || cyrillic == 0) {
            return token;
        }
        String from = latin > cyrillic ? CYRILLIC_LOOKALIKES : LATIN_LOOKALIKES;
        String to = latin > cyrillic ? LATIN_LOOKALIKES : CYRILLIC_LOOKALIKES;
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int k = from.indexOf(c);
            sb.append(k >= 0 ? to.charAt(k) : c);
        }
        return sb.toString();
    }

    private static String asciiOnly(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            if (!keep && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (keep && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static Transliterator compile(String name) {
        String path = "translit/" + name + ".txt";
        try (InputStream in = Transliteration.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file " + path);
            }
            String rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Transliterator.createFromRules("jsis-" + name, rules, Transliterator.FORWARD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + path, e);
        }
    }
}
