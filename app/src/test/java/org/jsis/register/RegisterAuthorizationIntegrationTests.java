package org.jsis.register;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsis.security.Caller;
import org.jsis.security.Distribution;
import org.jsis.security.Role;
import org.jsis.security.Sharing;
import org.jsis.security.test.AuthorizationHarness;
import org.jsis.security.test.AuthorizationTable;
import org.jsis.security.test.Endpoint;
import org.jsis.security.test.Endpoint.Kind;
import org.jsis.security.test.Endpoint.Outcome;
import org.jsis.security.test.Endpoint.TestRecord;
import org.jsis.security.test.Relationship;
import org.jsis.security.test.SecurityTestKit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register's endpoints and console pages in the authorisation table: who may call each, what a caller
 * of the owner state, of a recipient state, of another member state, of a suspended state and of the
 * Secretariat gets for records of every distribution, and which audit entry each call leaves.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestKit.class)
public class RegisterAuthorizationIntegrationTests implements AuthorizationTable {

    static final Role[] READERS = {Role.ANALYST, Role.OFFICER, Role.SECRETARIAT};

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityTestKit kit;

    @Autowired
    RegisterEntities entities;

    @Autowired
    ImportJobs jobs;

    /** An organisation owned by ARM with the case's sharing and a unique name (the marker), with one designation. */
    TestRecord entity(Sharing sharing) {
        String name = "Authz Fixture " + UUID.randomUUID().toString().substring(0, 8);
        Caller owner = kit.user(sharing.owner(), Role.ANALYST).caller();
        EntityInput input = new EntityInput(
                "ORGANISATION",
                List.of(new EntityInput.NameInput(name, null, null, null, "en")),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("TERRORISM"),
                null,
                List.of(new EntityInput.DesignationInput(
                        "ATC",
                        "Anti-Terrorist Committee",
                        null,
                        null,
                        "AUTHZ-1",
                        null,
                        java.time.LocalDate.of(2007, 5, 1),
                        null)),
                null,
                null,
                sharing.distribution().name(),
                sharing.sharedWith());
        RegisterEntity e = entities.create(input, owner);
        return new TestRecord(
                RegisterEntities.RECORD_TYPE,
                e.id().toString(),
                sharing.owner(),
                name,
                Long.toString(e.designationIds().get(0)));
    }

    /** As {@link #entity}, withdrawn by its owner (to be restored). */
    TestRecord withdrawn(Sharing sharing) {
        TestRecord r = entity(sharing);
        entities.withdraw(
                UUID.fromString(r.id()), kit.user(sharing.owner(), Role.ANALYST).caller());
        return r;
    }

    /** As {@link #entity}, but the marker is the id (the batch answer names entities by id). */
    TestRecord entityById(Sharing sharing) {
        TestRecord r = entity(sharing);
        return new TestRecord(r.type(), r.id(), r.ownerState(), r.id(), r.marker());
    }

    /**
     * Changes: only analysts of the owner state; an analyst of another state who can see the record is
     * refused, one who cannot gets 404.
     */
    static Outcome ownerAnalystsOnly(@Nullable Role role, Relationship relationship, Distribution distribution) {
        if (relationship == Relationship.ANONYMOUS) {
            return Outcome.UNAUTHENTICATED;
        }
        if (relationship == Relationship.SUSPENDED || role != Role.ANALYST) {
            return Outcome.FORBIDDEN;
        }
        if (relationship == Relationship.OWNER) {
            return Outcome.ALLOWED;
        }
        return relationship.sees(distribution) ? Outcome.FORBIDDEN : Outcome.HIDDEN;
    }

    static String entityJson(String name) {
        return "{\"kind\":\"PERSON\",\"names\":[{\"name\":\"" + name
                + "\"}],\"birthDates\":[\"1970\"],\"distribution\":\"ALL_MEMBERS\"}";
    }

