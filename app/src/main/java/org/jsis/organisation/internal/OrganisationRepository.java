package org.jsis.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsis.organisation.Agency;
import org.jsis.organisation.Body;
import org.jsis.organisation.ChairmanshipTerm;
import org.jsis.organisation.MemberState;
import org.jsis.organisation.MembershipPeriod;
import org.jsis.organisation.MembershipStatus;
import org.jsis.organisation.Standing;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the organisation's reference data. */
@Repository
public class OrganisationRepository {

    private static final String STATE_COLUMNS = "s.code, s.alpha2, s.name_en, s.name_ru, s.name_local, s.local_lang";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MemberState> states() {
        return jdbc.sql("SELECT " + STATE_COLUMNS + " FROM member_state s ORDER BY s.code")
                .query((rs, n) -> state(rs))
                .list();
    }

    public Optional<MemberState> state(String code) {
        return jdbc.sql("SELECT " + STATE_COLUMNS + " FROM member_state s WHERE s.code = :code")
                .param("code", code)
                .query((rs, n) -> state(rs))
                .optional();
    }

    /**
     * The standing of every state that has a period covering {@code on}. Among covering periods the
     * one that started last wins; its stretch ends where a later-starting period begins and starts
     * where the last later-starting (and already finished) period ended.
     */
    public List<Standing> standings(LocalDate on, @Nullable String stateCode) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (p.state_code) %s, p.status, p.note,
                               GREATEST(p.valid_from,
                                        (SELECT max(n.valid_to) FROM membership_period n
                                          WHERE n.state_code = p.state_code AND n.valid_from > p.valid_from
                                            AND n.valid_to <= :on)) AS since,
                               LEAST(p.valid_to,
                                     (SELECT min(n.valid_from) FROM membership_period n
                                       WHERE n.state_code = p.state_code AND n.valid_from > :on)) AS until
                          FROM membership_period p
                          JOIN member_state s ON s.code = p.state_code
                         WHERE p.valid_from <= :on AND (p.valid_to IS NULL OR :on < p.valid_to)
                           AND (CAST(:state AS CHAR(3)) IS NULL OR p.state_code = CAST(:state AS CHAR(3)))
                         ORDER BY p.state_code, p.valid_from DESC
                        """.formatted(STATE_COLUMNS))
                .param("on", on)
                .param("state", stateCode)
                .query((rs, n) -> new Standing(
                        state(rs),
                        MembershipStatus.valueOf(rs.getString("status")),
                        rs.getObject("since", LocalDate.class),
                        rs.getObject("until", LocalDate.class),
                        rs.getString("note")))
                .list();
    }

    public boolean isMember(String stateCode, LocalDate on) {
        return jdbc.sql("SELECT jsis_is_member(:state, :on)")
                .param("state", stateCode)
                .param("on", on)
                .query(Boolean.class)
                .single();
    }

    public List<MembershipPeriod> periods(String stateCode) {
        return jdbc.sql("""
                        SELECT id, state_code, status, valid_from, valid_to, note
                          FROM membership_period
                         WHERE state_code = :state
                         ORDER BY valid_from, id
                        """)
                .param("state", stateCode)
                .query((rs, n) -> period(rs))
                .list();
    }

    public MembershipPeriod insertPeriod(
            String stateCode,
            MembershipStatus status,
            LocalDate validFrom,
            @Nullable LocalDate validUntil,
            @Nullable String note) {
        return jdbc.sql("""
                        INSERT INTO membership_period (state_code, status, valid_from, valid_to, note)
                        VALUES (:state, :status, :from, :until, :note)
                        RETURNING id, state_code, status, valid_from, valid_to, note
                        """)
                .param("state", stateCode)
                .param("status", status.name())
                .param("from", validFrom)
                .param("until", validUntil)
                .param("note", note)
                .query((rs, n) -> period(rs))
                .single();
    }

    public List<Body> bodies() {
        return jdbc.sql("""
                        SELECT code, kind, name_en, name_ru, description_en, description_ru, head_title_en,
                               head_title_ru, head_name_en, head_name_ru, established, status, source
                          FROM body
                         ORDER BY sort_order, code
                        """)
                .query((rs, n) -> new Body(
                        rs.getString("code"),
                        Body.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name_en"),
                        rs.getString("name_ru"),
                        rs.getString("description_en"),
                        rs.getString("description_ru"),
                        rs.getString("head_title_en"),
                        rs.getString("head_title_ru"),
                        rs.getString("head_name_en"),
                        rs.getString("head_name_ru"),
                        rs.getObject("established", LocalDate.class),
                        Body.Status.valueOf(rs.getString("status")),
                        rs.getString("source")))
                .list();
    }

    public List<ChairmanshipTerm> chairmanship(@Nullable LocalDate on) {
        return jdbc.sql("""
                        SELECT %s, c.valid_from, c.valid_to, c.note
                          FROM chairmanship_term c
                          JOIN member_state s ON s.code = c.state_code
                         WHERE CAST(:on AS DATE) IS NULL
                            OR (c.valid_from <= CAST(:on AS DATE) AND CAST(:on AS DATE) < c.valid_to)
                         ORDER BY c.valid_from
                        """.formatted(STATE_COLUMNS))
                .param("on", on)
                .query((rs, n) -> new ChairmanshipTerm(
                        state(rs),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getString("note")))
                .list();
    }

    public List<Agency> agencies(@Nullable String stateCode, @Nullable String code) {
        return jdbc.sql("""
                        SELECT code, state_code, kind, name_en, name_ru, name_local
                          FROM agency
                         WHERE (CAST(:state AS CHAR(3)) IS NULL OR state_code = CAST(:state AS CHAR(3)))
                           AND (CAST(:code AS TEXT) IS NULL OR code = CAST(:code AS TEXT))
                         ORDER BY state_code NULLS FIRST, kind, code
                        """)
                .param("state", stateCode)
                .param("code", code)
                .query((rs, n) -> new Agency(
                        rs.getString("code"),
                        trimmed(rs.getString("state_code")),
                        Agency.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name_en"),
                        rs.getString("name_ru"),
                        rs.getString("name_local")))
                .list();
    }

    private static MemberState state(ResultSet rs) throws SQLException {
        return new MemberState(
                rs.getString("code"),
                rs.getString("alpha2"),
                rs.getString("name_en"),
                rs.getString("name_ru"),
                rs.getString("name_local"),
                rs.getString("local_lang"));
    }

    private static MembershipPeriod period(ResultSet rs) throws SQLException {
        return new MembershipPeriod(
                rs.getLong("id"),
                rs.getString("state_code"),
                MembershipStatus.valueOf(rs.getString("status")),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("note"));
    }

    private static @Nullable String trimmed(@Nullable String s) {
        return s == null ? null : s.trim();
    }
}
