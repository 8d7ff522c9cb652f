package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.text.NameAnalyzer;
import org.jsis.namematch.text.Normaliser;
import org.jsis.namematch.text.TokenForm;
import org.jsis.namematch.text.Transliteration;
import org.junit.jupiter.api.Test;

/**
 * The split look-up's comparison memos by half ({@link HalfMemo}): a token whose halves an earlier
 * token's look-up compared is compared only where the memos do not know the answer, and finds the same
 * words as a look-up without memos, also after words are put into the index and records removed.
 */
class SplitHalfMemoTests {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.uncached();

    private static TokenForm form(String token) {
        String folded = Normaliser.normalise(token);
        return ANALYZER.form(folded, Transliteration.looksUkrainianOrBelarusian(folded));
    }

    /** Invented words on a few consonant frames with every vowel pattern, and a few longer ones. */
    private static List<String> names() {
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ia"};
        List<String> names = new ArrayList<>();
        for (String frame : List.of("kr", "bl", "ns", "md")) {
            for (String v1 : vowels) {
                for (String v2 : vowels) {
                    for (String end : List.of("", "a", "o", "n")) {
                        String word = v1.substring(0, 1).equals("a") ? "" : v1;
                        word = word + frame.charAt(0) + v2 + frame.charAt(1) + end;
                        names.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
                    }
                }
            }
        }
        names.addAll(List.of("Belinos", "Bilinas", "Kara", "Nesim", "Madan", "Kirbel"));
        return names;
    }

    private static Engine index(List<String> names) {
        Engine engine = new Engine();
        List<NameRecord> records = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            records.add(NameRecord.person("r" + i, names.get(i) + " Tomasz"));
        }
        engine.putAll(records);
        return engine;
    }

    /** The words found without memos, and how many entries that look-up compared (all it chose). */
    private record Reference(Set<String> found, int compared) {}

    private static Set<String> words(Engine engine, int[] out, int count) {
        List<TokenForm> vocabulary = engine.vocabularyForTest();
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            found.add(vocabulary.get(out[i]).folded());
        }
        return found;
    }

    private static Set<String> withoutMemos(Engine engine, String token) {
        int[] out = engine.splitLookUpForTest(form(token), true);
        return words(engine, out, out.length - 1);
    }

    /** The words a look-up with memos finds, and how many entries it compared. */
    private static Reference withMemos(Engine engine, String token) {
        int[] out = engine.splitLookUpWithMemosForTest(form(token));
        return new Reference(words(engine, out, out.length - 1), out[out.length - 1]);
    }

    @Test
    void aHalfComparedForOneTokenIsNotComparedAgainForAnotherAndTheAnswerIsTheSame() {
        Engine engine = index(names());
        String[] tokens = {"Karbelinos", "Karbilinas", "Karnesima", "Belinosmadan", "Kirbelmadan", "Karbelinos"};
        int first = 0;
        int again = 0;
        for (String token : tokens) {
            Set<String> expected = withoutMemos(engine, token);
            Reference memo = withMemos(engine, token);
            assertThat(memo.found()).as(token).isEqualTo(expected);
            if (token.equals("Karbelinos")) {
                if (first == 0) {
                    first = memo.compared();
                } else {
                    again = memo.compared();
                }
            }
        }
        assertThat(withoutMemos(engine, "Karbelinos")).contains("kar", "belinos");
        assertThat(first).as("entries the first look-up of a token compares").isGreaterThan(20);
        assertThat(again).as("the same token again: every entry known").isZero();
        // a token sharing only its first half with earlier ones compares fewer entries than without memos
        Engine other = index(names());
        int alone = withMemos(other, "Karnesima").compared();
        withMemos(other, "Karbelinos");
        int after = withMemos(other, "Karnesima").compared();
        assertThat(after).as("Karnesima after Karbelinos (the half kar known)").isLessThan(alone);
    }

    @Test
    void aMemoFollowsWordsPutIntoTheIndexAndRecordsRemoved() {
        Engine engine = index(names());
        String token = "Karbelinos";
        Reference before = withMemos(engine, token);
        assertThat(before.found()).doesNotContain("beliinos", "kaar");
        // words new to the vocabulary, close to either half: not in any memo, so they are compared
        engine.put(NameRecord.person("new1", "Beliinos Tomasz"));
        engine.put(NameRecord.person("new2", "Kaar Tomasz"));
        Reference after = withMemos(engine, token);
        assertThat(after.found()).isEqualTo(withoutMemos(engine, token)).contains("beliinos", "kaar");
        assertThat(after.compared()).as("only the new words compared").isBetween(1, 4);
        // removed records: the memos' answers still agree with a look-up without them
        engine.remove("new1");
        engine.remove("r0");
        assertThat(withMemos(engine, token).found()).isEqualTo(withoutMemos(engine, token));
        engine.put(NameRecord.person("new1", "Beliinos Tomasz"));
        assertThat(withMemos(engine, token).found())
                .isEqualTo(withoutMemos(engine, token))
                .contains("beliinos");
    }
}
