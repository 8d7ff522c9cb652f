package org.jsis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jsis.audit.Actor;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditVerification;
import org.jsis.audit.AuditVerifier;
import org.jsis.audit.AuditedRecord;
import org.jsis.audit.Purpose;
import org.jsis.register.internal.EntityStore;
import org.jsis.register.internal.RegisterIndex;
import org.jsis.security.Role;
import org.jsis.security.Visibility;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening's audit entry (issue 5): appended by the hits' own query when the database confirms every hit
 * the index proposed, else recorded on its own; either way exactly one entry per screening, naming the actor,
 * purpose, terms and exactly the hits answered with their owners, with and without hits; an entry that cannot be
 * written fails the screening.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityTestKit.class)
class RegisterScreeningAuditIntegrationTests {

    @Autowired
    RegisterImports imports;

    @Autowired
    RegisterDemo demo;

    @Autowired
    RegisterIndex index;

    @Autowired
    EntityStore store;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SecurityTestKit kit;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private static final String AKHUND =
            "{\"name\":\"Мохаммад Хасан Ахунд\",\"kind\":\"PERSON\",\"purpose\":\"INVESTIGATION\"}";

    @BeforeEach
    void demoAndUnExcerpt() {
        jdbc.sql("DELETE FROM register_entity").update();
        index.reload(null);
        demo.load();
        imports.importFile(
                ImportRequest.of(ImportFormat.UN_XML, "KAZ", null),
                getClass().getResourceAsStream("/register/un-consolidated-excerpt.xml"),
                ImportProgress.NONE,
                Actor.system("test"));
    }

    private HttpResponse<String> send(SecurityTestKit.TestUser user, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/screenings"))
                        .header("Authorization", "Bearer " + user.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode screen(SecurityTestKit.TestUser user, String body) throws Exception {
        HttpResponse<String> response = send(user, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** The answer's hits as the audit lists records: {@code register-entity:id:owner}, best first. */
    private static List<String> answered(JsonNode answer) {
        return answer.get("hits")
                .valueStream()
                .map(h -> "register-entity:" + h.get("entityId").asString() + ":"
                        + h.get("ownerState").asString())
                .toList();
    }

    /** The screening entries of this user since the mark. */
    private List<SecurityTestKit.AuditRow> screenings(long mark, SecurityTestKit.TestUser user) {
        return kit.auditSince(mark).stream()
                .filter(r ->
                        r.action().equals("register.screening") && r.username().equals(user.username()))
                .toList();
    }

    private void assertTrailIntact() {
        AuditVerification result = new AuditVerifier(dataSource).verify();
        assertThat(result.intact()).as(result.message()).isTrue();
    }

    @Test
    void aScreeningWithHitsIsAuditedOnceWithItsHitsAndTheirOwners() throws Exception {
        SecurityTestKit.TestUser analyst = kit.user("KAZ", Role.ANALYST);
        long mark = kit.auditMark();
        JsonNode answer = screen(analyst, AKHUND);
        List<String> hits = answered(answer);
        assertThat(hits).isNotEmpty();
        List<SecurityTestKit.AuditRow> entries = screenings(mark, analyst);
        assertThat(entries).hasSize(1);
        SecurityTestKit.AuditRow entry = entries.get(0);
        assertThat(entry.state()).isEqualTo("KAZ");
        assertThat(entry.purpose()).isEqualTo("INVESTIGATION");
        assertThat(entry.queryTerms()).isEqualTo("{\"kind\":\"PERSON\",\"name\":\"Мохаммад Хасан Ахунд\"}");
        assertThat(entry.records()).containsExactlyElementsOf(hits);
        assertTrailIntact();
    }

    @Test
    void aScreeningWithoutHitsIsAuditedOnceWithoutRecords() throws Exception {
        SecurityTestKit.TestUser officer = kit.user("KGZ", Role.OFFICER);
        long mark = kit.auditMark();
        JsonNode answer = screen(
                officer,
                "{\"name\":\"Qwyxzt Vbnmplk\",\"birthDate\":\"1971-02\",\"nationality\":\"KG\",\"purpose\":\"BORDER_CHECK\"}");
        assertThat(answer.get("hits").size()).isZero();
        List<SecurityTestKit.AuditRow> entries = screenings(mark, officer);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).purpose()).isEqualTo("BORDER_CHECK");
        assertThat(entries.get(0).state()).isEqualTo("KGZ");
        assertThat(entries.get(0).queryTerms())
                .isEqualTo("{\"birthDate\":\"1971-02\",\"name\":\"Qwyxzt Vbnmplk\",\"nationality\":\"KG\"}");
        assertThat(entries.get(0).records()).isEmpty();
        assertTrailIntact();
    }

    @Test
    void hitsTheIndexProposedButTheDatabaseDoesNotConfirmAreNotAudited() throws Exception {
        SecurityTestKit.TestUser analyst = kit.user("KAZ", Role.ANALYST);
        List<String> before = answered(screen(analyst, AKHUND));
        assertThat(before).isNotEmpty();
        String first = before.get(0).split(":")[1];
        // Changed behind the index's back (no reload): one owned by another state now, one delisted.
        jdbc.sql("UPDATE register_entity SET owner_state = 'TJK', distribution = 'ALL_MEMBERS' WHERE id = :id")
                .param("id", UUID.fromString(first))
                .update();
        String delisted = before.size() > 1 ? before.get(1).split(":")[1] : null;
        if (delisted != null) {
            jdbc.sql("UPDATE register_entity SET status = 'DELISTED' WHERE id = :id")
                    .param("id", UUID.fromString(delisted))
                    .update();
        }
        long mark = kit.auditMark();
        List<String> after = answered(screen(analyst, AKHUND));
        assertThat(after).contains("register-entity:" + first + ":TJK");
        if (delisted != null) {
            assertThat(after).noneMatch(r -> r.contains(delisted));
        }
        List<SecurityTestKit.AuditRow> entries = screenings(mark, analyst);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).records()).containsExactlyElementsOf(after);
        assertTrailIntact();
    }

