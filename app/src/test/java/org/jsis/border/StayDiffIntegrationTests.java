package org.jsis.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jsis.border.stay.Direction;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incremental recompute writes only the derived rows that changed, and gives the rows a full recompute
 * gives. Seeded random travellers with crossings in several host states (overstays, open stays, exits
 * without entries, entries while a stay is open), a second round of crossings for some of them, and some
 * queued again without a new crossing.
 */
@SpringBootTest
@Import(SecurityTestKit.class)
class StayDiffIntegrationTests {

    private static final List<String> CHECKPOINTS =
            List.of("KAZ-KORDAI", "KAZ-ZHIBEK", "RUS-SVO", "RUS-DME", "KGZ-FRU", "KGZ-AKZHOL", "UZB-TAS");
    private static final List<String> NATIONALITIES = List.of("UZB", "TJK", "KGZ", "KAZ", "RUS", "ARM", "DEU", "CHN");

    @Autowired
    SecurityTestKit kit;

    @Autowired
    Crossings crossings;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    Stays stays;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theIncrementalRecomputeRewritesOnlyChangedRowsAndAgreesWithAFullOne() {
        Random random = new Random(20261128L);
        Caller officer = kit.user("KAZ", Role.OFFICER).caller();
        String prefix = "SD" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        int travellers = 80;
        List<DocumentData> documents = new ArrayList<>();
        List<List<CrossingSubmission>> rounds = List.of(new ArrayList<>(), new ArrayList<>());
        Instant now = Instant.now().minus(Duration.ofHours(1));
        for (int t = 0; t < travellers; t++) {
            String nationality = NATIONALITIES.get(random.nextInt(NATIONALITIES.size()));
            documents.add(new DocumentData(
                    "PASSPORT",
                    prefix + t,
                    nationality,
                    LocalDate.of(2031, 1, 1),
                    "DIFFTEST" + t,
                    "SEEDED",
                    null,
                    null,
                    LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    "M",
                    nationality));
            // Round one: a history over the last 400 days; round two (some travellers): newer crossings.
            int first = 1 + random.nextInt(8);
            for (int i = 0; i < first; i++) {
                rounds.get(0)
                        .add(submission(
                                random, documents.get(t), now.minus(Duration.ofDays(60 + random.nextInt(340)))));
            }
            if (t % 3 == 0) {
                for (int i = random.nextInt(3); i >= 0; i--) {
                    rounds.get(1)
                            .add(submission(random, documents.get(t), now.minus(Duration.ofDays(random.nextInt(60)))));
                }
            }
        }
        crossings.record(rounds.get(0), officer, true);
        List<Long> ids = jdbc.sql("SELECT DISTINCT traveller_id FROM border_crossing WHERE surname LIKE 'DIFFTEST%'"
                        + " AND recorded_by = :by ORDER BY 1")
                .param("by", officer.username())
                .query(Long.class)
                .list();
        assertThat(ids).hasSize(travellers);
        while (stays.recomputeQueued(10_000) > 0) {}
        Map<String, String> before = rows(ids);
        assertThat(before.keySet().stream().filter(k -> k.startsWith("W|")))
                .as("the seeded crossings give sequence warnings")
                .isNotEmpty();
        assertThat(before.keySet().stream().filter(k -> k.startsWith("O|")))
                .as("and overstays")
                .isNotEmpty();

        // Round two, and every other traveller queued again without a new crossing.
        crossings.record(rounds.get(1), officer, true);
        for (int t = 1; t < travellers; t += 2) {
            jdbc.sql("INSERT INTO border_stay_dirty (traveller_id) VALUES (:t) ON CONFLICT DO NOTHING")
                    .param("t", ids.get(t))
                    .update();
        }
        while (stays.recomputeQueued(10_000) > 0) {}
        Map<String, String> after = rows(ids);

        int kept = 0;
        int rewritten = 0;
        for (Map.Entry<String, String> row : after.entrySet()) {
            String earlier = before.get(row.getKey());
            if (earlier == null) {
                continue;
            }
            if (content(earlier).equals(content(row.getValue()))) {
                assertThat(version(row.getValue()))
                        .as("an unchanged row is left as it was: %s", row.getKey())
                        .isEqualTo(version(earlier));
                kept++;
            } else {
                rewritten++;
            }
        }
        assertThat(kept).as("rows of queued travellers that did not change").isGreaterThan(50);
        assertThat(rewritten + after.size() - before.size())
                .as("rows that changed")
                .isNotZero();

        stays.recomputeAll();
        Map<String, String> full = rows(ids);
        Map<String, String> incremental = new HashMap<>();
        after.forEach((k, v) -> incremental.put(k, content(v)));
        Map<String, String> expected = new HashMap<>();
        full.forEach((k, v) -> expected.put(k, content(v)));
        assertThat(incremental)
                .as("the incremental recompute gives what a full one gives")
                .isEqualTo(expected);
    }

    private CrossingSubmission submission(Random random, DocumentData d, Instant at) {
        Checkpoint checkpoint = checkpoints
                .byCode(CHECKPOINTS.get(random.nextInt(CHECKPOINTS.size())))
                .orElseThrow();
        boolean selected = random.nextInt(4) == 0;
        return new CrossingSubmission(
                UUID.randomUUID(),
                random.nextBoolean() ? Direction.ENTRY : Direction.EXIT,
                checkpoint.id(),
                at.plusSeconds(random.nextInt(86_400)),
                d,
                random.nextBoolean() ? "TOURISM" : "WORK",
                selected ? "SELECTED_STATES" : "ALL_MEMBERS",
                selected ? List.of("RUS", "KGZ") : List.of());
    }

    /**
     * The derived rows of the travellers by key: the row's values (all but {@code computed_at} and a
     * warning's generated id), then {@code #} and the row version ({@code xmin}, the transaction that
     * wrote it).
     */
    private Map<String, String> rows(List<Long> ids) {
        Map<String, String> out = new HashMap<>();
        String array = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        jdbc.sql("""
                        SELECT 'S|' || traveller_id || '|' || host_state,
                               format('%s|%s|%s|%s|%s|%s|%s|%s|%s|%s', as_of, rule_id, open_since, days_used,
                                      days_allowed, last_legal_day, overstay_days, owner_state, distribution,
                                      shared_with) || '#' || xmin
                        FROM border_stay_status WHERE traveller_id = ANY (string_to_array(:ids, ',')::bigint[])
                        UNION ALL
                        SELECT 'O|' || traveller_id || '|' || host_state || '|' || first_day,
                               format('%s|%s|%s|%s|%s', last_day, rule_id, owner_state, distribution, shared_with)
                                   || '#' || xmin
                        FROM border_overstay WHERE traveller_id = ANY (string_to_array(:ids, ',')::bigint[])
                        UNION ALL
                        SELECT 'W|' || kind || '|' || crossing_id,
                               format('%s|%s|%s|%s|%s|%s', traveller_id, host_state, detail, owner_state,
                                      distribution, shared_with) || '#' || xmin
                        FROM border_warning WHERE traveller_id = ANY (string_to_array(:ids, ',')::bigint[])
                        """)
                .param("ids", array)
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2)))
                .list();
        return out;
    }

    private static String content(String row) {
        return row.substring(0, row.lastIndexOf('#'));
    }

    private static String version(String row) {
        return row.substring(row.lastIndexOf('#') + 1);
    }
}
