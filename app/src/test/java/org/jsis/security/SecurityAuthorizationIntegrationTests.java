package org.jsis.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsis.audit.Actor;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.security.test.AuthorizationHarness;
import org.jsis.security.test.AuthorizationTable;
import org.jsis.security.test.Endpoint;
import org.jsis.security.test.Endpoint.Kind;
import org.jsis.security.test.Endpoint.Outcome;
import org.jsis.security.test.Endpoint.TestRecord;
import org.jsis.security.test.Relationship;
import org.jsis.security.test.SecurityTestKit;
import org.jsis.security.test.SecurityTestKit.TestUser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The authorisation table of the security and audit modules' endpoints, the console pages they own and
 * the public endpoints of the organisation module.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestKit.class)
public class SecurityAuthorizationIntegrationTests implements AuthorizationTable {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityTestKit kit;

    @Autowired
    AuditLog audit;

    /** Users of the owner state (ARM) are administered by ARM's STATE_ADMIN and by an ADMIN; others see 404. */
    static Outcome administered(@Nullable Role role, Relationship relationship, org.jsis.security.Distribution d) {
        if (relationship == Relationship.ANONYMOUS) {
            return Outcome.UNAUTHENTICATED;
        }
        if (relationship == Relationship.SUSPENDED || (role != Role.STATE_ADMIN && role != Role.ADMIN)) {
            return Outcome.FORBIDDEN;
        }
        return role == Role.ADMIN || relationship == Relationship.OWNER ? Outcome.ALLOWED : Outcome.HIDDEN;
    }

    /** An AUDITOR sees the audit of its own state's records only. */
    static Outcome audited(@Nullable Role role, Relationship relationship, org.jsis.security.Distribution d) {
        if (relationship == Relationship.ANONYMOUS) {
            return Outcome.UNAUTHENTICATED;
        }
        if (relationship == Relationship.SUSPENDED || role != Role.AUDITOR) {
            return Outcome.FORBIDDEN;
        }
        return relationship == Relationship.OWNER ? Outcome.ALLOWED : Outcome.HIDDEN;
    }

    TestRecord armUser(org.jsis.security.Sharing sharing) {
        TestUser user = kit.user(sharing.owner(), Role.ANALYST);
        return new TestRecord(
                "user",
                Long.toString(user.id()),
                sharing.owner(),
                user.username(),
                Long.toString(kit.issueToken(user)));
    }

    TestRecord armUserUnmarked(org.jsis.security.Sharing sharing) {
        TestRecord r = armUser(sharing);
        return new TestRecord(r.type(), r.id(), r.ownerState(), null, r.extra());
    }

    TestRecord auditedAccess(org.jsis.security.Sharing sharing) {
        String recordId = "rec-" + UUID.randomUUID();
        long seq = audit.record(AuditEntry.of("test.view")
                .withRecord("probe", recordId, sharing.owner())
                .by(Actor.system("authorisation-table")));
        return new TestRecord("audit-entry", Long.toString(seq), sharing.owner(), recordId);
    }

    /**
     * As {@link #auditedAccess}, for the console page: the page shows the filters it was given, so the marker
     * is a query term of the entry (shown only with the entry) and the record id to filter by is the extra.
     */
    TestRecord auditedAccessForPage(org.jsis.security.Sharing sharing) {
        String recordId = "rec-" + UUID.randomUUID();
        String marker = "case-" + UUID.randomUUID();
        long seq = audit.record(AuditEntry.of("test.view")
                .withTerm("case", marker)
                .withRecord("probe", recordId, sharing.owner())
                .by(Actor.system("authorisation-table")));
        return new TestRecord("audit-entry", Long.toString(seq), sharing.owner(), marker, recordId);
    }

    static String agencyOf(Endpoint.Call call) {
        return SecurityTestKit.agencyCode(
                call.caller() == null ? null : call.caller().caller().stateCode());
    }

