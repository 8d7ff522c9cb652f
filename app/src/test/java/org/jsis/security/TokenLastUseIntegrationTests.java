package org.jsis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jsis.security.test.SecurityTestKit;
import org.jsis.security.test.SecurityTestKit.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A bearer request notes its token's last use, at most once a minute: a use within the minute after the
 * noted one leaves it as it is (and costs no write), a later one moves it to now.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestKit.class)
class TokenLastUseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityTestKit kit;

    @Autowired
    JdbcClient jdbc;

    private OffsetDateTime lastUsed(TestUser user) {
        return jdbc.sql("SELECT last_used_at FROM api_token WHERE user_id = :user")
                .param("user", user.caller().id())
                .query(OffsetDateTime.class)
                .single();
    }

    private void setLastUsed(TestUser user, OffsetDateTime at) {
        jdbc.sql("UPDATE api_token SET last_used_at = :at WHERE user_id = :user")
                .param("at", at)
                .param("user", user.caller().id())
                .update();
        kit.awaitBearerNotifications();
    }

    @Test
    void aUseNotesTheTimeAtMostOnceAMinute() throws Exception {
        TestUser user = kit.user("ARM", Role.ANALYST);
        setLastUsed(user, null);
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        mvc.perform(get("/api/v1/me").with(user.bearer())).andExpect(status().isOk());
        assertThat(lastUsed(user)).as("first use").isAfter(before);

        OffsetDateTime recent =
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        setLastUsed(user, recent);
        mvc.perform(get("/api/v1/me").with(user.bearer())).andExpect(status().isOk());
        assertThat(lastUsed(user).toInstant())
                .as("a use 30 s after the noted one")
                .isEqualTo(recent.toInstant());

        OffsetDateTime old = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(120);
        setLastUsed(user, old);
        OffsetDateTime beforeThird = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        mvc.perform(get("/api/v1/me").with(user.bearer())).andExpect(status().isOk());
        assertThat(lastUsed(user)).as("a use 2 min after the noted one").isAfter(beforeThird);
    }
}
