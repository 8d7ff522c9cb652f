package org.jsis.namematch.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jsis.namematch.Explanation.Adjustment;
import org.jsis.namematch.Explanation.Factor;
import org.jsis.namematch.PartialDate;
import org.junit.jupiter.api.Test;

class AttributesTests {

    private static Adjustment date(String query, String... record) {
        return Attributes.birthDate(
                PartialDate.parse(query),
                List.of(record).stream().map(PartialDate::parse).toList());
    }

    @Test
    void birthDates() {
        assertThat(date("1965-03-12", "1965-03-12").delta()).isEqualTo(Attributes.DATE_DAY);
        assertThat(date("1965", "1965-03-12").delta()).isEqualTo(Attributes.DATE_YEAR);
        assertThat(date("1965-03", "1965-03-12").delta()).isEqualTo(Attributes.DATE_MONTH);
        assertThat(date("1965-03-12", "1965-12-03").delta()).isEqualTo(Attributes.DATE_SAME_YEAR);
        assertThat(date("1966", "1965-03-12").delta()).isEqualTo(Attributes.DATE_ONE_YEAR);
        assertThat(date("1968", "1965").delta()).isEqualTo(Attributes.DATE_FEW_YEARS);
        assertThat(date("1990", "1965").delta()).isEqualTo(Attributes.DATE_DIFFERENT);
        assertThat(date("1990", "1965", "1990-01-01").delta()).isEqualTo(Attributes.DATE_YEAR);
    }

    @Test
    void birthDateExplains() {
        assertThat(date("1965", "1965-03-12").detail()).isEqualTo("birth date 1965 agrees with 1965-03-12");
        assertThat(date("1990", "1965").detail()).isEqualTo("birth date 1990 differs from 1965");
        assertThat(date("1965", "1965").factor()).isEqualTo(Factor.BIRTH_DATE);
    }

    @Test
    void nationalities() {
        assertThat(Attributes.nationality("RU", List.of("Russian Federation")).delta())
                .isEqualTo(Attributes.NATIONALITY_SAME);
        assertThat(Attributes.nationality("rus", List.of("RU")).delta()).isEqualTo(Attributes.NATIONALITY_SAME);
        assertThat(Attributes.nationality("Россия", List.of("ru")).detail()).isEqualTo("nationality RU agrees");
        assertThat(Attributes.nationality("af", List.of("Pakistan")).delta())
                .isEqualTo(Attributes.NATIONALITY_DIFFERENT);
        assertThat(Attributes.nationality("af", List.of("Pakistan")).detail())
                .isEqualTo("nationality AF differs from PK");
    }

    @Test
    void unknownOnEitherSideChangesNothing() {
        assertThat(Attributes.adjust(
                        Optional.empty(), List.of(PartialDate.ofYear(1960)), Optional.empty(), List.of("RU")))
                .isEmpty();
        assertThat(Attributes.adjust(Optional.of(PartialDate.ofYear(1960)), List.of(), Optional.of("RU"), List.of()))
                .isEmpty();
    }

    /**
     * The index skips names that cannot reach the threshold once {@link Attributes#maxGain} is
     * added, so no record may gain more: every precision of query and record date, with and without
     * nationalities.
     */
    @Test
    void maxGainBoundsEveryAdjustment() {
        String[] dates = {"1965", "1965-03", "1965-03-12", "1966-03-12", "1965-03-11", "1965-04"};
        List<Optional<String>> nationalities = List.of(Optional.empty(), Optional.of("RU"), Optional.of("UZ"));
        for (String q : dates) {
            for (Optional<String> nationality : nationalities) {
                Optional<PartialDate> birthDate = Optional.of(PartialDate.parse(q));
                double max = Attributes.maxGain(birthDate, nationality);
                for (String r : dates) {
                    double gain =
                            Attributes.adjust(
                                            birthDate, List.of(PartialDate.parse(r)), nationality, List.of("RU", "KZ"))
                                    .stream()
                                    .mapToDouble(Adjustment::delta)
                                    .sum();
                    assertThat(gain).as("%s %s against %s", q, nationality, r).isLessThanOrEqualTo(max);
                }
            }
        }
        org.assertj.core.data.Offset<Double> hair = org.assertj.core.data.Offset.offset(1e-6);
        assertThat(Attributes.maxGain(Optional.empty(), Optional.empty())).isCloseTo(0, hair);
        assertThat(Attributes.maxGain(Optional.of(PartialDate.parse("1965-03-12")), Optional.of("RU")))
                .isCloseTo(Attributes.MAX_GAIN, hair);
        assertThat(Attributes.maxGain(Optional.of(PartialDate.parse("1965")), Optional.empty()))
                .isCloseTo(Attributes.DATE_YEAR, hair);
    }
}
