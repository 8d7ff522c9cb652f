package org.jsis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A record's owner, checked without a regular expression, is three capital letters or none. */
class AuditedRecordOwnerTests {

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
