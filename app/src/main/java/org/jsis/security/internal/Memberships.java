package org.jsis.security.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Membership of a state on a date, as {@code jsis_is_member} judges it. */
@Component
public class Memberships {

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isMember(String stateCode, LocalDate on) {
        return jdbc.sql("SELECT jsis_is_member(CAST(:state AS CHAR(3)), :on)")
                .param("state", stateCode)
                .param("on", on)
                .query(Boolean.class)
                .single();
    }

    /** The status in force on the date (MEMBER, SUSPENDED, WITHDRAWN), empty when none. */
    public Optional<String> status(String stateCode, LocalDate on) {
        return jdbc.sql("""
                        SELECT status FROM membership_period
                        WHERE state_code = :state AND valid_from <= :on AND (valid_to IS NULL OR valid_to > :on)
                        ORDER BY valid_from DESC LIMIT 1
                        """)
                .param("state", stateCode)
                .param("on", on)
                .query(String.class)
                .optional();
    }
}
