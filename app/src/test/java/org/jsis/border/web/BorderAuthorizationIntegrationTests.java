package org.jsis.border.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.jsis.border.Checkpoints;
import org.jsis.border.CrossingSubmission;
import org.jsis.border.Crossings;
import org.jsis.border.DocumentData;
import org.jsis.border.EntryBan;
import org.jsis.border.EntryBans;
import org.jsis.border.IllegalCrossings;
import org.jsis.border.stay.Direction;
import org.jsis.security.Role;
import org.jsis.security.Sharing;
import org.jsis.security.test.AuthorizationHarness;
import org.jsis.security.test.AuthorizationTable;
import org.jsis.security.test.Endpoint;
import org.jsis.security.test.Endpoint.Call;
import org.jsis.security.test.Endpoint.Kind;
import org.jsis.security.test.Endpoint.Outcome;
import org.jsis.security.test.Endpoint.TestRecord;
import org.jsis.security.test.Relationship;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The border module's authorisation table: every border endpoint, every caller, every distribution. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestKit.class)
public class BorderAuthorizationIntegrationTests implements AuthorizationTable {

    /** Each state's checkpoint used by the table's requests; the Secretariat and anonymous callers get Armenia's. */
    static final Map<String, String> CHECKPOINT = Map.of(
            "ARM", "ARM-EVN", "BLR", "BLR-MSQ", "KAZ", "KAZ-ALA", "KGZ", "KGZ-FRU", "RUS", "RUS-SVO", "TJK", "TJK-DYU",
            "UZB", "UZB-TAS");

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityTestKit kit;

    @Autowired
    EntryBans bans;

    @Autowired
    Crossings crossings;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    IllegalCrossings illegal;

    @Autowired
    JdbcClient jdbc;

    static String state(Call c) {
        return c.caller() == null || c.caller().caller().stateCode() == null
                ? "ARM"
                : c.caller().caller().stateCode();
    }

    static String checkpoint(Call c) {
        return CHECKPOINT.get(state(c));
    }

    TestRecord ban(Sharing sharing) {
        String marker = "Banned Person " + UUID.randomUUID().toString().substring(0, 8);
        EntryBan b = bans.create(
                new EntryBan(
                        0,
                        sharing.owner(),
                        "Test authority",
                        "Test basis",
                        "Test reason",
                        LocalDate.of(2025, 1, 1),
                        null,
                        "ALL_MEMBERS",
                        null,
                        List.of(marker),
                        "1980",
                        null,
                        null,
                        List.of(),
                        sharing.owner(),
                        sharing.distribution().name(),
                        sharing.sharedWith()),
                "fixture");
        return new TestRecord("entry-ban", Long.toString(b.id()), sharing.owner(), marker);
    }

    TestRecord detection(Sharing sharing) {
        String place = "Place " + UUID.randomUUID().toString().substring(0, 8);
        long id = illegal.record(
                new IllegalCrossings.Detection(
                        sharing.owner(),
                        Instant.now().minusSeconds(7200),
                        40.1,
                        70.2,
                        place,
                        null,
                        "ENTRY",
                        2,
                        List.of("AFG"),
                        null,
                        sharing.distribution().name(),
                        sharing.sharedWith()),
                "fixture");
        return new TestRecord("illegal-crossing", Long.toString(id), sharing.owner(), place);
    }

