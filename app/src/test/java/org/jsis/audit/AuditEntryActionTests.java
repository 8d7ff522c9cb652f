package org.jsis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The action's and a record owner's forms, checked without regular expressions, are the documented ones. */
class AuditEntryActionTests {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+");

    @Test
    void actionsAreAcceptedExactlyWhenTheyHaveTheDocumentedForm() {
        for (String ok : new String[] {"border.crossing.record", "a.b", "register.search", "x1.y_2-z", "a.b.c.d"}) {
            assertThat(AuditEntry.validAction(ok)).as(ok).isTrue();
            assertThat(AuditEntry.of(ok).action()).isEqualTo(ok);
        }
        for (String bad :
                new String[] {"", "a", "a.", ".a", "a..b", "A.b", "1a.b", "a.B", "a.b ", "a b.c", "a._b", "a.b."}) {
            assertThat(AuditEntry.validAction(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> AuditEntry.of(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        Random random = new Random(7);
        String alphabet = "ab.z09_-A .é";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(9);
            for (int k = 0; k < n; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = s.toString();
            assertThat(AuditEntry.validAction(v))
                    .as(v)
                    .isEqualTo(FORM.matcher(v).matches());
        }
    }

    @Test
    void recordOwnersAreThreeCapitalLettersOrNone() {
        assertThat(AuditedRecord.of("probe", 1, "KAZ").ownerState()).isEqualTo("KAZ");
        assertThat(AuditedRecord.of("probe", 1, null).ownerState()).isNull();
        for (String bad : new String[] {"", "KA", "KAZX", "kaz", "KÄZ", "K1Z", " KZ"}) {
            assertThatThrownBy(() -> AuditedRecord.of("probe", 1, bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("three-letter state code");
        }
    }
}
