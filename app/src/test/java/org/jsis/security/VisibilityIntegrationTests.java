package org.jsis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL function {@code jsis_can_see}, case by case, and {@link Visibility}'s predicate, which judges every row as
 * that function does with the viewer's membership evaluated once per statement ({@code V2_7}).
 */
@SpringBootTest
@Import(SecurityTestKit.class)
class VisibilityIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityTestKit kit;

    boolean canSee(String owner, String distribution, String sharedWith, String viewer, LocalDate on) {
        return jdbc.sql(
                        "SELECT jsis_can_see(CAST(:owner AS CHAR(3)), :dist, CAST(:shared AS CHAR(3)[]), CAST(:viewer AS CHAR(3)), :on)")
                .param("owner", owner)
                .param("dist", distribution)
                .param("shared", "{" + sharedWith + "}")
                .param("viewer", viewer.equals("-") ? null : viewer)
                .param("on", on)
                .query(Boolean.class)
                .single();
    }

    @ParameterizedTest(name = "{0} record {1} shared with [{2}], viewer {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            ARM | OWNER_ONLY      |         | ARM | true
            ARM | OWNER_ONLY      |         | BLR | false
            ARM | OWNER_ONLY      |         | -   | false
            ARM | SELECTED_STATES | BLR,KAZ | ARM | true
            ARM | SELECTED_STATES | BLR,KAZ | BLR | true
            ARM | SELECTED_STATES | BLR,KAZ | KAZ | true
            ARM | SELECTED_STATES | BLR,KAZ | RUS | false
            ARM | SELECTED_STATES | BLR,KAZ | -   | false
            ARM | ALL_MEMBERS     |         | ARM | true
            ARM | ALL_MEMBERS     |         | TJK | true
            ARM | ALL_MEMBERS     |         | -   | true
            ARM | SOMETHING_ELSE  |         | ARM | false
            """)
    void canSeeFollowsOwnershipAndDistribution(
            String owner, String dist, String shared, String viewer, boolean expected) {
        assertThat(canSee(owner, dist, shared == null ? "" : shared, viewer, LocalDate.now()))
                .isEqualTo(expected);
        assertThat(predicateSees(
                        owner, dist, shared == null ? "" : shared, viewer.equals("-") ? null : viewer, LocalDate.now()))
                .as("Visibility's predicate")
                .isEqualTo(expected);
    }

    /** Whether {@link Visibility#predicate()} lets {@code viewer} (null: the Secretariat) see one such record. */
    boolean predicateSees(String owner, String distribution, String sharedWith, String viewer, LocalDate on) {
        Visibility v = new Visibility(viewer, on);
        return jdbc.sql("""
                        SELECT count(*) FROM (SELECT CAST(:owner AS CHAR(3)) AS owner_state, CAST(:dist AS TEXT) AS distribution,
                                                     CAST(:shared AS CHAR(3)[]) AS shared_with) r
                         WHERE\s""" + v.predicate("r"))
                        .param("owner", owner)
                        .param("dist", distribution)
                        .param("shared", "{" + sharedWith + "}")
                        .params(v.params())
                        .query(Integer.class)
                        .single()
                == 1;
    }

    @Test
    void predicateRefusesViewersWhoAreNotMembersOnTheDate() throws Exception {
        LocalDate today = LocalDate.now();
        // A state that is not a member at all, and a date missing.
        assertThat(predicateSees("ARM", "ALL_MEMBERS", "", "XXX", today)).isFalse();
        assertThat(predicateSees("ARM", "ALL_MEMBERS", "", "ARM", null)).isFalse();
        assertThat(predicateSees("ARM", "ALL_MEMBERS", "", null, null)).isFalse();
        // Joining: Uzbekistan's (restored) membership begins on 2006-06-23.
        assertThat(predicateSees("UZB", "OWNER_ONLY", "", "UZB", LocalDate.of(2006, 6, 22)))
                .isFalse();
        assertThat(predicateSees("UZB", "OWNER_ONLY", "", "UZB", LocalDate.of(2006, 6, 23)))
                .isTrue();
        // Leaving: suspended from yesterday, the state's own and shared records are hidden from then on.
        try (AutoCloseable suspension = kit.suspend("KGZ")) {
            assertThat(predicateSees("KGZ", "OWNER_ONLY", "", "KGZ", today)).isFalse();
            assertThat(predicateSees("KGZ", "OWNER_ONLY", "", "KGZ", today.minusDays(1)))
                    .isFalse();
            assertThat(predicateSees("KGZ", "OWNER_ONLY", "", "KGZ", today.minusDays(2)))
                    .isTrue();
            assertThat(predicateSees("ARM", "SELECTED_STATES", "KGZ", "KGZ", today))
                    .isFalse();
            assertThat(predicateSees("ARM", "ALL_MEMBERS", "", "KGZ", today)).isFalse();
            // Others, and the Secretariat, still see what it shared with everyone; never what it kept.
            assertThat(predicateSees("KGZ", "ALL_MEMBERS", "", "ARM", today)).isTrue();
            assertThat(predicateSees("KGZ", "ALL_MEMBERS", "", null, today)).isTrue();
            assertThat(predicateSees("KGZ", "SELECTED_STATES", "ARM", null, today))
                    .isFalse();
        }
        assertThat(predicateSees("KGZ", "OWNER_ONLY", "", "KGZ", today)).isTrue();
    }

    /**
     * Every owner, distribution (also an unknown one and none), recipient list (also none) and viewer (every state,
     * an unknown state and the Secretariat) on each side of every membership period's boundaries (a suspension and
     * a withdrawal that ended added), today, long before, and no date: the predicate of {@link Visibility} selects
     * exactly the rows {@code jsis_can_see} selects.
     */
    @Test
    void predicateJudgesEveryCaseAsJsisCanSee() throws Exception {
        List<String> states = jdbc.sql("SELECT code FROM member_state ORDER BY code")
                .query(String.class)
                .list();
        assertThat(states).contains("ARM", "BLR", "KGZ", "TJK");
        StringBuilder values = new StringBuilder();
        int id = 0;
        List<String> owners = new ArrayList<>(states);
        owners.add(null);
        for (String owner : owners) {
            for (String dist : Arrays.asList("OWNER_ONLY", "SELECTED_STATES", "ALL_MEMBERS", "SOMETHING_ELSE", null)) {
                for (String shared : Arrays.asList("'{}'", "'{BLR,KGZ}'", "'{TJK}'", "NULL")) {
                    values.append(values.isEmpty() ? "" : ", ")
                            .append("(")
                            .append(++id)
                            .append(", ")
                            .append(owner == null ? "NULL" : "'" + owner + "'")
                            .append(", ")
                            .append(dist == null ? "NULL" : "'" + dist + "'")
                            .append(", ")
                            .append(shared)
                            .append(")");
                }
            }
        }
        String probe = "WITH r (id, owner_state, distribution, shared_with) AS (SELECT v.id, CAST(v.o AS CHAR(3)), "
                + "CAST(v.d AS TEXT), CAST(v.s AS CHAR(3)[]) FROM (VALUES " + values + ") AS v (id, o, d, s)) ";
        LocalDate today = LocalDate.now();
        long withdrawal = jdbc.sql("""
                        INSERT INTO membership_period (state_code, status, valid_from, valid_to, note)
                        VALUES ('TJK', 'WITHDRAWN', :from, :to, 'visibility test withdrawal') RETURNING id
                        """)
                .param("from", today.minusDays(40))
                .param("to", today.minusDays(20))
                .query(Long.class)
                .single();
        int compared = 0;
        int visible = 0;
        int hidden = 0;
        try (AutoCloseable suspension = kit.suspend("KGZ")) {
            TreeSet<LocalDate> days = new TreeSet<>(List.of(today, LocalDate.of(1990, 1, 1)));
            jdbc.sql("SELECT valid_from, valid_to FROM membership_period")
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
            List<LocalDate> dates = new ArrayList<>(days);
            dates.add(null);
            List<String> viewers = new ArrayList<>(states);
            viewers.add("XXX");
            viewers.add(null);
            for (String viewer : viewers) {
                for (LocalDate on : dates) {
                    Visibility v = new Visibility(viewer, on);
                    List<Integer> byFunction = jdbc.sql(probe + """
                                    SELECT r.id FROM r
                                     WHERE jsis_can_see(r.owner_state, r.distribution, r.shared_with,
                                                        CAST(:viewer AS CHAR(3)), CAST(:on AS DATE))
                                     ORDER BY r.id
                                    """)
                            .param("viewer", viewer)
                            .param("on", on)
                            .query(Integer.class)
                            .list();
                    List<Integer> byPredicate = jdbc.sql(
                                    probe + "SELECT r.id FROM r WHERE " + v.predicate("r") + " ORDER BY r.id")
                            .params(v.params())
                            .query(Integer.class)
                            .list();
                    assertThat(byPredicate).as("viewer %s on %s", viewer, on).isEqualTo(byFunction);
                    compared += id;
                    visible += byFunction.size();
                    hidden += id - byFunction.size();
                }
            }
        } finally {
            jdbc.sql("DELETE FROM membership_period WHERE id = :id")
                    .param("id", withdrawal)
                    .update();
        }
        assertThat(compared).isGreaterThan(10_000);
        assertThat(visible).isPositive();
        assertThat(hidden).isPositive();
    }

    @Test
    void predicateJudgesMembershipOncePerStatement() {
        Visibility v = new Visibility("ARM", LocalDate.now());
        String plan = String.join(
                "\n",
                jdbc.sql("EXPLAIN (VERBOSE, COSTS OFF) SELECT e.id FROM register_entity e WHERE " + v.predicate("e"))
                        .params(v.params())
                        .query(String.class)
                        .list());
        // The membership is an InitPlan (once per execution) and every function is inlined: no call of a jsis_
        // function is left to run per row.
        assertThat(plan).contains("InitPlan").doesNotContain("jsis_");
        assertThat(plan).as("the membership is read from membership_period").contains("membership_period");
    }

    @Test
    void suspendedStateSeesNothingFromTheSuspensionDate() throws Exception {
        LocalDate today = LocalDate.now();
        try (AutoCloseable suspension = kit.suspend("KGZ")) {
            assertThat(canSee("KGZ", "OWNER_ONLY", "", "KGZ", today)).isFalse();
            assertThat(canSee("ARM", "SELECTED_STATES", "KGZ", "KGZ", today)).isFalse();
            assertThat(canSee("ARM", "ALL_MEMBERS", "", "KGZ", today)).isFalse();
            // Before the suspension began, the same viewer could see them.
            assertThat(canSee("ARM", "ALL_MEMBERS", "", "KGZ", today.minusDays(2)))
                    .isTrue();
            assertThat(canSee("KGZ", "OWNER_ONLY", "", "KGZ", today.minusDays(2)))
                    .isTrue();
            // Others still see what the suspended state shared with everyone.
            assertThat(canSee("KGZ", "ALL_MEMBERS", "", "ARM", today)).isTrue();
        }
        assertThat(canSee("ARM", "ALL_MEMBERS", "", "KGZ", today)).isTrue();
    }

    @Test
    void stateBeforeItsMembershipBeganSeesNothing() {
        // Uzbekistan's membership period (restored) begins on 2006-06-23.
        assertThat(canSee("ARM", "ALL_MEMBERS", "", "UZB", LocalDate.of(2006, 6, 22)))
                .isFalse();
        assertThat(canSee("ARM", "ALL_MEMBERS", "", "UZB", LocalDate.of(2006, 6, 23)))
                .isTrue();
        assertThat(canSee("ARM", "ALL_MEMBERS", "", "XXX", LocalDate.now())).isFalse();
    }

    @Test
    void visibilityPredicateFiltersRowsInSql() {
        jdbc.sql("""
                        CREATE TEMP TABLE vis_probe (id INT, owner_state CHAR(3), distribution TEXT, shared_with CHAR(3)[])
                        """).update();
        jdbc.sql("""
                        INSERT INTO vis_probe VALUES (1, 'ARM', 'OWNER_ONLY', '{}'), (2, 'ARM', 'SELECTED_STATES', '{BLR}'),
                                                     (3, 'ARM', 'ALL_MEMBERS', '{}'), (4, 'BLR', 'OWNER_ONLY', '{}')
                        """).update();
        try {
            assertThat(ids(new Visibility("BLR", LocalDate.now()))).containsExactly(2, 3, 4);
            assertThat(ids(new Visibility("ARM", LocalDate.now()))).containsExactly(1, 2, 3);
            assertThat(ids(new Visibility("RUS", LocalDate.now()))).containsExactly(3);
            assertThat(ids(new Visibility(null, LocalDate.now()))).containsExactly(3);
        } finally {
            jdbc.sql("DROP TABLE vis_probe").update();
        }
    }

    List<Integer> ids(Visibility v) {
        return jdbc.sql("SELECT p.id FROM vis_probe p WHERE " + v.predicate("p") + " ORDER BY p.id")
                .params(v.params())
                .query(Integer.class)
                .list();
    }
}