    TestRecord crossing(Sharing sharing) {
        String number = "AZ" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        UUID id = UUID.randomUUID();
        var caller = kit.user(sharing.owner(), Role.OFFICER).caller();
        crossings.record(
                List.of(new CrossingSubmission(
                        id,
                        Direction.ENTRY,
                        checkpoints
                                .byCode(CHECKPOINT.get(sharing.owner()))
                                .orElseThrow()
                                .id(),
                        Instant.now().minusSeconds(3600),
                        new DocumentData(
                                "PASSPORT",
                                number,
                                "IRN",
                                null,
                                uniqueSurname(),
                                "CASE",
                                null,
                                null,
                                LocalDate.of(1981, 1, 1),
                                "M",
                                "IRN"),
                        null,
                        sharing.distribution().name(),
                        sharing.sharedWith())),
                caller);
        long traveller = jdbc.sql("SELECT traveller_id FROM border_crossing WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        return new TestRecord("border-crossing", id.toString(), sharing.owner(), number, Long.toString(traveller));
    }

    /** A surname of its own, so that no two fixtures are linked to one traveller. */
    static String uniqueSurname() {
        StringBuilder sb = new StringBuilder("T");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('A' + r.nextInt(26)));
        }
        return sb.toString();
    }

    static String crossingJson(Call c) {
        return """
                {"id": "%s", "direction": "ENTRY", "checkpoint": "%s", "crossedAt": "%s",
                 "document": {"type": "PASSPORT", "number": "AX%s", "issuingState": "IRN", "surname": "AUTHZ",
                              "givenNames": "CASE", "birthDate": "1979-01-01", "sex": "F", "nationality": "IRN"}}
                """.formatted(
                        UUID.randomUUID(),
                        checkpoint(c),
                        Instant.now().minusSeconds(60),
                        Math.abs(c.unique().hashCode()));
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of("GET", "/api/v1/checkpoints")
                        .request(c -> get("/api/v1/checkpoints").param("state", "KAZ")),
                Endpoint.of("GET", "/api/v1/checkpoints/{id}").request(c -> get("/api/v1/checkpoints/{id}", "RUS-SVO")),
                Endpoint.of("GET", "/api/v1/stay-rules")
                        .request(c -> get("/api/v1/stay-rules").param("state", "RUS")),
                Endpoint.of("POST", "/api/v1/crossings")
                        .roles(Role.OFFICER)
                        .request(c -> post("/api/v1/crossings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(crossingJson(c)))
                        .ok(201)
                        .audited("border.crossing.record"),
                Endpoint.of("POST", "/api/v1/crossings/bulk")
                        .roles(Role.OFFICER)
                        .request(c -> post("/api/v1/crossings/bulk")
                                .contentType("application/x-ndjson")
                                .content(crossingJson(c).replace("\n", " ") + "\n"))
                        .audited("border.crossing.bulk"),
                Endpoint.of("POST", "/api/v1/stay-rules")
                        .roles(Role.STATE_ADMIN, Role.ADMIN)
                        .request(c -> post("/api/v1/stay-rules")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"code": "TEST-%s", "hostState": "%s", "groupCode": "NOBODY",
                                         "validFrom": "2020-01-01", "windowDays": 180, "windowMaxDays": 90,
                                         "source": "authorisation table test", "certainty": "UNVERIFIED"}
                                        """.formatted(Math.abs(c.unique().hashCode()), state(c))))
                        .ok(201)
                        .audited("border.stay-rule.change"),
                Endpoint.of("POST", "/api/v1/stays/recompute")
                        .roles(Role.ADMIN)
                        .request(c -> post("/api/v1/stays/recompute"))
                        .audited("border.stays.recompute"),
                Endpoint.of("POST", "/api/v1/entry-bans")
                        .roles(Role.ANALYST, Role.STATE_ADMIN)
                        .request(c -> post("/api/v1/entry-bans")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"authority": "A", "legalBasis": "L", "reason": "R", "validFrom": "2026-01-01",
                                         "scope": "ISSUING_STATE", "names": ["Authz %s"], "distribution": "OWNER_ONLY"}
                                        """.formatted(c.unique())))
                        .ok(201)
                        .audited("border.ban.create"),
                Endpoint.of("GET", "/api/v1/entry-bans")
                        .roles(Role.OFFICER, Role.ANALYST)
                        .record(Kind.COLLECTION, this::ban)
                        .request(c -> get("/api/v1/entry-bans")
                                .param("purpose", "INVESTIGATION")
                                .param("name", c.record().marker()))
                        .audited("border.ban.list"),
                Endpoint.of("GET", "/api/v1/entry-bans/{id}")
                        .roles(Role.OFFICER, Role.ANALYST)
                        .record(Kind.RECORD, this::ban)
                        .request(c ->
                                get("/api/v1/entry-bans/{id}", c.recordId()).param("purpose", "BORDER_CHECK"))
                        .audited("border.ban.view"),
                Endpoint.of("POST", "/api/v1/illegal-crossings")
                        .roles(Role.OFFICER)
                        .request(c -> post("/api/v1/illegal-crossings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"detectedAt": "2026-11-01T03:00:00Z", "latitude": 37.2, "longitude": 68.6,
                                         "borderWith": "AFG", "direction": "ENTRY", "groupSize": 3,
                                         "nationalities": ["AFG"]}
                                        """))
                        .ok(201)
                        .audited("border.illegal.create"),
                Endpoint.of("GET", "/api/v1/illegal-crossings/statistics")
                        .request(
                                c -> get("/api/v1/illegal-crossings/statistics").param("purpose", "ANALYSIS"))
                        .audited("border.illegal.statistics"),
                Endpoint.of("GET", "/border/illegal-crossings")
                        .asPage()
                        .record(Kind.COLLECTION, this::detection)
                        .request(c -> get("/border/illegal-crossings"))
                        .audited("border.illegal.list"),
                anonymousMeetsCsrf(Endpoint.of("POST", "/border/illegal-crossings")
                        .roles(Role.OFFICER)
                        .asPage()
                        .request(c -> post("/border/illegal-crossings")
                                .param("detectedAt", "2026-11-01T03:00")
                                .param("latitude", "37.2")
                                .param("longitude", "68.6")
                                .param("groupSize", "2")
                                .param("nationalities", "AFG"))
                        .audited("border.illegal.create")),
                Endpoint.of("POST", "/api/v1/border-checks")
                        .roles(Role.OFFICER)
                        .request(c -> post("/api/v1/border-checks")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"checkpoint": "%s", "direction": "ENTRY", "purpose": "BORDER_CHECK",
                                         "document": {"type": "PASSPORT", "number": "Q1", "issuingState": "IRN",
                                                      "surname": "NOBODY", "givenNames": "KNOWN"}}
                                        """.formatted(checkpoint(c))))
                        .audited("border.check"),
                Endpoint.of("GET", "/api/v1/travellers/{id}")
                        .roles(Role.OFFICER, Role.ANALYST)
                        .record(Kind.RECORD, this::crossing)
                        .request(c -> get("/api/v1/travellers/{id}", c.record().extra())
                                .param("purpose", "INVESTIGATION"))
                        .audited("border.traveller.view"),
                Endpoint.of("GET", "/api/v1/overstayers")
                        .roles(Role.OFFICER, Role.ANALYST)
                        .request(c ->
                                get("/api/v1/overstayers").param("state", "KAZ").param("purpose", "ANALYSIS"))
                        .audited("border.overstayers"),
                Endpoint.of("GET", "/border").roles(Role.OFFICER).asPage().request(c -> get("/border")),
                anonymousMeetsCsrf(Endpoint.of("POST", "/border/check")
                        .roles(Role.OFFICER)
                        .asPage()
                        .request(c -> post("/border/check")
                                .param("checkpoint", checkpoint(c))
                                .param("direction", "ENTRY")
                                .param("surname", "NOBODY")
                                .param("number", "Q2")
                                .param("issuingState", "IRN"))
                        .audited("border.check")),
                anonymousMeetsCsrf(Endpoint.of("POST", "/border/mrz")
                        .roles(Role.OFFICER)
                        .asPage()
                        .request(c -> post("/border/mrz").param("mrz", "P<UTO"))),
                Endpoint.of("GET", "/border/travellers/{id}")
                        .roles(Role.OFFICER, Role.ANALYST)
                        .asPage()
                        .record(Kind.RECORD, this::crossing)
                        .request(c -> get("/border/travellers/{id}", c.record().extra()))
                        .audited("border.traveller.view"),
                Endpoint.of("GET", "/border/overstayers")
                        .roles(Role.OFFICER, Role.ANALYST)
                        .asPage()
                        .request(c -> get("/border/overstayers").param("state", "KAZ"))
                        .audited("border.overstayers"),
                Endpoint.of("GET", "/border/checkpoints").asPage().request(c -> get("/border/checkpoints")),
                Endpoint.of("GET", "/api/v1/overstayers/monthly")
                        .roles(Role.OFFICER, Role.ANALYST)
                        .request(c -> get("/api/v1/overstayers/monthly")
                                .param("state", "KAZ")
                                .param("purpose", "ANALYSIS"))
                        .audited("border.overstayers.monthly"));
    }

    /** A console form post without a session meets the CSRF check (403) before any login redirect. */
    static Endpoint anonymousMeetsCsrf(Endpoint endpoint) {
        return endpoint.rule((role, relationship, distribution) -> relationship == Relationship.ANONYMOUS
                ? Outcome.FORBIDDEN
                : endpoint.standardOutcome(role, relationship, distribution));
    }

    @TestFactory
    Stream<DynamicTest> everyCallerAgainstEveryDistribution() {
        return new AuthorizationHarness(kit, mvc).cases(endpoints());
    }
}
