package org.jsis.border;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Illegal crossings detected outside checkpoints, kept for statistics. */
@Service
public class IllegalCrossings {

    /** One detection. */
    public record Detection(
            String stateCode,
            Instant detectedAt,
            double latitude,
            double longitude,
            @Nullable String place,
            @Nullable String borderWith,
            @Nullable String direction,
            int groupSize,
            List<String> nationalities,
            @Nullable String note,
            String distribution,
            List<String> sharedWith) {}

    /** A recorded detection as listed. */
    public record Recorded(
            long id,
            String stateCode,
            Instant detectedAt,
            double latitude,
            double longitude,
            @Nullable String place,
            @Nullable String borderWith,
            @Nullable String direction,
            int groupSize,
            List<String> nationalities,
            @Nullable String note,
            String ownerState) {}

    /** What a list or a statistic is limited to; null fields do not filter. */
    public record Filter(
            @Nullable String state,
            Instant from,
            Instant to,
            @Nullable String nationality,
            @Nullable String place) {}

    /** Counts per place (the place's name, or its border section when it has none). */
    public record PlaceCount(
            String stateCode,
            @Nullable String borderWith,
            @Nullable String place,
            long detections,
            long persons) {}

    /** Counts per month and border. */
    public record MonthlyCount(
            String month, String stateCode, @Nullable String borderWith, long detections, long persons) {}

    private final JdbcClient jdbc;

    IllegalCrossings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long record(Detection d, String recordedBy) {
        return jdbc.sql("""
                        INSERT INTO border_illegal_crossing (state_code, detected_at, latitude, longitude, place,
                            border_with, direction, group_size, nationalities, note, recorded_by, owner_state,
                            distribution, shared_with)
                        VALUES (:state, :at, :lat, :lon, :place, :with, :direction, :size, CAST(:nats AS TEXT[]), :note,
                            :by, :state, :distribution, CAST(:shared AS CHAR(3)[]))
                        RETURNING id
                        """)
                .param("state", d.stateCode())
                .param("at", Timestamp.from(d.detectedAt()))
                .param("lat", d.latitude())
                .param("lon", d.longitude())
                .param("place", d.place())
                .param("with", d.borderWith())
                .param("direction", d.direction())
                .param("size", d.groupSize())
                .param("nats", "{" + String.join(",", d.nationalities()) + "}")
                .param("note", d.note())
                .param("by", recordedBy)
                .param("distribution", d.distribution())
                .param("shared", "{" + String.join(",", d.sharedWith()) + "}")
                .query(Long.class)
                .single();
    }

    /** Monthly detections and persons per state and border, among the records the visibility predicate allows. */
    public List<MonthlyCount> monthly(
            @Nullable String state, Instant from, Instant to, String visibility, Map<String, ?> params) {
        return jdbc.sql("""
                        SELECT to_char(date_trunc('month', detected_at), 'YYYY-MM') AS month, state_code, border_with,
                               count(*) AS detections, sum(group_size) AS persons
                        FROM border_illegal_crossing
                        WHERE (CAST(:state AS TEXT) IS NULL OR state_code = :state)
                          AND detected_at >= :from AND detected_at < :to AND\s""" + visibility + """

                        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                        """)
                .param("state", state)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .params(params)
                .query((rs, i) -> new MonthlyCount(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** Persons per nationality (a group with several nationalities counts once for each). */
    public Map<String, Long> byNationality(
            @Nullable String state, Instant from, Instant to, String visibility, Map<String, ?> params) {
        Map<String, Long> out = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT n, sum(group_size) FROM border_illegal_crossing, unnest(nationalities) AS n
                        WHERE (CAST(:state AS TEXT) IS NULL OR state_code = :state)
                          AND detected_at >= :from AND detected_at < :to AND\s""" + visibility + """

                        GROUP BY n
                        """)
                .param("state", state)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .params(params)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    /** The detections matching the filter among those the visibility predicate allows, newest first. */
    public List<Recorded> list(Filter f, int limit, String visibility, Map<String, ?> params) {
        return jdbc.sql("SELECT id, state_code, detected_at, latitude, longitude, place, border_with, direction,"
                        + " group_size, nationalities, note, owner_state FROM border_illegal_crossing WHERE "
                        + where(visibility) + " ORDER BY detected_at DESC, id DESC LIMIT :limit")
                .params(filterParams(f, params))
                .param("limit", limit)
                .query((rs, i) -> new Recorded(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getDouble(4),
                        rs.getDouble(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getInt(9),
                        List.of((String[]) rs.getArray(10).getArray()),
                        rs.getString(11),
                        rs.getString(12)))
                .list();
    }

    /** Detections and persons per place, most persons first. */
    public List<PlaceCount> byPlace(Filter f, String visibility, Map<String, ?> params) {
        return jdbc.sql("SELECT state_code, border_with, place, count(*), sum(group_size) FROM border_illegal_crossing"
                        + " WHERE " + where(visibility) + " GROUP BY 1, 2, 3 ORDER BY 5 DESC, 1, 2, 3")
                .params(filterParams(f, params))
                .query((rs, i) ->
                        new PlaceCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    private static String where(String visibility) {
        return """
                (CAST(:state AS TEXT) IS NULL OR state_code = :state)
                AND (CAST(:nationality AS TEXT) IS NULL OR CAST(:nationality AS TEXT) = ANY (nationalities))
                AND (CAST(:place AS TEXT) IS NULL OR lower(place) LIKE '%' || lower(CAST(:place AS TEXT)) || '%')
                AND detected_at >= :from AND detected_at < :to AND\s""" + visibility;
    }

    private static Map<String, Object> filterParams(Filter f, Map<String, ?> visibility) {
        Map<String, Object> p = new java.util.HashMap<>(visibility);
        p.put("state", f.state());
        p.put("nationality", f.nationality());
        p.put("place", f.place() == null ? null : f.place().replace("%", "").replace("_", ""));
        p.put("from", Timestamp.from(f.from()));
        p.put("to", Timestamp.from(f.to()));
        return p;
    }
}
