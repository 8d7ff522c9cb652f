package org.jsis.border.stay;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computes stays, overstays and the remaining allowed stay of one traveller in one host state.
 *
 * <p>Conventions (documented in the README's Border section):
 *
 * <ol>
 *   <li>Days are calendar days in the host state; the entry day and the exit day both count, and a
 *       day with several crossings counts once.
 *   <li>Each day present is judged by the rule version in force on that day, so a rule change in the
 *       middle of a stay judges the days before by the old rule and the days after by the new one.
 *       Under a version, days before its {@code validFrom} are not counted (no retroactivity).
 *   <li>An N-in-M rule counts the days present in the M days ending on the day judged; a per
 *       calendar year rule counts the days present since 1 January; a per-entry rule counts the days
 *       since the stay's entry. A day is an overstay when any count exceeds its limit.
 *   <li>An entry while a stay is open (the exit was not recorded) ends the open stay on the day of
 *       the new entry; an exit without an entry is a stay of that day alone. Both raise a warning.
 * </ol>
 *
 * <p>Presence days are kept as a sorted array of epoch days; every count is two binary searches,
 * so a traveller with years of crossings costs microseconds.
 */
public final class StayCalculator {

    /** How far ahead {@link StayStatus#lastLegalDay()} is searched; beyond it, null (no limit found). */
    static final int HORIZON_DAYS = 800;

    /**
     * Computes the status on {@code asOf} from {@code crossings}, which must be in time order.
     * Crossings after {@code asOf} are ignored.
     */
    public StayStatus compute(List<CrossingEvent> crossings, RuleLookup rules, LocalDate asOf) {
        List<StayWarning> warnings = new ArrayList<>();
        List<Stay> stays = stays(crossings, asOf, warnings);
        Presence presence = Presence.of(stays, asOf);
        List<Overstay> overstays = new ArrayList<>();
        Stay open = stays.isEmpty() || !stays.get(stays.size() - 1).open() ? null : stays.get(stays.size() - 1);
        int overstayDaysNow = 0;
        boolean overstayingNow = false;
        LocalDate firstOverstayInOpen = null;
        for (int i = 0; i < presence.days.length; i++) {
            LocalDate day = LocalDate.ofEpochDay(presence.days[i]);
            StayRule rule = rules.on(day);
            if (rule == null || rule.exempt()) {
                continue;
            }
            // Fast path: no window or year holds more days than all days present so far (i + 1).
            if (i + 1 <= cumulativeLimit(rule) && (rule.perEntryDays() == null || i + 1 <= rule.perEntryDays())) {
                continue;
            }
            if (exceeds(rule, presence, presence.days[i], entryOf(stays, day), Long.MIN_VALUE)) {
                addOverstayDay(overstays, day, rule);
                if (open != null && !day.isBefore(open.firstDay())) {
                    overstayDaysNow++;
                    if (firstOverstayInOpen == null) {
                        firstOverstayInOpen = day;
                    }
                    overstayingNow |= day.equals(asOf);
                }
            }
        }
        StayRule ruleNow = rules.on(asOf);
        if (ruleNow == null && presence.days.length > 0 && open == null) {
            ruleNow = rules.on(LocalDate.ofEpochDay(presence.days[presence.days.length - 1]));
        }
        LocalDate entryNow = open != null ? open.firstDay() : null;
        List<Limit> limits = ruleNow == null || ruleNow.exempt()
                ? List.of()
                : limits(ruleNow, presence, asOf.toEpochDay(), entryNow);
        Limit binding = binding(limits);
        LocalDate lastLegal = null;
        if (open != null) {
            lastLegal = firstOverstayInOpen != null
                    ? firstOverstayInOpen.minusDays(1)
                    : projectLastLegalDay(rules, presence, asOf, open.firstDay());
        }
        LocalDate registrationDue = open == null || ruleNow == null ? null : registrationDue(ruleNow, open.firstDay());
        return new StayStatus(
                asOf,
                ruleNow,
                entryNow,
                binding == null ? presence.count(Long.MIN_VALUE, asOf.toEpochDay()) : binding.used(),
                binding == null ? null : binding.allowed(),
                limits,
                lastLegal,
                overstayingNow,
                overstayDaysNow,
                List.copyOf(overstays),
                registrationDue,
                List.copyOf(stays),
                List.copyOf(warnings));
    }

    static List<Stay> stays(List<CrossingEvent> crossings, LocalDate asOf, List<StayWarning> warnings) {
        List<Stay> stays = new ArrayList<>();
        CrossingEvent entry = null;
        for (CrossingEvent c : crossings) {
            if (c.day().isAfter(asOf)) {
                break;
            }
            if (c.direction() == Direction.ENTRY) {
                if (entry != null) {
                    warnings.add(new StayWarning(
                            StayWarning.Kind.ENTRY_WHILE_STAY_OPEN,
                            c.id(),
                            c.day(),
                            "entry on " + c.day() + " while the stay since " + entry.day() + " has no exit"));
                    stays.add(new Stay(entry.id(), entry.day(), c.day()));
                }
                entry = c;
            } else if (entry == null) {
                warnings.add(new StayWarning(
                        StayWarning.Kind.EXIT_WITHOUT_ENTRY,
                        c.id(),
                        c.day(),
                        "exit on " + c.day() + " without a recorded entry"));
                stays.add(new Stay(null, c.day(), c.day()));
            } else {
                stays.add(new Stay(entry.id(), entry.day(), c.day()));
                entry = null;
            }
        }
        if (entry != null) {
            stays.add(new Stay(entry.id(), entry.day(), null));
        }
        return stays;
    }

    private static @Nullable LocalDate entryOf(List<Stay> stays, LocalDate day) {
        for (int i = stays.size() - 1; i >= 0; i--) {
            Stay s = stays.get(i);
            if (!day.isBefore(s.firstDay()) && (s.lastDay() == null || !day.isAfter(s.lastDay()))) {
                return s.entryCrossingId() == null ? null : s.firstDay();
            }
        }
        return null;
    }

    /** Whether being present on {@code day} breaks a limit of {@code rule} (future days up to {@code assumedUntil} present). */
    private static boolean exceeds(StayRule rule, Presence p, long day, @Nullable LocalDate entry, long assumedUntil) {
        for (Limit l : limits(rule, p, day, entry, assumedUntil)) {
            if (l.used() > l.allowed()) {
                return true;
            }
        }
        return false;
    }

    private static List<Limit> limits(StayRule rule, Presence p, long day, @Nullable LocalDate entry) {
        return limits(rule, p, day, entry, Long.MIN_VALUE);
    }

    private static List<Limit> limits(
            StayRule rule, Presence p, long day, @Nullable LocalDate entry, long assumedUntil) {
        List<Limit> limits = new ArrayList<>(3);
        long from = rule.validFrom().toEpochDay();
        if (rule.perEntryDays() != null && entry != null) {
            long start = Math.max(entry.toEpochDay(), from);
            limits.add(new Limit(Limit.Kind.PER_ENTRY, p.count(start, day, assumedUntil), rule.perEntryDays()));
        }
        if (rule.windowDays() != null && rule.windowMaxDays() != null) {
            long start = Math.max(day - rule.windowDays() + 1, from);
            limits.add(new Limit(Limit.Kind.ROLLING_WINDOW, p.count(start, day, assumedUntil), rule.windowMaxDays()));
        }
        if (rule.calendarYearMaxDays() != null) {
            long start = Math.max(LocalDate.ofEpochDay(day).withDayOfYear(1).toEpochDay(), from);
            limits.add(
                    new Limit(Limit.Kind.CALENDAR_YEAR, p.count(start, day, assumedUntil), rule.calendarYearMaxDays()));
        }
        return limits;
    }

    private static @Nullable Limit binding(List<Limit> limits) {
        Limit binding = null;
        for (Limit l : limits) {
            if (binding == null || l.allowed() - l.used() < binding.allowed() - binding.used()) {
                binding = l;
            }
        }
        return binding;
    }

    /** Walks forward from {@code asOf}, assuming he stays, until a day would break a limit. */
    private static @Nullable LocalDate projectLastLegalDay(
            RuleLookup rules, Presence p, LocalDate asOf, LocalDate entry) {
        long entryDay = entry.toEpochDay();
        for (int i = 1; i <= HORIZON_DAYS; i++) {
            LocalDate day = asOf.plusDays(i);
            StayRule rule = rules.on(day);
            if (rule == null || rule.exempt()) {
                continue;
            }
            long presentSoFar = p.days.length + i;
            long sinceEntry = day.toEpochDay() - entryDay + 1;
            if (presentSoFar <= cumulativeLimit(rule)
                    && (rule.perEntryDays() == null || sinceEntry <= rule.perEntryDays())) {
                continue;
            }
            if (exceeds(rule, p, day.toEpochDay(), entry, day.toEpochDay())) {
                return day.minusDays(1);
            }
        }
        return null;
    }

    /** The smallest of the rule's window and calendar-year limits (no limit: the largest int). */
    private static int cumulativeLimit(StayRule rule) {
        int limit = Integer.MAX_VALUE;
        if (rule.windowMaxDays() != null) {
            limit = rule.windowMaxDays();
        }
        if (rule.calendarYearMaxDays() != null) {
            limit = Math.min(limit, rule.calendarYearMaxDays());
        }
        return limit;
    }

    private static void addOverstayDay(List<Overstay> overstays, LocalDate day, StayRule rule) {
        if (!overstays.isEmpty()) {
            Overstay last = overstays.get(overstays.size() - 1);
            if (last.lastDay().plusDays(1).equals(day)) {
                overstays.set(overstays.size() - 1, new Overstay(last.firstDay(), day, last.rule()));
                return;
            }
        }
        overstays.add(new Overstay(day, day, rule));
    }

    static @Nullable LocalDate registrationDue(StayRule rule, LocalDate entry) {
        if (rule.registrationDays() == null) {
            return null;
        }
        if (!rule.registrationWorkingDays()) {
            return entry.plusDays(rule.registrationDays());
        }
        LocalDate day = entry;
        for (int left = rule.registrationDays(); left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    /** The sorted, distinct epoch days present; open stays run to the status day. */
    static final class Presence {
        final long[] days;
        private final long lastKnown;

        private Presence(long[] days, long lastKnown) {
            this.days = days;
            this.lastKnown = lastKnown;
        }

        static Presence of(List<Stay> stays, LocalDate asOf) {
            long[] buffer = new long[16];
            int n = 0;
            for (Stay s : stays) {
                long last = (s.lastDay() == null ? asOf : s.lastDay()).toEpochDay();
                for (long d = s.firstDay().toEpochDay(); d <= last; d++) {
                    if (n > 0 && buffer[n - 1] >= d) {
                        continue;
                    }
                    if (n == buffer.length) {
                        buffer = Arrays.copyOf(buffer, n * 2);
                    }
                    buffer[n++] = d;
                }
            }
            return new Presence(Arrays.copyOf(buffer, n), asOf.toEpochDay());
        }

        int count(long from, long to) {
            if (from > to) {
                return 0;
            }
            return lowerBound(to + 1) - lowerBound(from);
        }

        /** Counts as {@link #count(long, long)}, also counting every day after the status day up to {@code assumedUntil}. */
        int count(long from, long to, long assumedUntil) {
            int known = count(from, to);
            long a = Math.max(from, lastKnown + 1);
            long b = Math.min(to, assumedUntil);
            return b < a ? known : known + (int) (b - a + 1);
        }

        private int lowerBound(long key) {
            int lo = 0;
            int hi = days.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