    static String roleFor(Endpoint.Call call) {
        return call.caller() != null && call.caller().caller().stateCode() == null ? "COMMANDER" : "ANALYST";
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                // Public: the organisation's reference data and pages, the login page.
                Endpoint.of("GET", "/").publicAccess().asPage().request(c -> get("/")),
                Endpoint.of("GET", "/login").publicAccess().asPage().request(c -> get("/login")),
                Endpoint.of("GET", "/api/v1/member-states").publicAccess().request(c -> get("/api/v1/member-states")),
                Endpoint.of("GET", "/api/v1/member-states/{code}/membership")
                        .publicAccess()
                        .request(c -> get("/api/v1/member-states/ARM/membership")),
                Endpoint.of("GET", "/api/v1/bodies").publicAccess().request(c -> get("/api/v1/bodies")),
                Endpoint.of("GET", "/api/v1/chairmanship").publicAccess().request(c -> get("/api/v1/chairmanship")),
                Endpoint.of("GET", "/api/v1/agencies").publicAccess().request(c -> get("/api/v1/agencies")),
                Endpoint.of("GET", "/api/v1/agencies/{code}")
                        .publicAccess()
                        .request(c -> get("/api/v1/agencies/CSTO-SEC")),
                // My account.
                Endpoint.of("GET", "/api/v1/me").request(c -> get("/api/v1/me")),
                Endpoint.of("PUT", "/api/v1/me/password")
                        .request(c -> put("/api/v1/me/password")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"newPassword\":\"a long enough password " + c.unique() + "\"}"))
                        .ok(204)
                        .audited("security.password.change"),
                Endpoint.of("GET", "/api/v1/me/tokens").request(c -> get("/api/v1/me/tokens")),
                Endpoint.of("POST", "/api/v1/me/tokens")
                        .request(c -> post("/api/v1/me/tokens")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"table " + c.unique() + "\"}"))
                        .ok(201)
                        .audited("security.token.create"),
                Endpoint.of("DELETE", "/api/v1/me/tokens/{id}")
                        .request(c ->
                                delete("/api/v1/me/tokens/{id}", c.caller() == null ? 1 : kit.issueToken(c.caller())))
                        .ok(204)
                        .audited("security.token.revoke"),
                // Console: my tokens (forms post their CSRF token, as a browser does).
                Endpoint.of("GET", "/me/tokens").asPage().request(c -> get("/me/tokens")),
                Endpoint.of("POST", "/me/tokens")
                        .asPage()
                        .request(c -> post("/me/tokens")
                                .with(csrf())
                                .param("name", "page " + c.unique())
                                .param("validDays", "30"))
                        .audited("security.token.create"),
                Endpoint.of("POST", "/me/tokens/{id}/revoke")
                        .asPage()
                        .request(
                                c -> post("/me/tokens/{id}/revoke", c.caller() == null ? 1 : kit.issueToken(c.caller()))
                                        .with(csrf()))
                        .ok(302)
                        .audited("security.token.revoke"),
                // Users of my state (STATE_ADMIN) or of every state (ADMIN).
                Endpoint.of("GET", "/api/v1/users")
                        .roles(Role.STATE_ADMIN, Role.ADMIN)
                        .request(c -> get("/api/v1/users"))
                        .audited("security.user.list"),
                Endpoint.of("POST", "/api/v1/users")
                        .roles(Role.STATE_ADMIN, Role.ADMIN)
                        .request(c -> post("/api/v1/users")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"username\":\"new-" + c.unique() + "\",\"agency\":\"" + agencyOf(c)
                                        + "\",\"roles\":[\"" + roleFor(c) + "\"]}"))
                        .ok(201)
                        .audited("security.user.create"),
                Endpoint.of("GET", "/api/v1/users/{id}")
                        .record(Kind.RECORD, this::armUser)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> get("/api/v1/users/{id}", c.recordId()))
                        .audited("security.user.view"),
                Endpoint.of("PATCH", "/api/v1/users/{id}")
                        .record(Kind.RECORD, this::armUser)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> patch("/api/v1/users/{id}", c.recordId())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"enabled\":true}"))
                        .audited("security.user.update"),
                Endpoint.of("PUT", "/api/v1/users/{id}/password")
                        .record(Kind.RECORD, this::armUser)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> put("/api/v1/users/{id}/password", c.recordId())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"password\":\"set by an administrator\"}"))
                        .ok(204)
                        .audited("security.password.set"),
                Endpoint.of("GET", "/api/v1/users/{id}/tokens")
                        .record(Kind.RECORD, this::armUserUnmarked)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> get("/api/v1/users/{id}/tokens", c.recordId()))
                        .audited("security.token.list"),
                Endpoint.of("POST", "/api/v1/users/{id}/tokens")
                        .record(Kind.RECORD, this::armUser)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> post("/api/v1/users/{id}/tokens", c.recordId())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"system " + c.unique() + "\"}"))
                        .ok(201)
                        .audited("security.token.create"),
                Endpoint.of("DELETE", "/api/v1/users/{id}/tokens/{tokenId}")
                        .record(Kind.RECORD, this::armUser)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> delete(
                                "/api/v1/users/{id}/tokens/{tokenId}",
                                c.recordId(),
                                c.record().extra()))
                        .ok(204)
                        .audited("security.token.revoke"),
                // Console: users of my state (STATE_ADMIN) or of every state (ADMIN).
                Endpoint.of("GET", "/users")
                        .asPage()
                        .roles(Role.STATE_ADMIN, Role.ADMIN)
                        .request(c -> get("/users"))
                        .audited("security.user.list"),
                Endpoint.of("POST", "/users")
                        .asPage()
                        .roles(Role.STATE_ADMIN, Role.ADMIN)
                        .request(c -> post("/users")
                                .with(csrf())
                                .param("username", "page-" + c.unique())
                                .param("agency", agencyOf(c))
                                .param("roles", roleFor(c))
                                .param("generatePassword", "true"))
                        .audited("security.user.create"),
                Endpoint.of("GET", "/users/{id}")
                        .asPage()
                        .record(Kind.RECORD, this::armUser)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> get("/users/{id}", c.recordId()))
                        .audited("security.user.view"),
                Endpoint.of("POST", "/users/{id}/enabled")
                        .asPage()
                        .record(Kind.RECORD, this::armUser)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> post("/users/{id}/enabled", c.recordId())
                                .with(csrf())
                                .param("enabled", "true"))
                        .ok(302)
                        .audited("security.user.update"),
                Endpoint.of("POST", "/users/{id}/roles")
                        .asPage()
                        .record(Kind.RECORD, this::armUser)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> post("/users/{id}/roles", c.recordId())
                                .with(csrf())
                                .param("roles", "ANALYST", "OFFICER"))
                        .ok(302)
                        .audited("security.user.update"),
                Endpoint.of("POST", "/users/{id}/password")
                        .asPage()
                        .record(Kind.RECORD, this::armUser)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> post("/users/{id}/password", c.recordId()).with(csrf()))
                        .audited("security.password.set"),
                Endpoint.of("POST", "/users/{id}/tokens")
                        .asPage()
                        .record(Kind.RECORD, this::armUser)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> post("/users/{id}/tokens", c.recordId())
                                .with(csrf())
                                .param("name", "system " + c.unique())
                                .param("validDays", "7"))
                        .audited("security.token.create"),
                Endpoint.of("POST", "/users/{id}/tokens/{tokenId}/revoke")
                        .asPage()
                        .record(Kind.RECORD, this::armUser)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::administered)
                        .request(c -> post(
                                        "/users/{id}/tokens/{tokenId}/revoke",
                                        c.recordId(),
                                        c.record().extra())
                                .with(csrf()))
                        .ok(302)
                        .audited("security.token.revoke"),
                // Console: the audit of my state's records (AUDITOR).
                Endpoint.of("GET", "/audit")
                        .asPage()
                        .record(Kind.COLLECTION, this::auditedAccessForPage)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::audited)
                        .request(c -> get("/audit").param("recordId", c.record().extra()))
                        .audited("audit.search"),
                // The audit of my state's records (AUDITOR).
                Endpoint.of("GET", "/api/v1/audit/entries")
                        .record(Kind.COLLECTION, this::auditedAccess)
                        .distributions(org.jsis.security.Distribution.OWNER_ONLY)
                        .rule(SecurityAuthorizationIntegrationTests::audited)
                        .request(c -> get("/api/v1/audit/entries")
                                .param("recordId", c.record().marker()))
                        .audited("audit.search"));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointEveryCaller() {
        return new AuthorizationHarness(kit, mvc).cases(endpoints());
    }
}
