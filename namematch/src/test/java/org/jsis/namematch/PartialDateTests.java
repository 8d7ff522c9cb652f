package org.jsis.namematch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PartialDateTests {

    @Test
    void parse_roundTrips() {
        assertThat(PartialDate.parse("1965")).hasToString("1965");
        assertThat(PartialDate.parse("1965-03")).hasToString("1965-03");
        assertThat(PartialDate.parse("1965-03-12")).hasToString("1965-03-12");
        assertThat(PartialDate.parse(" 1965-3-2 ")).hasToString("1965-03-02");
    }

    @Test
    void parse_knowsPrecision() {
        assertThat(PartialDate.parse("1965").precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.parse("1965-03").precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse("1965-03-12").precision()).isEqualTo(PartialDate.Precision.DAY);
        assertThat(PartialDate.parse("1965").month()).isEmpty();
        assertThat(PartialDate.parse("1965-03").month()).hasValue(3);
    }

    @Test
    void parse_rejectsNonDates() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PartialDate.parse(""))
                .withMessageContaining("yyyy");
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("65"));
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("12.03.1965"));
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("1965-13"));
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("1965-00"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PartialDate.parse("1965-02-30"))
                .withMessageContaining("1965-02-30");
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("0000"));
    }

    @Test
    void agreesWith_comparesKnownParts() {
        assertThat(PartialDate.parse("1965").agreesWith(PartialDate.parse("1965-03-12")))
                .isTrue();
        assertThat(PartialDate.parse("1965-03").agreesWith(PartialDate.parse("1965-03-12")))
                .isTrue();
        assertThat(PartialDate.parse("1965-04").agreesWith(PartialDate.parse("1965-03-12")))
                .isFalse();
        assertThat(PartialDate.parse("1966").agreesWith(PartialDate.parse("1965")))
                .isFalse();
        assertThat(PartialDate.parse("1965-03-12").agreesWith(PartialDate.parse("1965-03-21")))
                .isFalse();
    }

    @Test
    void equality_dependsOnAllParts() {
        assertThat(PartialDate.parse("1965-03"))
                .isEqualTo(PartialDate.of(1965, 3))
                .isNotEqualTo(PartialDate.ofYear(1965));
        assertThat(PartialDate.parse("1965-03").compareTo(PartialDate.parse("1965-03-01")))
                .isNegative();
    }
}
