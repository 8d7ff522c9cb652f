package org.jsis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL function {@code jsis_can_see}, case by case, and {@link Visibility} binding it. */
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
