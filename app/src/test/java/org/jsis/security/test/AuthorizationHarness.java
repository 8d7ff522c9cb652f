package org.jsis.security.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsis.security.Distribution;
import org.jsis.security.Role;
import org.jsis.security.Sharing;
import org.jsis.security.test.Endpoint.Call;
import org.jsis.security.test.Endpoint.Kind;
import org.jsis.security.test.Endpoint.Outcome;
import org.jsis.security.test.Endpoint.TestRecord;
import org.jsis.security.test.SecurityTestKit.AuditRow;
import org.jsis.security.test.SecurityTestKit.TestUser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Runs an {@link AuthorizationTable}: every endpoint × caller (anonymous; every role of a user of the
 * owner, recipient, outsider, suspended and Secretariat relationships) × distribution, as one dynamic
 * test each, on the real database through MockMvc with bearer tokens.
 */
public final class AuthorizationHarness {

    private final SecurityTestKit kit;
    private final MockMvc mvc;
    private final Map<Relationship, Map<Role, TestUser>> users = new EnumMap<>(Relationship.class);

    public AuthorizationHarness(SecurityTestKit kit, MockMvc mvc) {
        this.kit = kit;
        this.mvc = mvc;
    }

    public Stream<DynamicTest> cases(List<Endpoint> endpoints) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Distribution distribution : endpoint.distributions()) {
                tests.add(test(endpoint, null, Relationship.ANONYMOUS, distribution));
                for (Relationship relationship : Relationship.values()) {
                    if (relationship == Relationship.ANONYMOUS) {
                        continue;
                    }
                    for (Role role : Role.values()) {
                        if (role.allowedFor(relationship.state())) {
                            tests.add(test(endpoint, role, relationship, distribution));
                        }
                    }
                }
            }
        }
        return tests.stream();
    }

    private DynamicTest test(
            Endpoint endpoint, @Nullable Role role, Relationship relationship, Distribution distribution) {
        Outcome expected = endpoint.expect(role, relationship, distribution);
        String name = endpoint.key() + " | " + (role == null ? "" : role + " of ") + relationship
                + (endpoint.kind() == Kind.NONE ? "" : " | " + distribution) + " -> " + expected;
        return DynamicTest.dynamicTest(name, () -> run(endpoint, role, relationship, distribution, expected));
    }

    private void run(
            Endpoint endpoint,
            @Nullable Role role,
            Relationship relationship,
            Distribution distribution,
            Outcome expected)
            throws Exception {
        TestRecord record =
                endpoint.fixture() == null ? null : endpoint.fixture().create(sharing(distribution));
        TestUser caller = role == null ? null : user(relationship, role);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletRequestBuilder request = endpoint.request().apply(new Call(record, caller, unique));
        if (caller != null) {
            request = request.with(caller.bearer());
        }
        long mark = kit.auditMark();
        MockHttpServletResponse response;
        if (relationship == Relationship.SUSPENDED) {
            try (AutoCloseable suspension = kit.suspend(Relationship.SUSPENDED.state())) {
                response = mvc.perform(request).andReturn().getResponse();
            }
        } else {
            response = mvc.perform(request).andReturn().getResponse();
        }
        String body = response.getContentAsString();
        checkStatus(endpoint, expected, caller != null, response, body);
        if (record != null && record.marker() != null && endpoint.okStatus() == 200) {
            if (expected == Outcome.ALLOWED) {
                assertThat(body).as("the answer shows the record").contains(record.marker());
            } else {
                assertThat(body)
                        .as("the answer must not show a record the caller may not see")
                        .doesNotContain(record.marker());
            }
        }
        checkAudit(endpoint, expected, caller, record, kit.auditSince(mark));
    }

    /**
     * Checks the status and, for refusals, the form of the answer: problem+json for API requests and for any
     * request with a bearer token; the console's error page (not problem+json) for a page requested like a
     * browser, without one.
     */
    private static void checkStatus(
            Endpoint endpoint, Outcome expected, boolean bearer, MockHttpServletResponse response, String body) {
        int status = response.getStatus();
        switch (expected) {
            case ALLOWED -> assertThat(status).as(body).isEqualTo(endpoint.okStatus());
            case HIDDEN ->
                assertThat(status).as(body).isEqualTo(endpoint.kind() == Kind.RECORD ? 404 : endpoint.okStatus());
            case FORBIDDEN -> {
                assertThat(status).as(body).isEqualTo(403);
                if (endpoint.page() && !bearer) {
                    assertThat(String.valueOf(response.getContentType()))
                            .as("a browser's refused page request gets the console's error page")
                            .doesNotStartWith("application/problem+json");
                } else {
                    assertThat(response.getContentType()).startsWith("application/problem+json");
                }
            }
            case UNAUTHENTICATED -> {
                if (endpoint.page()) {
                    assertThat(status).as(body).isEqualTo(302);
                    assertThat(response.getRedirectedUrl()).endsWith("/login");
                } else {
                    assertThat(status).as(body).isEqualTo(401);
                    assertThat(response.getContentType()).startsWith("application/problem+json");
                }
            }
        }
    }

    private static void checkAudit(
            Endpoint endpoint,
            Outcome expected,
            @Nullable TestUser caller,
            @Nullable TestRecord record,
            List<AuditRow> since) {
        String ref = record == null
                ? null
                : record.type() + ":" + record.id() + ":" + (record.ownerState() == null ? "-" : record.ownerState());
        if (ref != null && expected != Outcome.ALLOWED) {
            assertThat(since.stream().filter(e -> caller != null && e.username().equals(caller.username())))
                    .as("no audit entry of this caller lists a record it may not see")
                    .noneMatch(e -> e.records().contains(ref));
        }
        if (endpoint.auditAction() == null) {
            return;
        }
        List<AuditRow> mine = since.stream()
                .filter(e -> e.action().equals(endpoint.auditAction()))
                .filter(e -> caller != null && e.username().equals(caller.username()))
                .toList();
        boolean answered =
                expected == Outcome.ALLOWED || (expected == Outcome.HIDDEN && endpoint.kind() == Kind.COLLECTION);
        if (answered) {
            assertThat(mine)
                    .as("one '" + endpoint.auditAction() + "' audit entry")
                    .hasSize(1);
            if (expected == Outcome.ALLOWED && ref != null) {
                assertThat(mine.get(0).records())
                        .as("the audit entry lists the record with its owner")
                        .contains(ref);
            }
        } else if (expected != Outcome.HIDDEN) {
            assertThat(mine)
                    .as("a refused call leaves no '" + endpoint.auditAction() + "' entry")
                    .isEmpty();
        }
    }

    private static Sharing sharing(Distribution distribution) {
        return Sharing.of(
                Relationship.OWNER_STATE,
                distribution,
                distribution == Distribution.SELECTED_STATES ? List.of(Relationship.RECIPIENT_STATE) : List.of());
    }

    private TestUser user(Relationship relationship, Role role) {
        return users.computeIfAbsent(relationship, r -> new EnumMap<>(Role.class))
                .computeIfAbsent(role, r -> kit.user(relationship.state(), r));
    }
}
