package org.jsis.namematch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameRecordTests {

    @Test
    void constructor_rejectsBlankIdAndNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> NameRecord.person(" ", "A"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NameRecord.person("1"))
                .withMessageContaining("1");
        assertThatIllegalArgumentException().isThrownBy(() -> NameRecord.person("1", " "));
    }

    @Test
    void constructor_copiesLists() {
        List<String> names = new ArrayList<>(List.of("A B"));
        NameRecord r = new NameRecord("1", EntityKind.PERSON, names, List.of(), List.of());
        names.add("C D");
        assertThat(r.names()).containsExactly("A B");
    }

    @Test
    void with_replacesDatesAndNationalities() {
        NameRecord r = NameRecord.person("1", "A B")
                .withBirthDates(PartialDate.ofYear(1960))
                .withNationalities("KZ");
        assertThat(r.birthDates()).containsExactly(PartialDate.ofYear(1960));
        assertThat(r.nationalities()).containsExactly("KZ");
    }

    @Test
    void entityKind_parse() {
        assertThat(EntityKind.parse("Person")).isEqualTo(EntityKind.PERSON);
        assertThat(EntityKind.parse("organization")).isEqualTo(EntityKind.ORGANISATION);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EntityKind.parse("vessel"))
                .withMessageContaining("vessel");
    }
}
