package org.jsis.namematch.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words name parsing treats specially: titles, particles, patronymic markers and endings,
 * stop-words, organisation legal forms and organisation words with their translations.
 *
 * <p>Loaded once from {@code lexicon.txt}, {@code org-words.txt}, {@code org-words-derived.txt} and
 * {@code legal-forms.txt} with {@code legal-forms-extra.txt}. Titles, particles, markers and stop-words are compared by canonical form
 * (so Hashi is not the title Haji); legal forms and organisation words by their primary romanised
 * key, which covers more spellings.
 */
public final class Lexicon {

    public static final int TITLE = 1;
    public static final int PARTICLE = 2;
    public static final int PATRONYMIC_MARKER = 4;
    public static final int PATRONYMIC_ENDING = 8;
    public static final int STOPWORD = 16;
    /** The first word of at least one legal form. */
    public static final int LEGAL_FORM_START = 32;

    /** Patronymic endings on the romanised key, whatever the romanisation: -ovich, -ovitch, -owitsch, -ovna. */
    private static final java.util.regex.Pattern PATRONYMIC_KEY =
            java.util.regex.Pattern.compile(".{3}([aeiou][vf]i?J|[aeiou]vn[ay]|iJn[ay])$");

    private static volatile @Nullable Lexicon standard;

    private final Set<String> titles = new HashSet<>();
    private final Set<String> particles = new HashSet<>();
    private final Set<String> markers = new HashSet<>();
    private final Set<String> stopwords = new HashSet<>();
    private final List<String> patronymicEndings = new ArrayList<>();
    private final Map<String, String> wordClasses = new HashMap<>();
    /** Legal forms as sequences of romanised keys, by their first key; longest first. */
    private final Map<String, List<String[]>> legalForms = new HashMap<>();
    /** Legal forms whose first word is long, by that word's skeleton. */
    private final Map<String, List<String[]>> legalFormsBySkeleton = new HashMap<>();
    /** Legal-form words this long are also recognised by their consonants. */
    private static final int MIN_LOOSE_WORD = 6;

    private Lexicon() {}

