package org.jsis.border.stay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StayCalculatorTests {

    static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
    static final StayRule NINETY_IN_180 = rule("R90-180", 1, EPOCH, null, null, 180, 90, null);
    static final StayRule PER_ENTRY_30_AND_90_IN_180 = rule("KAZ", 2, EPOCH, null, 30, 180, 90, null);
    static final StayRule RUS_V1 = rule("RUS", 1, EPOCH, LocalDate.of(2025, 1, 1), null, 180, 90, null);
    static final StayRule RUS_V2 = rule("RUS", 2, LocalDate.of(2025, 1, 1), null, null, null, null, 90);
    static final StayRule SIXTY_IN_120 = rule("KGZ", 1, EPOCH, null, null, 120, 60, null);

    final StayCalculator calculator = new StayCalculator();

    @Test
    void entryAndExitDaysBothCount() {
        StayStatus s = compute(NINETY_IN_180, "2024-03-10", "E 2024-03-01", "X 2024-03-10");
        assertThat(s.daysUsed()).isEqualTo(10);
        assertThat(s.openSince()).isNull();
        assertThat(s.stays()).hasSize(1);
    }

    @Test
    void sameDayEntryAndExitIsOneDay() {
        assertThat(compute(NINETY_IN_180, "2024-03-01", "E 2024-03-01", "X 2024-03-01")
                        .daysUsed())
                .isEqualTo(1);
    }

    @Test
    void severalCrossingsOnOneDayCountItOnce() {
        StayStatus s =
                compute(NINETY_IN_180, "2024-03-02", "E 2024-03-01", "X 2024-03-01", "E 2024-03-01", "X 2024-03-02");
        assertThat(s.daysUsed()).isEqualTo(2);
    }

    @Test
    void ninetiethDayIsLegalAndNinetyFirstIsAnOverstay() {
        StayStatus day90 = compute(NINETY_IN_180, "2024-03-30", "E 2024-01-01");
        assertThat(day90.daysUsed()).isEqualTo(90);
        assertThat(day90.overstaying()).isFalse();
        assertThat(day90.lastLegalDay()).isEqualTo(LocalDate.of(2024, 3, 30));
        StayStatus day91 = compute(NINETY_IN_180, "2024-03-31", "E 2024-01-01");
        assertThat(day91.overstaying()).isTrue();
        assertThat(day91.overstayDays()).isEqualTo(1);
        assertThat(day91.lastLegalDay()).isEqualTo(LocalDate.of(2024, 3, 30));
        assertThat(day91.overstays()).singleElement().satisfies(o -> {
            assertThat(o.firstDay()).isEqualTo(LocalDate.of(2024, 3, 31));
            assertThat(o.rule()).isEqualTo(NINETY_IN_180);
        });
    }

    @Test
    void openStayProjectsItsLastLegalDay() {
        StayStatus s = compute(NINETY_IN_180, "2024-01-10", "E 2024-01-01");
        assertThat(s.openSince()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(s.daysUsed()).isEqualTo(10);
        assertThat(s.daysAllowed()).isEqualTo(90);
        assertThat(s.lastLegalDay()).isEqualTo(LocalDate.of(2024, 3, 30));
        assertThat(s.overstayWithin(80)).isFalse();
        assertThat(s.overstayWithin(81)).isTrue();
    }

    @Test
    void rollingWindowForgetsOldDays() {
        // 60 days in January-February, then 30 days away, back on 1 April: the window ending on
        // 1 April still holds the 60 days, so 30 remain; they end on 30 April.
        StayStatus s = compute(NINETY_IN_180, "2024-04-01", "E 2024-01-01", "X 2024-02-29", "E 2024-04-01");
        assertThat(s.daysUsed()).isEqualTo(61);
        assertThat(s.lastLegalDay()).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void rollingWindowReleasesDaysAsTheyAge() {
        // 90 days from 1 January 2024 (to 30 March), away until 28 June: on 29 June the window of
        // 180 days starts on 2 January: each further day ages one old day out, until the new stay
        // alone fills 90 days of the window on 26 September.
        StayStatus s = compute(NINETY_IN_180, "2024-06-29", "E 2024-01-01", "X 2024-03-30", "E 2024-06-29");
        assertThat(s.daysUsed()).isEqualTo(90);
        assertThat(s.overstaying()).isFalse();
        assertThat(s.lastLegalDay()).isEqualTo(LocalDate.of(2024, 9, 26));
    }

    @Test
    void perEntryLimitBindsBeforeTheWindow() {
        StayStatus s = compute(PER_ENTRY_30_AND_90_IN_180, "2024-01-05", "E 2024-01-01");
        assertThat(s.limits()).extracting(Limit::kind).containsExactly(Limit.Kind.PER_ENTRY, Limit.Kind.ROLLING_WINDOW);
        assertThat(s.lastLegalDay()).isEqualTo(LocalDate.of(2024, 1, 30));
        assertThat(compute(PER_ENTRY_30_AND_90_IN_180, "2024-01-31", "E 2024-01-01")
                        .overstaying())
                .isTrue();
    }

    @Test
    void visaRunsAreCaughtByTheWindow() {
        // Three 30-day stays separated by a day out, then a fourth entry: 90 days used in the window.
        StayStatus s = compute(
                PER_ENTRY_30_AND_90_IN_180,
                "2024-04-04",
                "E 2024-01-01",
                "X 2024-01-30",
                "E 2024-02-01",
                "X 2024-03-01",
                "E 2024-03-03",
                "X 2024-04-01",
                "E 2024-04-03");
        assertThat(s.overstaying()).isTrue();
        assertThat(s.overstays())
                .singleElement()
                .satisfies(o -> assertThat(o.firstDay()).isEqualTo(LocalDate.of(2024, 4, 3)));
        assertThat(s.lastLegalDay()).isEqualTo(LocalDate.of(2024, 4, 2));
    }

    @Test
    void calendarYearRuleStartsAfreshOnFirstJanuary() {
        StayStatus s = compute(RUS_V2, "2025-01-05", "E 2025-01-01");
        assertThat(s.daysUsed()).isEqualTo(5);
        assertThat(s.daysAllowed()).isEqualTo(90);
        assertThat(s.lastLegalDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(s.limits()).singleElement().extracting(Limit::kind).isEqualTo(Limit.Kind.CALENDAR_YEAR);
    }

    @Test
    void ruleChangeMidStayJudgesEachDayByTheRuleOfThatDay() {
        RuleLookup russia = RuleLookup.of(List.of(RUS_V1, RUS_V2));
        // In Russia since 1 November 2024: under 90-in-180 alone he would have to leave on 29
        // January 2025; the calendar-year rule from 1 January counts only 2025, so 31 March.
        StayStatus s = calculator.compute(events("E 2024-11-01"), russia, LocalDate.of(2025, 1, 20));
        assertThat(s.rule()).isEqualTo(RUS_V2);
        assertThat(s.daysUsed()).isEqualTo(20);
        assertThat(s.lastLegalDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        StayStatus old = calculator.compute(
                events("E 2024-11-01"), RuleLookup.of(List.of(NINETY_IN_180)), LocalDate.of(2025, 1, 20));
        assertThat(old.lastLegalDay()).isEqualTo(LocalDate.of(2025, 1, 29));
    }

    @Test
    void overstayUnderTheOldRuleStaysAnOverstay() {
        RuleLookup russia = RuleLookup.of(List.of(RUS_V1, RUS_V2));
        // From 1 September 2024, the 91st day is 30 November 2024: December is an overstay under
        // the old rule, and January starts clean under the new one.
        StayStatus s = calculator.compute(events("E 2024-09-01"), russia, LocalDate.of(2025, 1, 10));
        assertThat(s.overstays()).singleElement().satisfies(o -> {
            assertThat(o.firstDay()).isEqualTo(LocalDate.of(2024, 11, 30));
            assertThat(o.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
            assertThat(o.rule()).isEqualTo(RUS_V1);
        });
        assertThat(s.overstaying()).isFalse();
        assertThat(s.overstayDays()).isEqualTo(32);
        assertThat(s.lastLegalDay()).isEqualTo(LocalDate.of(2024, 11, 29));
    }

    @Test
    void daysBeforeAVersionTakesEffectDoNotCountUnderIt() {
        StayRule later = rule("KAZ", 2, LocalDate.of(2023, 1, 27), null, null, 180, 90, null);
        StayStatus s = compute(later, "2023-02-05", "E 2022-12-01");
        assertThat(s.daysUsed()).isEqualTo(10);
    }

    @Test
    void sixtyInOneHundredTwenty() {
        assertThat(compute(SIXTY_IN_120, "2024-01-01", "E 2024-01-01").lastLegalDay())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void exitWithoutEntryWarnsAndCountsTheExitDay() {
        StayStatus s = compute(NINETY_IN_180, "2024-01-10", "X 2024-01-05");
        assertThat(s.warnings())
                .singleElement()
                .extracting(StayWarning::kind)
                .isEqualTo(StayWarning.Kind.EXIT_WITHOUT_ENTRY);
        assertThat(s.daysUsed()).isEqualTo(1);
        assertThat(s.openSince()).isNull();
    }

    @Test
    void entryWhileAStayIsOpenWarnsAndKeepsCounting() {
        StayStatus s = compute(NINETY_IN_180, "2024-01-20", "E 2024-01-01", "E 2024-01-10");
        assertThat(s.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(StayWarning.Kind.ENTRY_WHILE_STAY_OPEN);
            assertThat(w.crossingId()).isEqualTo("c1");
        });
        assertThat(s.openSince()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(s.daysUsed()).isEqualTo(20);
    }

    @Test
    void exemptRuleHasNoLimit() {
        StayRule exempt = new StayRule(9, "UNION", 1, EPOCH, null, true, null, null, null, null, 90, false);
        StayStatus s = compute(exempt, "2024-12-31", "E 2024-01-01");
        assertThat(s.daysAllowed()).isNull();
        assertThat(s.lastLegalDay()).isNull();
        assertThat(s.overstaying()).isFalse();
        assertThat(s.registrationDue()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void withoutARuleNothingIsJudged() {
        StayStatus s = calculator.compute(events("E 2024-01-01"), day -> null, LocalDate.of(2024, 12, 31));
        assertThat(s.rule()).isNull();
        assertThat(s.daysUsed()).isEqualTo(366);
        assertThat(s.daysAllowed()).isNull();
        assertThat(s.overstaying()).isFalse();
    }

    @Test
    void registrationInWorkingDaysSkipsWeekends() {
        StayRule r = new StayRule(1, "RUS", 2, EPOCH, null, false, null, null, null, 90, 7, true);
        // Friday 3 January 2025 + 7 working days = Tuesday 14 January.
        assertThat(StayCalculator.registrationDue(r, LocalDate.of(2025, 1, 3))).isEqualTo(LocalDate.of(2025, 1, 14));
    }

    @Test
    void crossingsAfterTheStatusDayAreIgnored() {
        StayStatus s = compute(NINETY_IN_180, "2024-01-05", "E 2024-01-01", "X 2024-02-01");
        assertThat(s.openSince()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(s.daysUsed()).isEqualTo(5);
    }

    @Test
    void noCrossingsNoStay() {
        StayStatus s = compute(NINETY_IN_180, "2024-01-05");
        assertThat(s.stays()).isEmpty();
        assertThat(s.daysUsed()).isZero();
        assertThat(s.lastLegalDay()).isNull();
    }

    private StayStatus compute(StayRule rule, String asOf, String... crossings) {
        return calculator.compute(events(crossings), RuleLookup.of(List.of(rule)), LocalDate.parse(asOf));
    }

    private static List<CrossingEvent> events(String... crossings) {
        List<CrossingEvent> events = new ArrayList<>();
        for (int i = 0; i < crossings.length; i++) {
            String[] p = crossings[i].split(" ");
            events.add(new CrossingEvent(
                    "c" + i, LocalDate.parse(p[1]), p[0].equals("E") ? Direction.ENTRY : Direction.EXIT));
        }
        return events;
    }

    private static StayRule rule(
            String code,
            int version,
            LocalDate from,
            LocalDate to,
            Integer perEntry,
            Integer window,
            Integer windowMax,
            Integer calendarYear) {
        return new StayRule(
                version, code, version, from, to, false, perEntry, window, windowMax, calendarYear, null, false);
    }
}
