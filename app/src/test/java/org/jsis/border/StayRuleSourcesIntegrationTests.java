package org.jsis.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsis.border.stay.StayRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The default stay rules as seeded (V4_2, corrected by V4_5): the figures the sources give, the
 * certainty each row claims, and no day on which two equally specific rules compete for a traveller.
 */
@SpringBootTest
class StayRuleSourcesIntegrationTests {

    @Autowired
    StayRules rules;

    StayRule on(String host, String nationality, String day) {
        return rules.lookup(host, nationality, null).on(LocalDate.parse(day));
    }

    String certainty(StayRule rule) {
        return rules.byIdCached(rule.id()).certainty();
    }

    @Test
    void uzbekistanFrom2020FollowsTheDecember2019List() {
        StayRule russian = on("UZB", "RUS", "2021-03-01");
        assertThat(russian.exempt()).isTrue();
        assertThat(russian.registrationDays()).isEqualTo(3);
        assertThat(on("UZB", "RUS", "2023-03-01").registrationDays()).isEqualTo(15);
        assertThat(on("UZB", "BLR", "2024-05-01").exempt()).isTrue();
        assertThat(on("UZB", "KGZ", "2021-03-01").perEntryDays()).isEqualTo(60);
        assertThat(on("UZB", "TJK", "2021-03-01").perEntryDays()).isEqualTo(30);
        StayRule kazakh = on("UZB", "KAZ", "2024-03-01");
        assertThat(kazakh.perEntryDays()).isEqualTo(30);
        assertThat(kazakh.windowMaxDays()).isEqualTo(90);
        assertThat(kazakh.windowDays()).isEqualTo(180);
        assertThat(certainty(kazakh)).isEqualTo("SECONDARY_SOURCE");
        assertThat(certainty(on("UZB", "KAZ", "2022-03-01"))).isEqualTo("UNVERIFIED");
        assertThat(certainty(on("UZB", "ARM", "2024-03-01"))).isEqualTo("UNVERIFIED");
        // Before 2020 the CIS placeholder, still unverified, with the three-day registration.
        StayRule before = on("UZB", "RUS", "2019-03-01");
        assertThat(before.code()).isEqualTo("UZB-CIS");
        assertThat(before.registrationDays()).isEqualTo(3);
        assertThat(certainty(before)).isEqualTo("UNVERIFIED");
    }

    @Test
    void tajikistanRegistrationIsTenWorkingDaysFromJune2018AndTheLimitStaysUnverified() {
        StayRule after = on("TJK", "RUS", "2019-03-01");
        assertThat(after.registrationDays()).isEqualTo(10);
        assertThat(after.registrationWorkingDays()).isTrue();
        assertThat(on("TJK", "RUS", "2017-03-01").registrationDays()).isEqualTo(3);
        assertThat(certainty(after)).isEqualTo("UNVERIFIED");
        assertThat(rules.byIdCached(after.id()).note()).contains("stay limit");
    }

    @Test
    void belarusAirportStayIsThirtyDaysAndNinetyAYear() {
        StayRule airport = on("BLR", "DEU", "2024-03-01");
        assertThat(airport.perEntryDays()).isEqualTo(30);
        assertThat(airport.calendarYearMaxDays()).isEqualTo(90);
        assertThat(on("BLR", "DEU", "2018-01-01").perEntryDays()).isEqualTo(5);
    }

    @Test
    void everyCurrentRuleNamesItsSourceAndNoTwoEquallySpecificRulesCompete() {
        List<String> ties = new ArrayList<>();
        for (String host : List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB")) {
            List<StayRuleView> current = rules.current(host);
            assertThat(current).allSatisfy(v -> assertThat(v.source()).isNotBlank());
            Map<String, List<String>> groups = rules.groups(host);
            groups.forEach((group, nationalities) -> {
                for (String nationality : nationalities) {
                    for (int year = 2013; year <= 2027; year++) {
                        for (LocalDate day : List.of(LocalDate.of(year, 1, 2), LocalDate.of(year, 7, 1))) {
                            List<String> applying = current.stream()
                                    .filter(v -> v.purpose() == null
                                            && !v.groupCode().equals("OTHER"))
                                    .filter(v -> rules.groups(host)
                                            .getOrDefault(v.groupCode(), List.of())
                                            .contains(nationality))
                                    .filter(v -> v.rule().appliesOn(day))
                                    .map(v -> v.rule().label())
                                    .toList();
                            if (applying.size() > 1) {
                                ties.add(host + " " + nationality + " " + day + ": " + applying);
                            }
                        }
                    }
                }
            });
        }
        assertThat(ties).isEmpty();
    }
}