    static String csv(String unique) {
        return "source_ref,kind,name\nauthz-" + unique + ",organisation,Authz Import " + unique + "\n";
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of("POST", "/api/v1/register/imports")
                        .roles(Role.ANALYST)
                        .request(c -> post("/api/v1/register/imports")
                                .param("format", "csv")
                                .param("source", "authz-" + c.unique())
                                .contentType("text/csv")
                                .content(csv(c.unique())))
                        .audited("register.import"),
                Endpoint.of("GET", "/api/v1/register/imports/{id}")
                        .roles(Role.ANALYST)
                        .request(c -> get("/api/v1/register/imports/{id}", job(c))),
                Endpoint.of("GET", "/api/v1/register/exports")
                        .roles(Role.ANALYST, Role.OFFICER, Role.SECRETARIAT)
                        .record(Kind.COLLECTION, this::entity)
                        .request(c -> get("/api/v1/register/exports")
                                .param("format", "csv")
                                .param("purpose", "ANALYSIS"))
                        .audited("register.export"),
                Endpoint.of("GET", "/api/v1/register/entities")
                        .roles(Role.ANALYST, Role.OFFICER, Role.SECRETARIAT)
                        .record(Kind.COLLECTION, this::entity)
                        .request(c -> get("/api/v1/register/entities")
                                .param("q", c.record().marker())
                                .param("purpose", "INVESTIGATION"))
                        .audited("register.search"),
                Endpoint.of("GET", "/api/v1/register/entities/{id}")
                        .roles(Role.ANALYST, Role.OFFICER, Role.SECRETARIAT)
                        .record(Kind.RECORD, this::entity)
                        .request(c -> get("/api/v1/register/entities/{id}", c.recordId())
                                .param("purpose", "INVESTIGATION"))
                        .audited("register.view"),
                Endpoint.of("POST", "/api/v1/register/entities")
                        .roles(Role.ANALYST)
                        .request(c -> post("/api/v1/register/entities")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(entityJson("Authz Created " + c.unique())))
                        .ok(201)
                        .audited("register.create"),
                Endpoint.of("PUT", "/api/v1/register/entities/{id}")
                        .record(Kind.RECORD, this::entity)
                        .rule(RegisterAuthorizationIntegrationTests::ownerAnalystsOnly)
                        .request(c -> put("/api/v1/register/entities/{id}", c.recordId())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"kind\":\"ORGANISATION\",\"names\":[{\"name\":\""
                                        + c.record().marker() + "\"}],\"distribution\":\"OWNER_ONLY\"}"))
                        .audited("register.update"),
                Endpoint.of("DELETE", "/api/v1/register/entities/{id}")
                        .record(Kind.RECORD, this::entity)
                        .rule(RegisterAuthorizationIntegrationTests::ownerAnalystsOnly)
                        .request(c -> delete("/api/v1/register/entities/{id}", c.recordId()))
                        .ok(204)
                        .audited("register.withdraw"),
                Endpoint.of("POST", "/api/v1/register/entities/{id}/restoration")
                        .record(Kind.RECORD, this::withdrawn)
                        .rule(RegisterAuthorizationIntegrationTests::ownerAnalystsOnly)
                        .request(c -> post("/api/v1/register/entities/{id}/restoration", c.recordId()))
                        .audited("register.restore"),
                Endpoint.of("POST", "/api/v1/register/entities/{id}/designations")
                        .record(Kind.RECORD, this::entity)
                        .rule(RegisterAuthorizationIntegrationTests::ownerAnalystsOnly)
                        .request(c -> post("/api/v1/register/entities/{id}/designations", c.recordId())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"authorityKind\":\"STATE_COURT\",\"authority\":\"Supreme Court of Armenia\","
                                                + "\"authorityState\":\"ARM\",\"listedOn\":\"2010-01-01\"}"))
                        .ok(201)
                        .audited("register.designate"),
                Endpoint.of("POST", "/api/v1/register/entities/{id}/designations/{designationId}/delisting")
                        .record(Kind.RECORD, this::entity)
                        .rule(RegisterAuthorizationIntegrationTests::ownerAnalystsOnly)
                        .request(c -> post(
                                        "/api/v1/register/entities/{id}/designations/{designationId}/delisting",
                                        c.recordId(),
                                        c.record().extra())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"delistedOn\":\"2020-01-01\"}"))
                        .audited("register.delist"),
                Endpoint.of("POST", "/api/v1/screenings")
                        .roles(Role.ANALYST, Role.OFFICER, Role.SECRETARIAT)
                        .record(Kind.COLLECTION, this::entity)
                        .request(c -> post("/api/v1/screenings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"" + c.record().marker() + "\",\"purpose\":\"BORDER_CHECK\"}"))
                        .audited("register.screening"),
                Endpoint.of("POST", "/api/v1/screenings/batch")
                        .roles(Role.ANALYST, Role.OFFICER, Role.SECRETARIAT)
                        .record(Kind.COLLECTION, this::entityById)
                        .request(c -> post("/api/v1/screenings/batch")
                                .param("purpose", "BORDER_CHECK")
                                .contentType("text/csv")
                                .content("id,name\nq1," + c.record().extra() + "\n"))
                        .audited("register.screening.batch"),
                // Console pages.
                // Pages echo the query, so their marker is the record's id (in the link to it), not its name.
                Endpoint.of("GET", "/register")
                        .roles(Role.ANALYST, Role.OFFICER, Role.SECRETARIAT)
                        .asPage()
                        .record(Kind.COLLECTION, this::entityById)
                        .request(c -> get("/register").param("q", c.record().extra()))
                        .audited("register.search"),
                Endpoint.of("GET", "/register/entities/{id}")
                        .roles(Role.ANALYST, Role.OFFICER, Role.SECRETARIAT)
                        .asPage()
                        .record(Kind.RECORD, this::entity)
                        .request(c -> get("/register/entities/{id}", c.recordId()))
                        .audited("register.view"),
                Endpoint.of("POST", "/register/entities/{id}/restore")
                        .asPage()
                        .record(Kind.RECORD, this::withdrawn)
                        .rule((role, relationship, distribution) -> relationship == Relationship.ANONYMOUS
                                ? Outcome.FORBIDDEN // the CSRF check, before any login redirect
                                : ownerAnalystsOnly(role, relationship, distribution))
                        .request(c -> post("/register/entities/{id}/restore", c.recordId()))
                        .ok(302)
                        .audited("register.restore"),
                Endpoint.of("GET", "/register/screening")
                        .roles(Role.ANALYST, Role.OFFICER, Role.SECRETARIAT)
                        .asPage()
                        .request(c -> get("/register/screening")),
                anonymousMeetsCsrf(Endpoint.of("POST", "/register/screening")
                        .roles(Role.ANALYST, Role.OFFICER, Role.SECRETARIAT)
                        .asPage()
                        .record(Kind.COLLECTION, this::entityById)
                        .request(c -> post("/register/screening")
                                .param("name", c.record().extra())
                                .param("purpose", "BORDER_CHECK"))
                        .audited("register.screening")),
                Endpoint.of("GET", "/register/screening/batch")
                        .roles(Role.ANALYST, Role.OFFICER, Role.SECRETARIAT)
                        .asPage()
                        .request(c -> get("/register/screening/batch")),
                anonymousMeetsCsrf(Endpoint.of("POST", "/register/screening/batch")
                        .roles(Role.ANALYST, Role.OFFICER, Role.SECRETARIAT)
                        .asPage()
                        .record(Kind.COLLECTION, this::entityById)
                        .request(c -> post("/register/screening/batch")
                                .contentType("multipart/form-data; boundary=authz")
                                .param("purpose", "BORDER_CHECK")
                                .with(r -> {
                                    r.addPart(new MockPart(
                                            "file",
                                            "passengers.csv",
                                            ("id,name\nq1," + c.record().extra() + "\n")
                                                    .getBytes(StandardCharsets.UTF_8)));
                                    return r;
                                }))
                        .audited("register.screening.batch")),
                Endpoint.of("GET", "/register/import")
                        .roles(Role.ANALYST)
                        .asPage()
                        .request(c -> get("/register/import")),
                anonymousMeetsCsrf(Endpoint.of("POST", "/register/import")
                        .roles(Role.ANALYST)
                        .asPage()
                        .request(c -> post("/register/import")
                                .contentType("multipart/form-data; boundary=authz")
                                .param("format", "csv")
                                .with(r -> {
                                    r.addPart(new MockPart(
                                            "file", "authz.csv", csv(c.unique()).getBytes(StandardCharsets.UTF_8)));
                                    return r;
                                }))
                        .ok(302)),
                Endpoint.of("GET", "/register/import/{id}")
                        .roles(Role.ANALYST)
                        .asPage()
                        .request(c -> get("/register/import/{id}", job(c))),
                Endpoint.of("GET", "/register/import/{id}/progress")
                        .roles(Role.ANALYST)
                        .asPage()
                        .request(c -> get("/register/import/{id}/progress", job(c))));
    }

    /**
     * A console form post without a session: the CSRF check refuses it (403 problem+json) before any login
     * redirect; everyone else as the standard rule says.
     */
    static Endpoint anonymousMeetsCsrf(Endpoint endpoint) {
        return endpoint.rule((role, relationship, distribution) -> relationship == Relationship.ANONYMOUS
                ? Outcome.FORBIDDEN
                : endpoint.standardOutcome(role, relationship, distribution));
    }

    /** A background import started by the case's caller (an unknown id for callers who cannot start one). */
    private UUID job(Endpoint.Call c) {
        if (c.caller() == null) {
            return UUID.randomUUID();
        }
        ImportRequest request = ImportRequest.of(ImportFormat.CSV, "ARM", "authz-job-" + c.unique());
        return jobs.start(
                        request,
                        csv(c.unique()).getBytes(StandardCharsets.UTF_8),
                        "authz.csv",
                        c.caller().caller())
                .id();
    }

    @TestFactory
    Stream<DynamicTest> authorisation() {
        return new AuthorizationHarness(kit, mvc).cases(endpoints());
    }
}
