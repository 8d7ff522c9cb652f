package org.jsis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jsis.security.internal.ApiTokens;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bearer query reads the membership status of the user's state with the statement of
 * {@code jsis_membership_status} written out (so that its plan is prepared once): it must judge every state on
 * every day as the function does, on each side of every period boundary, with a suspension added.
 */
@SpringBootTest
@Import(SecurityTestKit.class)
class BearerMembershipIntegrationTests {

    @Autowired
    SecurityTestKit kit;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBearerQueryJudgesMembershipAsTheFunctionDoes() throws Exception {
        List<String> states = jdbc.sql("SELECT code FROM member_state ORDER BY code")
                .query(String.class)
                .list();
        assertThat(states).isNotEmpty();
        int compared = 0;
        try (AutoCloseable suspension = kit.suspend(states.get(0))) {
            for (String state : states) {
                String token = kit.user(state, Role.ANALYST).token();
                TreeSet<LocalDate> days = new TreeSet<>(List.of(LocalDate.now(), LocalDate.of(1990, 1, 1)));
                jdbc.sql("SELECT valid_from, valid_to FROM membership_period WHERE state_code = :s")
                        .param("s", state)
                        .query((rs, n) -> {
                            for (int c = 1; c <= 2; c++) {
                                LocalDate d = rs.getObject(c, LocalDate.class);
                                if (d != null) {
                                    days.addAll(List.of(d.minusDays(1), d, d.plusDays(1)));
                                }
                            }
                            return n;
                        })
                        .list();
                List<String> expected = new ArrayList<>();
                List<String> actual = new ArrayList<>();
                for (LocalDate day : days) {
                    expected.add(day + " "
                            + jdbc.sql("SELECT jsis_membership_status(:s, :d)")
                                    .param("s", state)
                                    .param("d", day)
                                    .query(String.class)
                                    .list()
                                    .get(0));
                    actual.add(day + " "
                            + tokens.authenticate(token, day).orElseThrow().membershipStatus());
                    compared++;
                }
                assertThat(actual).as(state).isEqualTo(expected);
                assertThat(expected.stream().filter(e -> !e.endsWith(" null")).map(Objects::toString))
                        .as("%s has a status on some of the days", state)
                        .isNotEmpty();
            }
        }
        assertThat(compared).isGreaterThan(states.size() * 3);
    }
}
