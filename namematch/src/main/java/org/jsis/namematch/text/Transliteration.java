package org.jsis.namematch.text;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
            "latin", compile("latin"),
            "japanese-polivanov", compile("japanese-polivanov"),
            "belarusian-russian", compile("belarusian-russian"),
            "french-reading", compile("french-reading"),
            "english-reading", compile("english-reading"));

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

    /**
     * Other canonical forms of one token that its spellings elsewhere may follow, besides {@link
     * #canonical}: a Cyrillic token built of Japanese syllables read back from the Polivanov system
     * into Hepburn (Тосисигэ, Toshishige), a Ukrainian or Belarusian token read with the Russian sounds
     * it corresponds to (Пуцін, Putin; Уладзімір, Vladimir). Empty for most tokens.
     *
     * @param ukrainianOrBelarusian whether the token's name looks Ukrainian or Belarusian
     */
    public static List<String> otherReadings(String token, Script script, boolean ukrainianOrBelarusian) {
        if (script == Script.LATIN) {
            return latinReadings(token, canonical(token, false));
        }
        if (script != Script.CYRILLIC) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        if (JAPANESE_SYLLABLES.matcher(token).matches()
                && POLIVANOV_MARKS.matcher(token).find()) {
            out.add(asciiOnly(RULES.get("japanese-polivanov").transliterate(token)));
        }
        if (ukrainianOrBelarusian && BELARUSIAN_MARKS.matcher(token).find()) {
            out.add(asciiOnly(RULES.get("belarusian-russian").transliterate(token)));
        }
        return out;
    }

    /** Shorter readings (Gault, go) say too little to be compared. */
    private static final int MIN_READING = 3;

    /** A French and an English reading of a Latin-script token that has their spelling marks. */
    private static List<String> latinReadings(String token, String canonical) {
        boolean czechFeminine = token.endsWith("ová") && canonical.length() >= 7;
        List<String> out = new ArrayList<>(2);
        if (canonical.length() >= 4 && FRENCH_MARKS.matcher(canonical).find()) {
            String french = RULES.get("french-reading").transliterate(canonical);
            if (!french.equals(canonical) && french.length() >= MIN_READING) {
                out.add(french);
            }
        }
        if (czechFeminine) {
            // Czech and Slovak -ová, added to foreign surnames too (Pachodavová for Пахадава, Putinová)
            out.add(canonical.substring(0, canonical.length() - 3) + "a");
        }
        if (canonical.length() >= 4 && ENGLISH_MARKS.matcher(canonical).find()) {
            String english = RULES.get("english-reading").transliterate(canonical);
            if (!english.equals(canonical) && english.length() >= MIN_READING && !out.contains(english)) {
                out.add(english);
            }
        }
        return out;
    }

    /** French spellings that Russian transcription renders by sound: silent endings, eau, oi, ill, gn. */
    private static final Pattern FRENCH_MARKS = Pattern.compile(
            "(?:ault|aud|aut|eaux?|aux|ots?|et|ait|ais|oit|ois|oix|ard|and|ant|ent|ond|ont|iers?|ez|ins?|ail|que|gue"
                    + "|[^aeiou]es?)$|eau|oi|ill|gn");

    /** English spellings that Russian renders by ear: a silent final e, ea, ee, wh. */
    private static final Pattern ENGLISH_MARKS = Pattern.compile("[^aeiou]e$|[gq]ue$|ea|ee|wh|^mc");

    /**
     * Japanese syllables in Russian spelling: an optional consonant (doubled, or дз) before a vowel,
     * or a syllable-final н, м (before б п м) or й; no л, ш, ж, ч, ы and no other consonant clusters.
     */
    private static final Pattern JAPANESE_SYLLABLES = Pattern.compile(
            "(?:(?:кк|сс|тт|пп|тц|дз|[кгсзтдцнхфбпмрв])?[аиуэоеяюё]|н(?![аиуэоеяюё])|м(?=[бпм])|й(?![аиуэоеяюё]))+");

    /** The letters in which Polivanov's spelling differs from Hepburn's. */
    private static final Pattern POLIVANOV_MARKS = Pattern.compile("си|ти|дз|цу|с[яюё]|т[яюё]|э|ё|м[бпм]");

    /** Belarusian sounds that Russian has otherwise: цеканне, дзеканне, an initial у before a consonant. */
    private static final Pattern BELARUSIAN_MARKS =
            Pattern.compile("ц[еёіюяь]|дз[еёіюяь]|^[уў][бвгджзйклмнпрстфхцчшщ]");

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
