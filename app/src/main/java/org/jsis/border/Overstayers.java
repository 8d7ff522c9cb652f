package org.jsis.border;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.jsis.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who is over his allowed stay in a host state (or will be within some days), and how that evolved. */
@Service
public class Overstayers {

    /** One open stay at or past its limit. */
    public record Overstayer(
            long travellerId,
            String hostState,
            String surname,
            String givenNames,
            @Nullable LocalDate birthDate,
            @Nullable String nationality,
            LocalDate openSince,
            int daysUsed,
            @Nullable Integer daysAllowed,
            @Nullable LocalDate lastLegalDay,
            int overstayDays,
            @Nullable String rule) {}

    /** Overstayers in a month: the overstay periods that overlap it. */
    public record Month(String month, long overstayers) {}

    private final JdbcClient jdbc;

    Overstayers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open stays in {@code host} whose last legal day is before {@code today + withinDays} (0: over their
     * allowed stay now), visible to the viewer, soonest first.
     */
    public List<Overstayer> list(String host, int withinDays, int limit, Visibility visibility) {
        LocalDate today = StateZones.today(host);
        return jdbc.sql("""
                        SELECT s.traveller_id, s.host_state, t.surname, t.given_names, t.birth_date, t.nationality,
                               s.open_since, s.days_used, s.days_allowed, s.last_legal_day, s.overstay_days,
                               r.code || ' v' || r.version AS rule
                        FROM border_stay_status s
                        JOIN border_traveller t ON t.id = s.traveller_id
                        LEFT JOIN border_stay_rule r ON r.id = s.rule_id
                        WHERE s.host_state = :host AND s.open_since IS NOT NULL AND s.last_legal_day < :before
                          AND\s""" + visibility.predicate("s") + """

                        ORDER BY s.last_legal_day, s.traveller_id
                        LIMIT :limit
                        """)
                .param("host", host)
                .param("before", Date.valueOf(today.plusDays(withinDays)))
                .param("limit", limit)
                .params(visibility.params())
                .query((rs, i) -> {
                    Date birth = rs.getDate(5);
                    Date last = rs.getDate(10);
                    return new Overstayer(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            birth == null ? null : birth.toLocalDate(),
                            rs.getString(6),
                            rs.getDate(7).toLocalDate(),
                            rs.getInt(8),
                            (Integer) rs.getObject(9),
                            last == null ? null : last.toLocalDate(),
                            rs.getInt(11),
                            rs.getString(12));
                })
                .list();
    }

    /** Overstayers per month in {@code host} from {@code from} to {@code to}, among visible records. */
    public List<Month> monthly(String host, LocalDate from, LocalDate to, Visibility visibility) {
        return jdbc.sql("""
                        SELECT to_char(m, 'YYYY-MM'), count(o.traveller_id)
                        FROM generate_series(date_trunc('month', CAST(:from AS DATE)), date_trunc('month', CAST(:to AS DATE)),
                                             interval '1 month') AS m
                        LEFT JOIN border_overstay o
                          ON o.host_state = :host AND o.first_day < m + interval '1 month'
                         AND coalesce(o.last_day, 'infinity') >= m AND\s""" + visibility.predicate("o") + """

                        GROUP BY m ORDER BY m
                        """)
                .param("host", host)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .params(visibility.params())
                .query((rs, i) -> new Month(rs.getString(1), rs.getLong(2)))
                .list();
    }
}
