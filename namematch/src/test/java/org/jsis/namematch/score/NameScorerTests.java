package org.jsis.namematch.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsis.namematch.EntityKind;
import org.jsis.namematch.text.NameAnalyzer;
import org.jsis.namematch.text.ParsedName;
import org.jsis.namematch.text.Role;
import org.jsis.namematch.text.TokenForm;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class NameScorerTests {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.uncached();

    /** A parsed name with equal weights. */
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
            return TokenForm.joined(form(i), form(i + 1));
        }
    }

    private static double person(String query, String record) {
        Side q = new Side(ANALYZER.person(query));
        Side r = new Side(ANALYZER.person(record));
        return NameScorer.compare(q, r, EntityKind.PERSON, (i, j) -> TokenSimilarity.compare(q.form(i), r.form(j)))
                .score();
    }

    @Test
    void fullMatchesScoreTheirTokenSimilarity() {
        assertThat(person("Ivan Petrov", "Ivan Petrov")).isEqualTo(1.0);
        assertThat(person("Petrov Ivan", "Ivan Petrov")).isEqualTo(1.0);
        assertThat(person("Nikolai Bordyuzha", "Бордюжа Николай")).isBetween(0.95, 0.99);
    }

    @Test
    void missingRecordPartsCostLessThanExtraQueryParts() {
        double recordLonger = person("Ivan Petrov", "Ivan Sergei Petrov");
        double queryLonger = person("Ivan Sergei Petrov", "Ivan Petrov");
        assertThat(recordLonger).isGreaterThan(queryLonger).isGreaterThan(NameScorer.GATE_CAP);
    }

    @Test
    void patronymicsAbsentOnOneSideAreNeutral() {
        assertThat(person("Ivan Petrov", "Ivan Sergeyevich Petrov")).isEqualTo(1.0);
        assertThat(person("Ivan Sergeyevich Petrov", "Ivan Petrov")).isEqualTo(1.0);
    }

    @Test
    void differentPatronymicsCost() {
        assertThat(person("Ivan Sergeyevich Petrov", "Ivan Nikolayevich Petrov"))
                .isCloseTo(NameScorer.PATRONYMIC_MISMATCH, org.assertj.core.data.Offset.offset(0.01));
    }

    /**
     * Two fathers' names that merely look alike (Antonovna and Anatolyevna are Anton's and Anatoly's
     * daughters) disagree: the record with the same patronymic ranks first.
     */
    @Test
    void similarLookingPatronymicsDisagree() {
        double same = person("Darya Anatolyevna Milskaya", "Дарья Анатольевна Мильская");
        double other = person("Darya Anatolyevna Milskaya", "Дарья Антоновна Мильская");
        assertThat(other).isLessThan(same).isLessThan(0.85);
        assertThat(person("Milskaja Darja Anatoljewna", "Darya Antonovna Nilskaya"))
                .isLessThan(person("Milskaja Darja Anatoljewna", "Дарья Анатольевна Мильская"));
    }

    @Test
    void oneSharedPartIsCapped() {
        assertThat(person("Heydar Aliyev", "Ilham Aliyev")).isLessThanOrEqualTo(NameScorer.GATE_CAP);
        assertThat(person("Aliyev", "Ilham Aliyev")).isLessThanOrEqualTo(NameScorer.SINGLE_PART_CAP);
        assertThat(person("Aliyev", "Aliyev")).isEqualTo(1.0);
    }

    @Test
    void swappedGivenNameAndSurnameWithEndingsDoNotMatch() {
        assertThat(person("Petr Ivanov", "Ivan Petrov")).isLessThan(0.75);
    }

    @Test
    void initialsCountAsEvidenceForTheGivenName() {
        assertThat(person("V. Putin", "Vladimir Putin")).isGreaterThan(0.75);
        assertThat(person("N. Putin", "Vladimir Putin")).isLessThanOrEqualTo(NameScorer.GATE_CAP);
    }

    @Test
    void joinedParts() {
        assertThat(person("Abdulhai Salek", "Abdul Hai Salek")).isGreaterThan(0.95);
        assertThat(person("LevonAvagyan", "Levon Avagyan")).isGreaterThan(0.9);
    }
}
