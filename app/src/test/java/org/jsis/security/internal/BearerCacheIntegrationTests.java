package org.jsis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.jsis.security.test.SecurityTestKit.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cache of verified bearer tokens ({@link BearerCache}): requests are answered from it, and a change of the
 * token, its user, roles or membership is seen once its notification has arrived (the other tests that change
 * these in SQL wait for that with {@link SecurityTestKit#awaitBearerNotifications()}; a change through JSIS's own
 * services takes effect at its commit, {@code AuthenticationIntegrationTests.tokenCreatedShownOnceUsableThenRevoked}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestKit.class)
class BearerCacheIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityTestKit kit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BearerCache cache;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TransactionTemplate transactions;

    private static String key(TestUser user) {
        return BearerCache.key(Tokens.sha256(user.token()));
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!cache.listening() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(cache.listening()).as("the cache's listener is connected").isTrue();
    }

    /**
     * Two requests of the token: the first one's note of the token's use ({@code last_used_at}, at most once a
     * minute) is a change of the token, whose notification forgets it; the second one is kept.
     */
    private void use(TestUser user) throws Exception {
        mvc.perform(get("/api/v1/me").with(user.bearer())).andExpect(status().isOk());
        kit.awaitBearerNotifications();
        mvc.perform(get("/api/v1/me").with(user.bearer())).andExpect(status().isOk());
    }

    /** Revokes in SQL with the triggers off for this transaction only (replica role): no notification is sent. */
    private void revokeUnnoticed(TestUser user) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE user_id = :id")
                    .param("id", user.id())
                    .update();
        });
    }

    @Test
    void aKnownTokenIsAnsweredFromTheCacheUntilAChangeIsNotified() throws Exception {
        awaitListening();
        TestUser officer = kit.user("KAZ", Role.OFFICER);
        use(officer);
        assertThat(cache.get(key(officer), LocalDate.now()))
                .as("kept after the first request")
                .isPresent();

        revokeUnnoticed(officer);
        kit.awaitBearerNotifications();
        // Answered from the cache: the revocation was not notified.
        mvc.perform(get("/api/v1/me").with(officer.bearer())).andExpect(status().isOk());

        // The same revocation, notified: refused from then on.
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE user_id = :id")
                .param("id", officer.id())
                .update();
        kit.awaitBearerNotifications();
        assertThat(cache.get(key(officer), LocalDate.now())).isEmpty();
        mvc.perform(get("/api/v1/me").with(officer.bearer()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("revoked")));
    }

    @Test
    void aChangeOfTheUserForgetsEveryTokenOfTheUserAndOnlyThose() throws Exception {
        awaitListening();
        TestUser officer = kit.user("KGZ", Role.OFFICER);
        TestUser other = kit.user("KGZ", Role.OFFICER);
        use(officer);
        use(other);
        jdbc.sql("UPDATE app_user SET display_name = 'renamed' WHERE id = :id")
                .param("id", officer.id())
                .update();
        kit.awaitBearerNotifications();
        assertThat(cache.get(key(officer), LocalDate.now())).isEmpty();
        assertThat(cache.get(key(other), LocalDate.now())).isPresent();
    }

    @Test
    void aMembershipChangeForgetsEverything() throws Exception {
        awaitListening();
        TestUser officer = kit.user("TJK", Role.OFFICER);
        use(officer);
        assertThat(cache.get(key(officer), LocalDate.now())).isPresent();
        try (AutoCloseable suspension = kit.suspend("TJK")) {
            assertThat(cache.get(key(officer), LocalDate.now())).isEmpty();
            mvc.perform(get("/api/v1/me").with(officer.bearer())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/me").with(officer.bearer())).andExpect(status().isOk());
    }

    @Test
    void aReadThatANotificationOvertookIsNotKept() throws Exception {
        awaitListening();
        TestUser officer = kit.user("ARM", Role.OFFICER);
        LocalDate today = LocalDate.now();
        long generation = cache.generation();
        ApiTokens.Bearer read = tokens.authenticate(officer.token(), today).orElseThrow();
        cache.forgetUser(officer.id()); // as a notification arriving while the request read the database
        cache.put(key(officer), read, generation);
        assertThat(cache.get(key(officer), today)).isEmpty();

        cache.put(key(officer), read, cache.generation());
        assertThat(cache.get(key(officer), today)).isPresent();
        assertThat(cache.get(key(officer), today.plusDays(1)))
                .as("the membership was read for another day")
                .isEmpty();
    }

    @Test
    void insideATransactionTheCacheIsNotUsed() throws Exception {
        awaitListening();
        TestUser officer = kit.user("UZB", Role.OFFICER);
        use(officer);
        assertThat(cache.get(key(officer), LocalDate.now())).isPresent();
        transactions.executeWithoutResult(
                status -> assertThat(cache.get(key(officer), LocalDate.now())).isEmpty());
    }

    @Test
    void withoutItsListenerTheCacheIsEmptiedAndNotUsedUntilItListensAgain() throws Exception {
        awaitListening();
        TestUser officer = kit.user("BLR", Role.OFFICER);
        use(officer);
        assertThat(cache.size()).isPositive();

        jdbc.sql("""
                        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                        WHERE query = 'LISTEN jsis_bearer' AND pid <> pg_backend_pid()
                        """).query().listOfRows();
        boolean stopped = false;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!stopped && System.nanoTime() < deadline) {
            stopped = !cache.listening();
            Thread.sleep(1);
        }
        assertThat(stopped)
                .as("the listener noticed its connection's end within 5 s")
                .isTrue();
        // Emptied when the listener stopped (and again when it listens anew): a change made while nobody listened
        // is read from the database.
        assertThat(cache.get(key(officer), LocalDate.now())).isEmpty();
        revokeUnnoticed(officer);
        mvc.perform(get("/api/v1/me").with(officer.bearer()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("revoked")));
        awaitListening();
    }
}
