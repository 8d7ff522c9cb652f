package org.jsis.security.test;

import java.util.List;

/**
 * A module's table of endpoints for the table-driven authorisation test. Every endpoint the application
 * maps must appear in some table: {@code EndpointCoverageIntegrationTests} finds every implementation of
 * this interface in the test sources (it needs a public no-argument constructor) and fails, naming the
 * endpoint, when one is missing.
 *
 * <h2>How a module adds its endpoints</h2>
 *
 * <ol>
 *   <li>Write a test class in your module, e.g. {@code RegisterAuthorizationIntegrationTests implements
 *       AuthorizationTable}, annotated {@code @SpringBootTest @AutoConfigureMockMvc
 *       @Import(SecurityTestKit.class)}.
 *   <li>In {@link #endpoints()}, describe each endpoint once: its method and path pattern exactly as
 *       mapped, who may call it, how it relates to a record, how to create such a record with a given
 *       {@link org.jsis.security.Sharing} (owner {@code ARM}; {@code SELECTED_STATES} shares with {@code
 *       BLR}), how to build the request, the status of a successful call and the audit action it leaves:
 *       {@snippet :
 *       Endpoint.of("GET", "/api/v1/register/entries/{id}")
 *               .roles(Role.ANALYST, Role.OFFICER)
 *               .record(Kind.RECORD, sharing -> fixtures.entryOwnedBy(sharing))   // returns a TestRecord
 *               .request(call -> get("/api/v1/register/entries/{id}", call.recordId())
 *                       .param("purpose", "INVESTIGATION"))
 *               .audited("register.view");
 *       }
 *       The fixture runs inside the test context: build it from beans your test class has autowired (the
 *       table's {@code endpoints()} is called on the Spring-managed test instance when cases run, and on a
 *       plain instance for the coverage check, which reads only method and pattern).
 *   <li>Run the cases with a {@code @TestFactory}:
 *       {@snippet :
 *       @TestFactory
 *       Stream<DynamicTest> authorisation() {
 *           return new AuthorizationHarness(kit, mvc).cases(endpoints());
 *       }
 *       }
 * </ol>
 *
 * Each endpoint is tried by an anonymous caller and by a user of every role allowed for each {@link
 * Relationship} (owner, recipient, outsider, suspended member, Secretariat), against a record of every
 * {@link org.jsis.security.Distribution}; the expected outcome comes from {@link
 * Endpoint#standardOutcome} (or the endpoint's own {@link Endpoint.Rule}), and the harness checks the
 * status, that the record's marker appears in the answer only when it may be seen, and the audit entry.
 */
public interface AuthorizationTable {

    List<Endpoint> endpoints();
}