    @Test
    void theHitsQueryAppendsTheEntryOnlyWhenItConfirmsEveryProposedHitWithItsOwner() {
        List<UUID> ids = jdbc.sql("""
                        SELECT id FROM register_entity WHERE status = 'LISTED' AND withdrawn_at IS NULL AND distribution = 'ALL_MEMBERS'
                        ORDER BY id LIMIT 3""").query(UUID.class).list();
        assertThat(ids).hasSize(3);
        List<String> owners = new ArrayList<>();
        for (UUID id : ids) {
            owners.add(jdbc.sql("SELECT owner_state FROM register_entity WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single()
                    .strip());
        }
        Visibility viewer = new Visibility("ARM", LocalDate.now());
        Actor actor = Actor.system("screening-audit-test");

        long mark = kit.auditMark();
        EntityStore.ScreenedAudited confirmed = store.screened(viewer, ids, owners, audit.prepare(entry(ids, owners)));
        assertThat(confirmed.audited()).isTrue();
        assertThat(confirmed.entities().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        List<SecurityTestKit.AuditRow> appended = kit.auditSince(mark).stream()
                .filter(r -> r.username().equals(actor.username()))
                .toList();
        assertThat(appended).hasSize(1);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            expected.add("register-entity:" + ids.get(i) + ":" + owners.get(i));
        }
        assertThat(appended.get(0).records()).containsExactlyElementsOf(expected);

        List<String> wrongOwner = new ArrayList<>(owners);
        wrongOwner.set(2, owners.get(2).equals("UZB") ? "KAZ" : "UZB");
        long mark2 = kit.auditMark();
        EntityStore.ScreenedAudited refused =
                store.screened(viewer, ids, wrongOwner, audit.prepare(entry(ids, wrongOwner)));
        assertThat(refused.audited()).isFalse();
        assertThat(refused.entities().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(kit.auditSince(mark2)).noneMatch(r -> r.username().equals(actor.username()));

        List<UUID> oneUnknown = new ArrayList<>(ids);
        oneUnknown.set(0, UUID.randomUUID());
        EntityStore.ScreenedAudited unknown =
                store.screened(viewer, oneUnknown, owners, audit.prepare(entry(oneUnknown, owners)));
        assertThat(unknown.audited()).isFalse();
        assertThat(unknown.entities()).hasSize(2);
        assertThat(kit.auditSince(mark2)).noneMatch(r -> r.username().equals(actor.username()));
        assertTrailIntact();
    }

    private static AuditEntry entry(List<UUID> ids, List<String> owners) {
        List<AuditedRecord> records = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            records.add(AuditedRecord.of("register-entity", ids.get(i), owners.get(i)));
        }
        return AuditEntry.of("register.screening")
                .withPurpose(Purpose.ANALYSIS)
                .withTerm("name", "test")
                .withRecords(records)
                .by(Actor.system("screening-audit-test"));
    }

    @Test
    void aScreeningWhoseEntryCannotBeWrittenFailsWithAndWithoutHits() throws Exception {
        SecurityTestKit.TestUser analyst = kit.user("KAZ", Role.ANALYST);
        assertThat(answered(screen(analyst, AKHUND))).isNotEmpty();
        long mark = kit.auditMark();
        jdbc.sql("""
                        CREATE FUNCTION test_refuse_screening_audit() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                            IF NEW.action = 'register.screening' THEN
                                RAISE EXCEPTION 'audit refused by the test';
                            END IF;
                            RETURN NEW;
                        END $$""").update();
        jdbc.sql("""
                        CREATE TRIGGER test_refuse_screening_audit BEFORE INSERT ON audit_entry
                        FOR EACH ROW EXECUTE FUNCTION test_refuse_screening_audit()""").update();
        try {
            HttpResponse<String> withHits = send(analyst, AKHUND);
            assertThat(withHits.statusCode()).isEqualTo(500);
            assertThat(withHits.body()).doesNotContain("AKHUND");
            HttpResponse<String> withoutHits = send(analyst, "{\"name\":\"Qwyxzt Vbnmplk\",\"purpose\":\"ANALYSIS\"}");
            assertThat(withoutHits.statusCode()).isEqualTo(500);
            assertThat(withoutHits.body()).doesNotContain("hits");
        } finally {
            jdbc.sql("DROP TRIGGER test_refuse_screening_audit ON audit_entry").update();
            jdbc.sql("DROP FUNCTION test_refuse_screening_audit()").update();
        }
        assertThat(screenings(mark, analyst)).isEmpty();
        assertTrailIntact();
    }
}
