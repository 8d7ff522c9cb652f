package org.jsis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuditEntryTests {

    /** The rule as documented: dotted lower-case words, module first. */
    private static final Pattern DOCUMENTED = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+");

    @Test
    void actionsAreCheckedAsTheDocumentedPatternSays() {
        List<String> cases = new ArrayList<>(List.of(
                "register.screening",
                "security.token.create",
                "a.b",
                "border.check-2_x",
                "",
                "register",
                "register.",
                ".register",
                "register..screening",
                "Register.screening",
                "register.Screening",
                "register.1st",
                "1register.screening",
                "register.screening ",
                "register-x.y",
                "register._x",
                "regi ster.x",
                "register.scréening",
                "register.screening\n"));
        // and random strings over the alphabet that matters, plus a few others
        String alphabet = "ab0_-.A é\n";
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            cases.add(s.toString());
        }
        int wellFormed = 0;
        for (String action : cases) {
            boolean expected = DOCUMENTED.matcher(action).matches();
            assertThat(AuditEntry.wellFormedAction(action)).as("'%s'", action).isEqualTo(expected);
            if (expected) {
                wellFormed++;
                assertThat(AuditEntry.of(action).action()).isEqualTo(action);
            } else {
                assertThatThrownBy(() -> AuditEntry.of(action))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("dotted lower-case");
            }
        }
        assertThat(wellFormed).isGreaterThan(20); // the cases hit both sides (50 of them well formed)
    }

    @Test
    void eachStepKeepsWhatTheEntryHadAndAddsItsPart() {
        AuditEntry entry = AuditEntry.of("register.screening")
                .withPurpose(Purpose.BORDER_CHECK)
                .withTerm("name", "Ivanov")
                .withTerm("kind", null)
                .withTerm("birthDate", " ")
                .withRecord("register-entity", "e1", "RUS")
                .withRecords(List.of(AuditedRecord.of("register-entity", "e2", "KAZ")));
        assertThat(entry.action()).isEqualTo("register.screening");
        assertThat(entry.purpose()).isEqualTo(Purpose.BORDER_CHECK);
        assertThat(entry.queryTerms()).containsExactly(java.util.Map.entry("name", "Ivanov"));
        assertThat(entry.records()).extracting(AuditedRecord::id).containsExactly("e1", "e2");
        assertThat(entry.actor()).isNull();
    }
}
