package org.jsis.border.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jsis.border.web.BorderFixtures.crossing;
import static org.jsis.border.web.BorderFixtures.docNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsis.border.Stays;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestKit.class)
class CrossingApiIntegrationTests {

    @Autowired
    SecurityTestKit kit;

    private final java.util.Map<String, SecurityTestKit.TestUser> officers = new java.util.HashMap<>();

    /** An officer of Russia (reads). */
    RequestPostProcessor officer() {
        return officer("RUS");
    }

    /** An officer of {@code state}: officers record at their own state's checkpoints. */
    RequestPostProcessor officer(String state) {
        return officers.computeIfAbsent(state, s -> kit.user(s, Role.OFFICER)).bearer();
    }

    /** The state of the first checkpoint code in a request body. */
    static String stateOf(String body) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("([A-Z]{3})-[A-Z]").matcher(body.substring(body.indexOf("checkpoint")));
        return m.find() ? m.group(1) : "RUS";
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Stays stays;

    final Instant now = Instant.now().minusSeconds(60);

    @Test
    void listsTheCheckpointsOfAStateWithTheirIds() throws Exception {
        assertThat(mvc.get().with(officer()).uri("/api/v1/checkpoints?state=RUS"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$[*].state").asArray().containsOnly("RUS");
                    json.assertThat().extractingPath("$[*].code").asArray().contains("RUS-SVO", "RUS-DME", "RUS-VLARS");
                    json.assertThat().extractingPath("$[0].id").isNotNull();
                });
        assertThat(mvc.get().with(officer()).uri("/api/v1/checkpoints?state=KGZ"))
                .bodyJson()
                .extractingPath("$[?(@.code == 'KGZ-TORUGART')].border")
                .asArray()
                .containsExactly("KGZ–CHN");
    }

