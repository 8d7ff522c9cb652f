package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.score.NameScorer;
import org.jsis.namematch.score.NameSide;
import org.jsis.namematch.text.NameAnalyzer;
import org.jsis.namematch.text.ParsedName;
import org.jsis.namematch.text.Role;
import org.jsis.namematch.text.TokenForm;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The summary the index keeps per organisation shape (what {@code Search.consider} rules candidates
 * out by before reading their token runs) is the summary of the name as analysed on its own: the
 * index's packed token facts (key lengths, skeleton heads, roles, articles) give the same name parts,
 * heads, lengths and joins; and there is none for a person or a name with an initial.
 */
class ShapeSummaryTests {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.uncached();
    private static final String[] SYLLABLES = {
        "ba", "ka", "ri", "mo", "lu", "sha", "dor", "ven", "zar", "tu", "nik", "fa", "gel", "hu", "yan", "pol", "kho"
    };
    private static final String[] OTHERS = {
        "Front", "Movement", "Brigade", "Council", "Ferghana", "Balkh", "al", "ud-", "of the", "Z.", "Киркле", "Амир"
    };

    @Test
    void theIndexKeepsEachOrganisationsSummaryAsItsNameGives() {
        Random random = new Random(20261128);
        Engine engine = new Engine();
        List<NameRecord> records = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int w = 1 + random.nextInt(5); w > 0; w--) {
                if (random.nextInt(3) == 0) {
                    name.append(OTHERS[random.nextInt(OTHERS.length)]);
                } else {
                    StringBuilder word = new StringBuilder();
                    for (int k = 1 + random.nextInt(random.nextInt(12) == 0 ? 14 : 3); k > 0; k--) {
                        word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                    }
                    name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                }
                name.append(w > 1 ? " " : "");
            }
            EntityKind kind = random.nextInt(4) == 0 ? EntityKind.PERSON : EntityKind.ORGANISATION;
            records.add(NameRecord.of("r" + i, kind, name.toString().replace("- ", "-")));
        }
        engine.putAll(records);
        int summarised = 0;
        int pairs = 0;
        int none = 0;
        for (NameRecord r : records) {
            String name = r.names().get(0);
            long expected = 0;
            if (r.kind() == EntityKind.ORGANISATION) {
                ParsedName parsed = ANALYZER.organisation(name);
                boolean initial =
                        parsed.tokens().stream().anyMatch(t -> t.form().isInitial());
                expected = initial ? 0 : NameScorer.summarise(new Side(parsed));
            }
            assertThat(engine.summariesForTest(r.id())).as(name).containsExactly(expected);
            summarised += expected != 0 ? 1 : 0;
            none += expected == 0 && r.kind() == EntityKind.ORGANISATION ? 1 : 0;
            pairs += Long.bitCount(expected & 0x800800800800L);
        }
        // the names cover what a summary holds and where there is none
        assertThat(summarised).isGreaterThan(1_000);
        assertThat(pairs).isGreaterThan(1_000);
        assertThat(none).isGreaterThan(100);
    }

    /** A parsed name as a {@link NameSide}, with the interface's own key lengths, heads and joins. */
    private record Side(ParsedName name) implements NameSide {
        @Override
        public int size() {
            return name.tokens().size();
        }

        @Override
        public TokenForm form(int i) {
            return name.tokens().get(i).form();
        }

        @Override
        public Role role(int i) {
            return name.tokens().get(i).role();
        }

        @Override
        public double weight(int i) {
            return 1;
        }

        @Override
        public @Nullable TokenForm joined(int i) {
            return null;
        }
    }
}
