package org.jsis.namematch.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsis.namematch.Explanation.Adjustment;
import org.jsis.namematch.Explanation.Factor;
import org.jsis.namematch.PartialDate;

/**
 * How birth date and nationality move a name score: agreement adds a little, disagreement takes
 * away more the larger it is; unknown on either side changes nothing.
 */
public final class Attributes {

    /** The most birth date and nationality together can add. */
    public static final double MAX_GAIN = 0.08;

    static final double DATE_DAY = 0.06;
    static final double DATE_MONTH = 0.04;
    static final double DATE_YEAR = 0.03;
    static final double DATE_SAME_YEAR = -0.03;
    static final double DATE_ONE_YEAR = -0.05;
    static final double DATE_FEW_YEARS = -0.12;
    static final double DATE_DIFFERENT = -0.25;
    static final double NATIONALITY_SAME = 0.02;
    static final double NATIONALITY_DIFFERENT = -0.05;

    private Attributes() {}

    /**
     * The most {@link #adjust} can add for a query with this birth date and nationality, whatever
     * the record: agreement on a date counts only as precisely as the query's date is given, and
     * nothing counts for what the query leaves out (at most {@link #MAX_GAIN}).
     */
    public static double maxGain(Optional<PartialDate> birthDate, Optional<String> nationality) {
        double gain = 0;
        if (birthDate.isPresent()) {
            PartialDate.Precision p = birthDate.get().precision();
            gain += p == PartialDate.Precision.DAY
                    ? DATE_DAY
                    : p == PartialDate.Precision.MONTH ? DATE_MONTH : DATE_YEAR;
        }
        // plus a hair, so that rounding in the order a caller adds the deltas never beats the bound
        return (nationality.isPresent() ? gain + NATIONALITY_SAME : gain) + 1e-9;
    }

    public static List<Adjustment> adjust(
            Optional<PartialDate> birthDate,
            List<PartialDate> recordDates,
            Optional<String> nationality,
            List<String> recordNationalities) {
        List<Adjustment> out = new ArrayList<>(2);
        if (birthDate.isPresent() && !recordDates.isEmpty()) {
            out.add(birthDate(birthDate.get(), recordDates));
        }
        if (nationality.isPresent() && !recordNationalities.isEmpty()) {
            out.add(nationality(nationality.get(), recordNationalities));
        }
        return out;
    }

    static Adjustment birthDate(PartialDate query, List<PartialDate> dates) {
        Adjustment best = null;
        for (PartialDate d : dates) {
            Adjustment a = birthDate(query, d);
            if (best == null || a.delta() > best.delta()) {
                best = a;
            }
        }
        return best;
    }

    private static Adjustment birthDate(PartialDate q, PartialDate d) {
        String pair = "birth date " + q + " ";
        if (q.agreesWith(d)) {
            PartialDate.Precision p = q.precision().compareTo(d.precision()) <= 0 ? q.precision() : d.precision();
            double delta = p == PartialDate.Precision.DAY
                    ? DATE_DAY
                    : p == PartialDate.Precision.MONTH ? DATE_MONTH : DATE_YEAR;
            return new Adjustment(Factor.BIRTH_DATE, pair + (q.equals(d) ? "is on record" : "agrees with " + d), delta);
        }
        int years = Math.abs(q.year() - d.year());
        if (years == 0) {
            return new Adjustment(Factor.BIRTH_DATE, pair + "is in the same year as " + d, DATE_SAME_YEAR);
        }
        if (years == 1) {
            return new Adjustment(Factor.BIRTH_DATE, pair + "is a year from " + d, DATE_ONE_YEAR);
        }
        if (years <= 3) {
            return new Adjustment(Factor.BIRTH_DATE, pair + "is " + years + " years from " + d, DATE_FEW_YEARS);
        }
        return new Adjustment(Factor.BIRTH_DATE, pair + "differs from " + d, DATE_DIFFERENT);
    }

    static Adjustment nationality(String query, List<String> recordNationalities) {
        Nationalities n = Nationalities.standard();
        String q = n.normalise(query);
        List<String> record =
                recordNationalities.stream().map(n::normalise).distinct().toList();
        if (record.contains(q)) {
            return new Adjustment(Factor.NATIONALITY, "nationality " + q + " agrees", NATIONALITY_SAME);
        }
        return new Adjustment(
                Factor.NATIONALITY,
                "nationality " + q + " differs from " + String.join("/", record),
                NATIONALITY_DIFFERENT);
    }
}
