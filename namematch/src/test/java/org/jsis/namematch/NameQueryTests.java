package org.jsis.namematch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class NameQueryTests {

    @Test
    void of_usesDefaults() {
        NameQuery q = NameQuery.of("Nikolai Bordyuzha");
        assertThat(q.name()).isEqualTo("Nikolai Bordyuzha");
        assertThat(q.threshold()).isEqualTo(NameIndex.DEFAULT_THRESHOLD);
        assertThat(q.limit()).isEqualTo(NameQuery.DEFAULT_LIMIT);
        assertThat(q.kind()).isEmpty();
        assertThat(q.birthDate()).isEmpty();
        assertThat(q.nationality()).isEmpty();
    }

    @Test
    void builder_setsEverything() {
        NameQuery q = NameQuery.builder("x")
                .kind(EntityKind.PERSON)
                .birthDate(PartialDate.ofYear(1949))
                .nationality(" RU ")
                .threshold(0.5)
                .limit(3)
                .build();
        assertThat(q.kind()).contains(EntityKind.PERSON);
        assertThat(q.birthDate()).contains(PartialDate.ofYear(1949));
        assertThat(q.nationality()).contains("RU");
        assertThat(q.threshold()).isEqualTo(0.5);
        assertThat(q.limit()).isEqualTo(3);
    }

    @Test
    void builder_rejectsOutOfRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NameQuery.builder("x").threshold(1.5))
                .withMessageContaining("1.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NameQuery.builder("x").threshold(Double.NaN));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NameQuery.builder("x").limit(0))
                .withMessageContaining("0");
    }

    @Test
    void builder_blankNationalityIsUnknown() {
        assertThat(NameQuery.builder("x").nationality("  ").build().nationality())
                .isEmpty();
    }
}