    @Test
    void everyStateHasSeveralCheckpoints() throws Exception {
        List<Integer> counts = jdbc.sql("SELECT count(*) FROM border_checkpoint GROUP BY state_code")
                .query(Integer.class)
                .list();
        assertThat(counts).hasSize(7).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(4));
    }

    @Test
    void unknownStateIsAProblemNamingTheParameter() throws Exception {
        assertThat(mvc.get().with(officer()).uri("/api/v1/checkpoints?state=XYZ"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.errors[0].name")
                .isEqualTo("state");
    }

    @Test
    void aRetriedCrossingIsRecordedOnceAndAChangedOneIsAConflict() throws Exception {
        UUID id = UUID.randomUUID();
        String number = docNumber();
        String body = crossing(id, "ENTRY", "KAZ-KORDAI", now, number, "KGZ", "ASANOV", "BOLOT", "1985-04-12", "KGZ");
        assertThat(post(body))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("RECORDED");
        assertThat(post(body))
                .hasStatus(HttpStatus.OK)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("ALREADY_RECORDED");
        String changed = crossing(id, "EXIT", "KAZ-KORDAI", now, number, "KGZ", "ASANOV", "BOLOT", "1985-04-12", "KGZ");
        assertThat(post(changed))
                .hasStatus(HttpStatus.CONFLICT)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.ids[0]")
                .isEqualTo(id.toString());
        assertThat(count("SELECT count(*) FROM border_crossing WHERE id = '" + id + "'"))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT direction FROM border_crossing WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("ENTRY");
    }

    @Test
    void badFieldsAreProblemsNamingTheField() throws Exception {
        String body = crossing(
                UUID.randomUUID(), "ENTRY", "KAZ-KORDAI", now, docNumber(), "KGZ", "ASANOV", "B", "1985-13-12", "KGZ");
        assertThat(post(body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.errors[0].name").isEqualTo("document.birthDate");
            json.assertThat().extractingPath("$.errors[0].expected").isEqualTo("a date in the form YYYY-MM-DD");
        });
        assertThat(post(body.replace("KAZ-KORDAI", "KAZ-NOWHERE")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].name")
                .isEqualTo("checkpoint");
        assertThat(post(body.replace("\"ENTRY\"", "\"IN\"")))
                .bodyJson()
                .extractingPath("$.errors[0].name")
                .isEqualTo("direction");
    }

    @Test
    void acceptsTheMachineReadableZone() throws Exception {
        UUID id = UUID.randomUUID();
        String body = """
                {"id": "%s", "direction": "ENTRY", "checkpoint": "RUS-SVO", "crossedAt": "%s",
                 "document": {"mrz": "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"}}
                """.formatted(id, now);
        assertThat(post(body)).hasStatus(HttpStatus.CREATED);
        assertThat(jdbc.sql(
                                "SELECT surname || '/' || given_names || '/' || birth_date FROM border_crossing WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("ERIKSSON/ANNA MARIA/1974-08-12");
        String broken = body.replace("C36UTO", "C37UTO");
        assertThat(post(broken.replace(id.toString(), UUID.randomUUID().toString())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.errors[0].name").isEqualTo("document.mrz");
                    json.assertThat()
                            .extractingPath("$.detail")
                            .asString()
                            .contains("line 2, document number check digit");
                });
    }

    @Test
    void bulkCsvIsIdempotentAndNamesABadLine() throws Exception {
        String n1 = docNumber();
        String n2 = docNumber();
        String csv = CrossingController.CSV_HEADER + "\n"
                + row(UUID.randomUUID(), "ENTRY", now.minus(Duration.ofDays(3)), n1, "OMAROV", "1990-01-01")
                + row(UUID.randomUUID(), "EXIT", now.minus(Duration.ofDays(1)), n1, "OMAROV", "1990-01-01")
                + row(UUID.randomUUID(), "ENTRY", now, n2, "KARIMOVA", "1992-02-02");
        assertThat(bulk(csv, "text/csv", 2)).hasStatusOk().bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.inserted").isEqualTo(3);
            json.assertThat().extractingPath("$.batches").isEqualTo(2);
        });
        assertThat(bulk(csv, "text/csv", 2)).hasStatusOk().bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.inserted").isEqualTo(0);
            json.assertThat().extractingPath("$.duplicates").isEqualTo(3);
        });
        // A resend with new lines among the recorded ones: a batch holding both records the new ones only.
        UUID added = UUID.randomUUID();
        String more = csv + row(added, "EXIT", now.plus(Duration.ofHours(1)), n2, "KARIMOVA", "1992-02-02");
        assertThat(bulk(more, "text/csv", 10)).hasStatusOk().bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.inserted").isEqualTo(1);
            json.assertThat().extractingPath("$.duplicates").isEqualTo(3);
            json.assertThat().extractingPath("$.batches").isEqualTo(1);
        });
        assertThat(count("SELECT count(*) FROM border_crossing WHERE id = '" + added + "'"))
                .isEqualTo(1);
        String bad = CrossingController.CSV_HEADER + "\n"
                + row(UUID.randomUUID(), "ENTRY", now, docNumber(), "A", "1990-01-01")
                + row(UUID.randomUUID(), "ENTRY", now, docNumber(), "B", "1990-02-31");
        assertThat(bulk(bad, "text/csv", 1))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.errors[0].name").isEqualTo("line 3: document.birthDate");
                    json.assertThat().extractingPath("$.committed.inserted").isEqualTo(1);
                });
    }

    @Test
    void bulkJsonLinesRollsBackAConflictingBatch() throws Exception {
        UUID taken = UUID.randomUUID();
        String number = docNumber();
        assertThat(post(crossing(taken, "ENTRY", "UZB-TAS", now, number, "TJK", "RAHIMOV", "ALI", "1980-05-05", "TJK")))
                .hasStatus(HttpStatus.CREATED);
        UUID fresh = UUID.randomUUID();
        String lines =
                crossing(fresh, "ENTRY", "UZB-TAS", now, docNumber(), "TJK", "NAZAROV", "ALI", "1981-05-05", "TJK")
                                .replace("\n", " ")
                        + "\n"
                        + crossing(taken, "EXIT", "UZB-TAS", now, number, "TJK", "RAHIMOV", "ALI", "1980-05-05", "TJK")
                                .replace("\n", " ")
                        + "\n";
        assertThat(bulk(lines, "application/x-ndjson", 10)).hasStatus(HttpStatus.CONFLICT);
        assertThat(count("SELECT count(*) FROM border_crossing WHERE id = '" + fresh + "'"))
                .isZero();
    }

    @Test
    void linksASecondPassportOfTheSamePersonAndKeepsTheEvidence() throws Exception {
        Instant t = now.minus(Duration.ofDays(10));
        String first = docNumber();
        String second = docNumber();
        record(crossing(
                UUID.randomUUID(),
                "ENTRY",
                "KGZ-FRU",
                t,
                first,
                "TJK",
                "KHUDOYBERDIYEV",
                "FARRUKH",
                "1979-09-14",
                "TJK"));
        record(crossing(
                UUID.randomUUID(),
                "ENTRY",
                "KGZ-OSS",
                t,
                second,
                "TJK",
                "KHUDOIBERDIEV",
                "FARRUKH",
                "1979-09-14",
                "TJK"));
        var rows = jdbc.sql(
                        "SELECT traveller_id, link_method, link_evidence FROM border_document WHERE number IN (:a, :b) ORDER BY id")
                .param("a", first)
                .param("b", second)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3))))
                .list();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(rows.get(0).get(0));
        assertThat(rows.get(1).get(1)).isEqualTo("MATCHER");
        assertThat(rows.get(1).get(2)).contains("born the same day");
    }

    @Test
    void sameDocumentWithAnotherIdentityRaisesAWarning() throws Exception {
        String number = docNumber();
        record(crossing(
                UUID.randomUUID(), "ENTRY", "ARM-EVN", now, number, "IRN", "AHMADI", "REZA", "1975-01-01", "IRN"));
        UUID second = UUID.randomUUID();
        record(crossing(second, "ENTRY", "ARM-BAGRAT", now, number, "IRN", "HOSSEINI", "ALI", "1991-07-07", "IRN"));
        assertThat(jdbc.sql("SELECT kind FROM border_warning WHERE crossing_id = :id")
                        .param("id", second)
                        .query(String.class)
                        .list())
                .containsExactly("DOCUMENT_IDENTITY_MISMATCH");
    }

    @Test
    void anOverstayIsDerivedWithTheRuleVersionUsed() throws Exception {
        // An Uzbek citizen entering Kazakhstan falls under KAZ-VISA-FREE v2 (30 days per entry, 90 in 180).
        String number = docNumber();
        UUID id = UUID.randomUUID();
        record(crossing(
                id,
                "ENTRY",
                "KAZ-ZHIBEK",
                now.minus(Duration.ofDays(40)),
                number,
                "UZB",
                "YUSUPOV",
                "BAKHTIYOR",
                "1988-03-03",
                "UZB"));
        long traveller = jdbc.sql("SELECT traveller_id FROM border_crossing WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        while (stays.recomputeQueued(10_000) > 0) {}
        var status = jdbc.sql("""
                        SELECT r.code || ' v' || r.version AS rule, s.days_used, s.days_allowed, s.overstay_days
                        FROM border_stay_status s JOIN border_stay_rule r ON r.id = s.rule_id
                        WHERE s.traveller_id = :t AND s.host_state = 'KAZ'
                        """)
                .param("t", traveller)
                .query((rs, i) -> rs.getString(1) + " " + rs.getInt(2) + "/" + rs.getInt(3) + " over " + rs.getInt(4))
                .single();
        assertThat(status).isEqualTo("KAZ-VISA-FREE v2 41/30 over 11");
        stays.recomputeAll();
        assertThat(jdbc.sql(
                                "SELECT days_used || '/' || days_allowed || ' over ' || overstay_days FROM border_stay_status"
                                        + " WHERE traveller_id = :t AND host_state = 'KAZ'")
                        .param("t", traveller)
                        .query(String.class)
                        .single())
                .as("a full recompute gives what the incremental one gave")
                .isEqualTo("41/30 over 11");
        assertThat(count("SELECT count(*) FROM border_overstay WHERE traveller_id = " + traveller
                        + " AND last_day IS NULL"))
                .isEqualTo(1);
    }

    private String row(UUID id, String direction, Instant at, String number, String surname, String birth) {
        return String.join(
                        ",",
                        id.toString(),
                        direction,
                        "KGZ-AKZHOL",
                        at.toString(),
                        "PASSPORT",
                        number,
                        "KAZ",
                        "2030-01-01",
                        surname,
                        "TEST",
                        "",
                        "",
                        birth,
                        "M",
                        "KAZ",
                        "TOURISM",
                        "ALL_MEMBERS",
                        "")
                + "\n";
    }

    private void record(String body) throws Exception {
        var result = post(body).exchange();
        assertThat(result)
                .as(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.CREATED);
    }

    private MockMvcTester.MockMvcRequestBuilder post(String body) {
        return mvc.post()
                .with(officer(stateOf(body)))
                .uri("/api/v1/crossings")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private MockMvcTester.MockMvcRequestBuilder bulk(String body, String type, int batchSize) {
        return mvc.post()
                .with(officer(body.contains("KGZ-AKZHOL") ? "KGZ" : "UZB"))
                .uri("/api/v1/crossings/bulk?batchSize=" + batchSize)
                .contentType(MediaType.parseMediaType(type))
                .content(body);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
