package org.jsis.namematch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Everything that matching needs to know about one distinct token, computed once: its script, its
 * canonical Latin form, its phonetic keys and what the lexicon says about it.
 *
 * <p>Instances depend only on the normalised token (and on whether Cyrillic is read as
 * Ukrainian/Belarusian), so an index keeps one per distinct token.
 *
 * @param folded the normalised token as written (lower case, in its own script)
 * @param script its script
 * @param canonical canonical Latin form
 * @param romanised romanised-key variants, primary first; see {@link PhoneticKey}
 * @param skeletons distinct skeletons of the variants, primary first
 * @param stem the primary romanised key without a surname ending
 * @param stemSkeleton skeleton of the stem
 * @param endingFamily the surname ending's family, or empty
 * @param wordClass the organisation-word class ({@code movement}, {@code co}, ...), or null
 * @param lexical bit set of {@code Lexicon.TITLE}, {@code PARTICLE}, ...
 */
public record TokenForm(
        String folded,
        Script script,
        String canonical,
        List<String> romanised,
        List<String> skeletons,
        String stem,
        String stemSkeleton,
        String endingFamily,
        @Nullable String wordClass,
        int lexical) {

    /** Analyses one normalised token. */
    public static TokenForm of(String folded, boolean ukrainianOrBelarusian, Lexicon lexicon) {
        Script script = Script.of(folded);
        String canonical = Transliteration.canonical(folded, ukrainianOrBelarusian);
        List<String> romanised = PhoneticKey.romanised(canonical);
        List<String> others = Transliteration.otherReadings(folded, script, ukrainianOrBelarusian);
        if (!others.isEmpty()) {
            romanised = new ArrayList<>(romanised);
            for (String other : others) {
                for (String key : PhoneticKey.romanised(other)) {
                    if (!romanised.contains(key)) {
                        romanised.add(key);
                    }
                }
            }
            romanised = List.copyOf(romanised);
        }
        List<String> skeletons =
                romanised.stream().map(PhoneticKey::skeleton).distinct().toList();
        String nominative = script == Script.LATIN ? PhoneticKey.nominativeStem(romanised.get(0)) : null;
        if (nominative != null && !skeletons.contains(PhoneticKey.skeleton(nominative))) {
            // found by the stem too, which other scripts write without the ending (Antoninus, Антонин)
            skeletons = new ArrayList<>(skeletons);
            skeletons.add(PhoneticKey.skeleton(nominative));
            skeletons = List.copyOf(skeletons);
        }
        boolean georgian = script == Script.GEORGIAN;
        String stem = PhoneticKey.stem(romanised.get(0), georgian);
        return new TokenForm(
                folded,
                script,
                canonical,
                romanised,
                skeletons,
                stem,
                PhoneticKey.skeleton(stem),
                PhoneticKey.endingFamily(romanised.get(0), georgian),
                lexicon.wordClass(folded, romanised.get(0)),
                lexicon.flags(folded, canonical, romanised.get(0)));
    }

    /**
     * Two adjacent tokens written as one word (Abdul Hai, Abdulhai), from their canonical forms, so
     * no transliteration runs again.
     */
    public static TokenForm joined(TokenForm a, TokenForm b) {
        Script script = a.script == b.script ? a.script : Script.LATIN;
        return ofCanonical(a.folded + b.folded, script, a.canonical + b.canonical);
    }

    /** Part of a token's canonical form as a token of its own (Abdurrahman: abdur, rahman). */
    public static TokenForm part(TokenForm whole, int from, int to) {
        String canonical = whole.canonical.substring(from, to);
        return ofCanonical(canonical, whole.script == Script.ARABIC ? Script.ARABIC : Script.LATIN, canonical);
    }

    private static TokenForm ofCanonical(String folded, Script script, String canonical) {
        List<String> romanised = PhoneticKey.romanised(canonical);
        List<String> skeletons =
                romanised.stream().map(PhoneticKey::skeleton).distinct().toList();
        String stem = PhoneticKey.stem(romanised.get(0), false);
        return new TokenForm(
                folded,
                script,
                canonical,
                romanised,
                skeletons,
                stem,
                PhoneticKey.skeleton(stem),
                PhoneticKey.endingFamily(romanised.get(0), false),
                null,
                0);
    }

    /** The Arabic article in any spelling (al-, el-, ud-, ur-, ال), which compounds keep inside. */
    public boolean isArticle() {
        return ARTICLES.contains(canonical.replace("_", ""));
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of(
            "al", "el", "ul", "il", "ud", "ad", "ed", "ur", "ar", "er", "us", "as", "es", "ush", "ash", "ut", "at",
            "et", "un", "an", "en", "uz", "az", "ez", "ull", "all");

    /**
     * The token that token {@code i} forms a compound with: the next one, or the one after an article
     * (Jalal al-Din and Jalaluddin, جلال الدين); -1 when there is none.
     *
     * @param ignored whether the token at an index is set aside in matching
     */
    public static int compoundNext(
            int size, int i, java.util.function.IntPredicate ignored, IntFunction<TokenForm> form) {
        if (i + 1 >= size) {
            return -1;
        }
        if (ignored.test(i + 1) && i + 2 < size && form.apply(i + 1).isArticle()) {
            return i + 2;
        }
        return i + 1;
    }

    public boolean is(int lexicalFlag) {
        return (lexical & lexicalFlag) != 0;
    }

    /** The primary romanised key. */
    public String key() {
        return romanised.get(0);
    }

    /** Whether the token is a single letter (an initial). */
    public boolean isInitial() {
        return canonical.length() == 1
                || (folded.length() <= 2 && folded.codePointCount(0, folded.length()) == 1 && !canonical.isEmpty());
    }
}
