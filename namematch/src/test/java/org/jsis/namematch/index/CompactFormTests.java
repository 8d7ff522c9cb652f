package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.text.Lexicon;
import org.jsis.namematch.text.TokenForm;
import org.junit.jupiter.api.Test;

/**
 * The forms the index keeps beyond its vocabulary (a new query word's) are compacted as the vocabulary's
 * are: equal to the form as analysed, with fewer objects, since every one a search keeps is copied by the
 * next young collection. Two adjacent words joined are not kept from one search to the next.
 */
class CompactFormTests {

    /** Seeded words in Latin and Cyrillic letters, alone and joined: the compact form equals the analysed one. */
    @Test
    void aCompactFormEqualsTheAnalysedOneAndHoldsFewerObjects() {
        Random random = new Random(5);
        Lexicon lexicon = Lexicon.standard();
        List<TokenForm> analysed = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String w = LookupTests.word(random).toLowerCase(java.util.Locale.ROOT);
            analysed.add(TokenForm.of(i % 3 == 0 ? LookupTests.cyrillic(w) : w, i % 2 == 0, lexicon));
        }
        for (String w : List.of("abdurrahman", "mohammed", "al", "ivanovich", "петренко", "شريف", "ооо")) {
            analysed.add(TokenForm.of(w, false, lexicon));
        }
        int n = analysed.size();
        for (int i = 0; i + 1 < n; i++) {
            analysed.add(TokenForm.joined(analysed.get(i), analysed.get(i + 1)));
        }
        long before = 0;
        long after = 0;
        for (TokenForm f : analysed) {
            TokenForm c = Engine.compact(f);
            assertThat(c).isEqualTo(f);
            assertThat(c.hashCode()).isEqualTo(f.hashCode());
            before += objects(f);
            after += objects(c);
            assertThat(objects(c)).isLessThanOrEqualTo(objects(f));
        }
        // the Latin words' canonical form is their folded one, and so on: at least a fifth fewer objects
        assertThat(after).isLessThan(before * 4 / 5);
    }

    /**
     * The query words an index keeps are the compact forms, equal to the analysed ones; two adjacent
     * words joined are analysed anew for each search, not kept (equal forms, never the same one).
     */
    @Test
    void theIndexKeepsCompactQueryFormsAndNoJoinedPairs() {
        Random random = new Random(9);
        Engine engine = new Engine();
        for (int i = 0; i < 50; i++) {
            engine.put(NameRecord.person("r" + i, LookupTests.word(random) + " " + LookupTests.word(random)));
        }
        List<TokenForm> vocabulary = engine.vocabularyForTest();
        Lexicon lexicon = Lexicon.standard();
        for (int v = 0; v + 1 < vocabulary.size(); v++) {
            TokenForm joined = engine.joinedForTest(v, v + 1);
            TokenForm analysed = TokenForm.joined(vocabulary.get(v), vocabulary.get(v + 1));
            assertThat(joined).isEqualTo(analysed);
            assertThat(engine.joinedForTest(v, v + 1)).isEqualTo(joined).isNotSameAs(joined);
        }
        for (int i = 0; i < 50; i++) {
            String w = "zq" + LookupTests.word(random).toLowerCase(java.util.Locale.ROOT);
            TokenForm query = engine.queryFormForTest(w);
            TokenForm analysed = TokenForm.of(w, false, lexicon);
            assertThat(query).isEqualTo(analysed);
            assertThat(objects(query)).isLessThan(objects(analysed));
            assertThat(query.canonical()).isSameAs(query.folded());
        }
    }

    /** The distinct objects a form holds: its strings and lists, and a list's array when it has one. */
    private static int objects(TokenForm f) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(f);
        for (String s : new String[] {f.folded(), f.canonical(), f.stem(), f.stemSkeleton(), f.endingFamily()}) {
            seen.add(s);
        }
        for (List<String> list : List.of(f.romanised(), f.skeletons())) {
            seen.add(list);
            seen.addAll(list);
            if (list.size() <= 2 && list.getClass() != List.of("x").getClass()) {
                seen.add(new Object()); // the array of a list that holds one or two strings in one
            }
        }
        // a string's bytes are an object of their own
        return seen.size()
                + (int) seen.stream().filter(o -> o instanceof String).count();
    }
}
