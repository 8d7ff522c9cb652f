package org.jsis.security.test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.jsis.security.internal.ApiTokens;
import org.jsis.security.internal.BearerCache;
import org.jsis.security.internal.Tokens;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test kit for every module's security tests, on the real PostgreSQL of the test context: users of any
 * state and role with API tokens, logging a MockMvc session in through the real login form, suspending a
 * state for the duration of a test, and reading the audit entries a request left.
 *
 * <p>Use it with {@code @Import(SecurityTestKit.class)} on a {@code @SpringBootTest
 * @AutoConfigureMockMvc} test; for the table-driven authorisation test see {@link AuthorizationTable}.
 *
 * {@snippet :
 * @Autowired SecurityTestKit kit;
 * TestUser analyst = kit.user("ARM", Role.ANALYST);
 * mvc.perform(get("/api/v1/register/entries/1").with(analyst.bearer())).andExpect(status().isOk());
 * }
 *
 * Users are created fresh for each call (unique usernames), in a test agency per state ({@code TEST-ARM},
 * ..., {@code TEST-SECRETARIAT}) inserted idempotently, so tests never depend on seeded agencies.
 */
@TestComponent
public class SecurityTestKit {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final ObjectProvider<BearerCache> bearerCache;
    private final Map<String, Long> agencies = new ConcurrentHashMap<>();

    public SecurityTestKit(
            JdbcClient jdbc, ApiTokens tokens, PasswordEncoder encoder, ObjectProvider<BearerCache> bearerCache) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.encoder = encoder;
        this.bearerCache = bearerCache;
    }

    /**
     * Waits (at most 5 s, else fails) until this process's cache of verified bearer tokens has received the
     * notifications of every change committed so far: call it after changing tokens, users, roles, agencies or
     * membership periods in SQL, before a request that must see the change (a change through JSIS's own services
     * takes effect on this node at its commit without it).
     */
    public void awaitBearerNotifications() {
        BearerCache cache = bearerCache.getIfAvailable();
        if (cache == null) {
            return;
        }
        try {
            if (!cache.awaitNotifications(Duration.ofSeconds(5))) {
                throw new AssertionError("the bearer token cache did not receive its notifications within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the bearer token cache", e);
        }
    }

    /** A user of the kit, with a valid API token. */
    public record TestUser(Caller caller, String token) {

        /** Adds {@code Authorization: Bearer <token>} to a MockMvc request. */
        public RequestPostProcessor bearer() {
            return request -> {
                request.addHeader("Authorization", "Bearer " + token);
                return request;
            };
        }

        public String username() {
            return caller.username();
        }

        public long id() {
            return caller.id();
        }
    }

    /**
     * Creates a user of {@code state} ({@code null}: the Secretariat) with the roles, and an API token
     * valid for a day.
     */
    public TestUser user(@Nullable String state, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        String agency = agencyCode(state);
        long agencyId = agencies.computeIfAbsent(agency, code -> ensureAgency(code, state));
        String username = ("t" + SEQUENCE.incrementAndGet() + "-" + (state == null ? "sec" : state) + "-"
                        + (set.isEmpty() ? "none" : set.iterator().next().name()) + "-" + System.nanoTime() % 100000)
                .toLowerCase();
        long id = jdbc.sql("INSERT INTO app_user (username, agency_id) VALUES (:u, :a) RETURNING id")
                .param("u", username)
                .param("a", agencyId)
                .query(Long.class)
                .single();
        for (Role role : set) {
            jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
        String token = Tokens.generate();
        tokens.issue(id, "test kit", token, Duration.ofDays(1), null);
        return new TestUser(new Caller(id, username, state, agency, set), token);
    }

    /** Issues one more API token to the user and returns its id. */
    public long issueToken(TestUser user) {
        return tokens.issue(user.id(), "test kit extra", Tokens.generate(), Duration.ofDays(1), null)
                .id();
    }

    /** The agency code the kit uses for a state's users. */
    public static String agencyCode(@Nullable String state) {
        return "TEST-" + (state == null ? "SECRETARIAT" : state);
    }

    /** The id of the kit's agency for a state, creating it when needed. */
    public long agencyId(@Nullable String state) {
        return agencies.computeIfAbsent(agencyCode(state), code -> ensureAgency(code, state));
    }

    private long ensureAgency(String code, @Nullable String state) {
        return jdbc.sql("""
                        INSERT INTO agency (code, state_code, kind, name_en, name_ru)
                        VALUES (:code, :state, :kind, :code, :code)
                        ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code
                        RETURNING id
                        """)
                .param("code", code)
                .param("state", state)
                .param("kind", state == null ? "SECRETARIAT" : "INTERIOR")
                .query(Long.class)
                .single();
    }

    /** Gives the user a password (bcrypt) and returns it. */
    public String setPassword(TestUser user) {
        String password = "pw-" + Tokens.generate();
        jdbc.sql("UPDATE app_user SET password_hash = :h WHERE id = :id")
                .param("h", encoder.encode(password))
                .param("id", user.id())
                .update();
        return password;
    }

    /** Logs the user in through the real login form (with its CSRF token) and returns the session. */
    public MockHttpSession login(MockMvc mvc, TestUser user) throws Exception {
        String password = setPassword(user);
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(
                        MockMvcRequestBuilders.post("/login")
                                .session(session)
                                .param("username", user.username())
                                .param("password", password)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("error")) {
            throw new IllegalStateException("login of " + user.username() + " failed: " + location);
        }
        return (MockHttpSession) result.getRequest().getSession();
    }

    /**
     * Suspends {@code state} from yesterday until the returned handle is closed (use try-with-resources;
     * the period is deleted again, so other tests see the state as a member).
     */
    public AutoCloseable suspend(String state) {
        long id = jdbc.sql("""
                        INSERT INTO membership_period (state_code, status, valid_from, note)
                        VALUES (:state, 'SUSPENDED', :from, 'test kit suspension') RETURNING id
                        """)
                .param("state", state)
                .param("from", LocalDate.now().minusDays(1))
                .query(Long.class)
                .single();
        awaitBearerNotifications();
        return () -> {
            jdbc.sql("DELETE FROM membership_period WHERE id = :id")
                    .param("id", id)
                    .update();
            awaitBearerNotifications();
        };
    }

    /** One audit entry as the tests read it. */
    public record AuditRow(
            long seq,
            String username,
            @Nullable String state,
            String action,
            @Nullable String purpose,
            @Nullable String queryTerms,
            List<String> records) {}

    /** The sequence number of the newest audit entry: pass it to {@link #auditSince(long)}. */
    public long auditMark() {
        return jdbc.sql("SELECT last_seq FROM audit_chain_head")
                .query(Long.class)
                .single();
    }

    /** The entries appended after the mark, oldest first; records as {@code type:id:owner}. */
    public List<AuditRow> auditSince(long mark) {
        List<AuditRow> rows = new ArrayList<>();
        jdbc.sql("""
                        SELECT e.seq, e.username, e.state_code, e.action, e.purpose, e.query_terms,
                               ARRAY(SELECT r.record_type || ':' || r.record_id || ':' || coalesce(r.owner_state, '-')
                                     FROM audit_record_all r WHERE r.entry_seq = e.seq ORDER BY r.position) AS records
                        FROM audit_entry e WHERE e.seq > :mark ORDER BY e.seq
                        """)
                .param("mark", mark)
                .query((rs, n) -> new AuditRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        List.of((String[]) rs.getArray(7).getArray())))
                .list()
                .forEach(rows::add);
        return rows;
    }
}
