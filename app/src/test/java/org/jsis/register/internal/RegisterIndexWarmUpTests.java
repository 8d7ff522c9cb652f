package org.jsis.register.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.PartialDate;
import org.junit.jupiter.api.Test;

class RegisterIndexWarmUpTests {

    private static final NameRecord PERSON = new NameRecord(
            "p1",
            EntityKind.PERSON,
            List.of("Tokhir Abdukhalilovich Yuldashev", "Тахир Абдухалилович Юлдашев"),
            List.of(PartialDate.parse("1967-10-02")),
            List.of("UZ"));

    @Test
    void takesTheRecordsNamesInTurnSoThatAliasesInOtherScriptsAreSearchedToo() {
        assertThat(RegisterIndex.warmUpQueries(PERSON, 0, null).get(0).name())
                .isEqualTo("Tokhir Abdukhalilovich Yuldashev");
        assertThat(RegisterIndex.warmUpQueries(PERSON, 1, null).get(0).name()).isEqualTo("Тахир Абдухалилович Юлдашев");
        assertThat(RegisterIndex.warmUpQueries(PERSON, 2, null).get(0).name())
                .isEqualTo("Tokhir Abdukhalilovich Yuldashev");
    }

    @Test
    void everyOtherSearchCarriesTheKindBirthDateAndNationality() {
        NameQuery plain = RegisterIndex.warmUpQueries(PERSON, 0, null).get(0);
        NameQuery full = RegisterIndex.warmUpQueries(PERSON, 1, null).get(0);
        assertThat(plain.kind()).isEmpty();
        assertThat(plain.birthDate()).isEmpty();
        assertThat(plain.nationality()).isEmpty();
        assertThat(full.kind()).contains(EntityKind.PERSON);
        assertThat(full.birthDate()).contains(PartialDate.parse("1967-10-02"));
        assertThat(full.nationality()).isEqualTo(Optional.of("UZ"));
    }

    @Test
    void addsTheNameMisspeltInsideItsLongestWord() {
        List<NameQuery> queries = RegisterIndex.warmUpQueries(PERSON, 0, null);
        assertThat(queries).hasSize(2);
        assertThat(queries.get(1).name()).isEqualTo("Tokhir Abdukhailovich Yuldashev");
        assertThat(RegisterIndex.dropInsideLongestWord("Abu Bakr")).isNull();
        assertThat(RegisterIndex.dropInsideLongestWord("  Taliban  ")).isEqualTo("  Talban  ");
    }

    @Test
    void everyThirdSampleAlsoSearchesANameThatIsNoOnes() {
        List<NameQuery> queries = RegisterIndex.warmUpQueries(PERSON, 2, "Islamic Movement of Uzbekistan");
        assertThat(queries)
                .extracting(NameQuery::name)
                .containsExactly(
                        "Tokhir Abdukhalilovich Yuldashev",
                        "Tokhir Abdukhailovich Yuldashev",
                        "TOKHIR ABDUKHALILOVICH YULDASHEV",
                        "Tokhir Uzbekistan");
        assertThat(RegisterIndex.warmUpQueries(PERSON, 3, "Islamic Movement of Uzbekistan"))
                .extracting(NameQuery::name)
                .doesNotContain("Тахир Uzbekistan");
        assertThat(RegisterIndex.warmUpQueries(PERSON, 2, null)).hasSize(3);
    }

    @Test
    void addsTheNameAsAnOfficerMightTypeIt_inLatinLetters_lastWordFirst_inCapitals_withoutItsMiddleWord() {
        assertThat(RegisterIndex.warmUpQueries(PERSON, 1, null))
                .extracting(NameQuery::name)
                .containsExactly(
                        "Тахир Абдухалилович Юлдашев", "Тахир Абдухаилович Юлдашев", "Юлдашев Тахир Абдухалилович");
        assertThat(RegisterIndex.warmUpQueries(PERSON, 3, null))
                .extracting(NameQuery::name)
                .containsExactly("Тахир Абдухалилович Юлдашев", "Тахир Абдухаилович Юлдашев", "Тахир Юлдашев");
        assertThat(RegisterIndex.warmUpQueries(PERSON, 4, null))
                .extracting(NameQuery::name)
                .containsExactly("Tokhir Abdukhalilovich Yuldashev", "Tokhir Abdukhailovich Yuldashev");
        assertThat(RegisterIndex.typedVariant("Тахир Абдухалилович Юлдашев", 0))
                .isEqualTo("Tahir Abduhalilovic Uldasev");
        assertThat(RegisterIndex.typedVariant("Hatice Tüten", 4)).isEqualTo("Hatice Tuten");
        assertThat(RegisterIndex.typedVariant("Hatice", 1)).isNull();
        assertThat(RegisterIndex.typedVariant("Hatice Tüten", 3)).isNull();
    }

    @Test
    void everyFourthSearchWithAttributesGivesABirthDateThatDoesNotFit() {
        assertThat(RegisterIndex.warmUpQueries(PERSON, 1, null).get(0).birthDate())
                .contains(PartialDate.parse("1967-10-02"));
        assertThat(RegisterIndex.warmUpQueries(PERSON, 3, null).get(0).birthDate())
                .contains(PartialDate.ofYear(1974));
    }
}