    /** The lexicon built from the bundled files. */
    public static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = standard;
                if (l == null) {
                    l = load();
                    standard = l;
                }
            }
        }
        return l;
    }

    /** The {@link #TITLE}, {@link #PARTICLE}, ... flags of one token. */
    int flags(String folded, String written, String key) {
        // Arabic script is compared as written: its canonical form drops ع, which would make سعيد
        // (Sa'id) the title سيد (Sayyid)
        String canonical = written.indexOf('_') >= 0 ? arabicLetters(folded) : written;
        int flags = 0;
        flags |= titles.contains(canonical) ? TITLE : 0;
        flags |= particles.contains(canonical) ? PARTICLE : 0;
        flags |= markers.contains(canonical) ? PATRONYMIC_MARKER : 0;
        flags |= stopwords.contains(canonical) ? STOPWORD : 0;
        flags |= legalForms.containsKey(key) ? LEGAL_FORM_START : 0;
        if (PATRONYMIC_KEY.matcher(key).find()) {
            flags |= PATRONYMIC_ENDING;
        }
        for (String ending : patronymicEndings) {
            if (written.length() >= ending.length() + 3 && written.endsWith(ending)) {
                flags |= PATRONYMIC_ENDING;
                break;
            }
        }
        return flags;
    }

    /** A patronymic without its ending, the father's name: abishuly and abishevich are both abish. */
    public String patronymicStem(String canonical) {
        for (String ending : patronymicEndings) {
            if (canonical.length() >= ending.length() + 3 && canonical.endsWith(ending)) {
                return canonical.substring(0, canonical.length() - ending.length());
            }
        }
        return canonical;
    }

    /** The organisation-word class of a token, or null. */
    @Nullable
    String wordClass(String folded, String key) {
        return wordClasses.get(key);
    }

    /** How many tokens from {@code start} form a legal form (longest match), or 0. */
    public int legalFormLength(List<TokenForm> tokens, int start) {
        int longest = 0;
        TokenForm first = tokens.get(start);
        List<List<String[]>> lists = new ArrayList<>(3);
        for (String key : first.romanised()) {
            lists.add(legalForms.get(key));
        }
        if (first.key().length() >= MIN_LOOSE_WORD) {
            for (String skeleton : first.skeletons()) {
                lists.add(legalFormsBySkeleton.get(skeleton));
            }
        }
        for (List<String[]> candidates : lists) {
            for (int c = 0; candidates != null && c < candidates.size(); c++) {
                String[] form = candidates.get(c);
                if (form.length > longest && start + form.length <= tokens.size() && matches(form, tokens, start)) {
                    longest = form.length;
                }
            }
        }
        return longest;
    }

    /**
     * Whether every word of the form is one reading of the token in its place, or for a long word the
     * same consonants: legal forms spelt out in German or Polish romanisation (Akzionernoje,
     * akcyoniernoje obszczestwo) differ from the listed spelling only in vowels and glides.
     */
    private static boolean matches(String[] form, List<TokenForm> tokens, int start) {
        for (int i = 0; i < form.length; i++) {
            TokenForm token = tokens.get(start + i);
            boolean loose = form[i].length() >= MIN_LOOSE_WORD
                    && token.key().length() >= MIN_LOOSE_WORD
                    && token.skeletons().contains(PhoneticKey.skeleton(form[i]));
            if (!loose && !token.romanised().contains(form[i])) {
                return false;
            }
        }
        return true;
    }

    private static Lexicon load() {
        Lexicon l = new Lexicon();
        l.loadSections(read("lexicon.txt"));
        for (String file : List.of("org-words.txt", "org-words-derived.txt")) {
            for (String line : read(file)) {
                int colon = line.indexOf(':');
                String wordClass = line.substring(0, colon).strip();
                for (String word : line.substring(colon + 1).split("\\|")) {
                    List<String> keys = keys(word);
                    if (keys.size() == 1) {
                        l.wordClasses.putIfAbsent(keys.get(0), wordClass);
                    }
                }
            }
        }
        for (String file : List.of("legal-forms.txt", "legal-forms-extra.txt")) {
            for (String line : read(file)) {
                List<String> keys = keys(line);
                if (!keys.isEmpty()) {
                    String[] form = keys.toArray(String[]::new);
                    l.legalForms
                            .computeIfAbsent(keys.get(0), k -> new ArrayList<>())
                            .add(form);
                    if (keys.get(0).length() >= MIN_LOOSE_WORD) {
                        l.legalFormsBySkeleton
                                .computeIfAbsent(PhoneticKey.skeleton(keys.get(0)), k -> new ArrayList<>())
                                .add(form);
                    }
                }
            }
        }
        l.legalForms.values().forEach(forms -> forms.sort((a, b) -> b.length - a.length));
        return l;
    }

    private void loadSections(List<String> lines) {
        String section = "";
        for (String line : lines) {
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
                continue;
            }
            switch (section) {
                case "titles" -> titles.addAll(canonicals(line));
                case "particles" -> particles.addAll(canonicals(line));
                case "patronymic-markers" -> markers.addAll(canonicals(line));
                case "stopwords" -> stopwords.addAll(canonicals(line));
                case "patronymic-endings" -> patronymicEndings.addAll(List.of(line.split("\\s+")));
                default -> throw new IllegalStateException("lexicon line outside a known section: " + line);
            }
        }
        patronymicEndings.sort((a, b) -> b.length() - a.length());
    }

    /** The canonical forms of the words of an entry, split like names are. */
    private static List<String> canonicals(String entry) {
        String normalised = Normaliser.normalise(entry);
        boolean ukBe = Transliteration.looksUkrainianOrBelarusian(normalised);
        List<String> out = new ArrayList<>();
        for (String word : normalised.split("[\\s-]+")) {
            String canonical = Transliteration.canonical(word, ukBe);
            if (!canonical.isEmpty()) {
                out.add(canonical.indexOf('_') >= 0 ? arabicLetters(word) : canonical);
            }
        }
        return out;
    }

    /**
     * Arabic-script letters with the Persian, Urdu and Pashto forms of one letter made one (ی ى ې ي
     * are yeh, ک ڪ are kaf, ہ ھ ە are heh) and the alef's hamza dropped, so that سید is the title سيد
     * and مولوی is مولوي (Unicode's Arabic block names them as variants of one letter).
     */
    private static String arabicLetters(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            sb.append(
                    switch (c) {
                        case 'ی', 'ى', 'ې', 'ۍ' -> 'ي';
                        case 'ک', 'ڪ' -> 'ك';
                        case 'ہ', 'ھ', 'ە' -> 'ه';
                        case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                        default -> c;
                    });
        }
        return sb.toString();
    }

    /** The primary romanised keys of the words of an entry, split like names are. */
    private static List<String> keys(String entry) {
        String normalised = Normaliser.normalise(entry).replace(".", "");
        boolean ukBe = Transliteration.looksUkrainianOrBelarusian(normalised);
        List<String> keys = new ArrayList<>();
        for (String word : normalised.split("[\\s-]+")) {
            if (!word.isEmpty()) {
                String key = PhoneticKey.romanisedPrimary(Transliteration.canonical(word, ukBe));
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static List<String> read(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon file " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + name, e);
        }
        return lines;
    }
}
