package org.jsis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsis.security.test.SecurityTestKit;
import org.jsis.security.test.SecurityTestKit.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestKit.class)
class AuthenticationIntegrationTests {

    static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdefghijklmnopqrstuvwxyz";

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityTestKit kit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void apiWhenAnonymousThenProblem401() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
    }

    @Test
    void pageWhenAnonymousThenRedirectToLogin() throws Exception {
        mvc.perform(get("/some/console/page"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void publicEndpointsWhenAnonymousThenAnswered() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    @Test
    void controlCharacterInAReadHeaderIsRejectedByTheFirewall() throws Exception {
        // the firewall checks a header when the request's handling reads it; the bearer filter reads this one
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + ADMIN_TOKEN + "\u0007"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + ADMIN_TOKEN))
                .andExpect(status().isOk());
    }

    @Test
    void malformedOrUnknownTokenThenProblem401NamingAuthorization() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer short"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("malformed bearer token")))
                .andExpect(jsonPath("$.parameter").value("Authorization"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Basic YWRtaW46YWRtaW4="))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("Bearer <token>")));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer jsis_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("unknown API token"));
    }

    @Test
    void firstStartCreatedAdministratorWithConfiguredToken() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + ADMIN_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("admin"))
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"))
                .andExpect(jsonPath("$.state").doesNotExist());
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'")
                .query(String.class)
                .optional()
                .orElse(null);
        assertThat(hash).as("no default password").isNull();
    }

    @Test
    void tokenCreatedShownOnceUsableThenRevoked() throws Exception {
        TestUser analyst = kit.user("ARM", Role.ANALYST);
        MvcResult created = mvc.perform(post("/api/v1/me/tokens")
                        .with(analyst.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"border system\",\"validDays\":30}"))
                .andExpect(status().isCreated())
                .andReturn();
        JsonNode body = json.readTree(created.getResponse().getContentAsString());
        String token = body.get("token").asString();
        long id = body.get("id").asLong();
        assertThat(token).startsWith("jsis_").hasSize(48);
        byte[] stored = jdbc.sql("SELECT token_sha256 FROM api_token WHERE id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
        assertThat(stored).hasSize(32).isNotEqualTo(token.getBytes());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ARM"));
        mvc.perform(get("/api/v1/me/tokens").with(analyst.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].name").value("border system"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));

        mvc.perform(delete("/api/v1/me/tokens/{id}", id).with(analyst.bearer())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("revoked")));
    }

    @Test
    void tokenRequestWithBadValidityThen400NamingField() throws Exception {
        TestUser analyst = kit.user("ARM", Role.ANALYST);
        mvc.perform(post("/api/v1/me/tokens")
                        .with(analyst.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"validDays\":5000}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].name").value("validDays"));
    }

    @Test
    void expiredTokenThen401() throws Exception {
        TestUser analyst = kit.user("BLR", Role.ANALYST);
        jdbc.sql(
                        "UPDATE api_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' WHERE user_id = :id")
                .param("id", analyst.id())
                .update();
        kit.awaitBearerNotifications();
        mvc.perform(get("/api/v1/me").with(analyst.bearer()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("expired")));
    }

    /**
     * The token, its user and the state's membership are read in one query, and kept by the cache of verified
     * tokens only until a change of them is notified: disabling the user, changing the user's roles, or
     * suspending the state in SQL takes effect on the first request after the change's notification has reached
     * this process (awaited here; each request before it was answered from the cache), and undoing it does too.
     */
    @Test
    void disablingTheUserOrChangingRolesTakesEffectOnTheNextBearerRequest() throws Exception {
        TestUser officer = kit.user("KAZ", Role.OFFICER);
        TestUser auditor = kit.user("KAZ", Role.AUDITOR);
        mvc.perform(get("/api/v1/me").with(officer.bearer())).andExpect(status().isOk());
        jdbc.sql("UPDATE app_user SET enabled = false WHERE id = :id")
                .param("id", officer.id())
                .update();
        kit.awaitBearerNotifications();
        mvc.perform(get("/api/v1/me").with(officer.bearer()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("disabled")));
        jdbc.sql("UPDATE app_user SET enabled = true WHERE id = :id")
                .param("id", officer.id())
                .update();
        kit.awaitBearerNotifications();
        mvc.perform(get("/api/v1/me").with(officer.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("OFFICER"));

        mvc.perform(get("/api/v1/audit/entries").with(auditor.bearer())).andExpect(status().isOk());
        jdbc.sql("DELETE FROM app_user_role WHERE user_id = :id")
                .param("id", auditor.id())
                .update();
        kit.awaitBearerNotifications();
        mvc.perform(get("/api/v1/audit/entries").with(auditor.bearer())).andExpect(status().isForbidden());

        try (AutoCloseable suspension = kit.suspend("KAZ")) {
            mvc.perform(get("/api/v1/me").with(officer.bearer()))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.membership").value("SUSPENDED"));
        }
        mvc.perform(get("/api/v1/me").with(officer.bearer())).andExpect(status().isOk());
    }

    @Test
    void bearerRequestsAreStatelessAndNeedNoCsrf() throws Exception {
        TestUser analyst = kit.user("ARM", Role.ANALYST);
        MvcResult result = mvc.perform(post("/api/v1/me/tokens")
                        .with(analyst.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"no csrf\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void formLoginThenSessionWorksAndFormsNeedCsrf() throws Exception {
        TestUser analyst = kit.user("KAZ", Role.ANALYST);
        MockHttpSession session = kit.login(mvc, analyst);
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(analyst.username()));
        // A session-authenticated change without the CSRF token is refused.
        mvc.perform(post("/api/v1/me/tokens")
                        .session(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/me/tokens")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void pageWhenRoleMissingThenErrorPageNotProblemJson() throws Exception {
        MockHttpSession session = kit.login(mvc, kit.user("KAZ", Role.ANALYST));
        MvcResult result = mvc.perform(get("/audit").session(session))
                .andExpect(status().isForbidden())
                .andReturn();
        assertThat(result.getResponse().getContentType())
                .as("a browser gets the console's error page (sendError), not the API's problem+json")
                .isNull();
        // The same page with a bearer token is an API-style request: problem+json.
        mvc.perform(get("/audit").with(kit.user("KAZ", Role.ANALYST).bearer()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        TestUser analyst = kit.user("KAZ", Role.ANALYST);
        String password = kit.setPassword(analyst);
        mvc.perform(post("/login").param("username", analyst.username()).param("password", password))
                .andExpect(status().isForbidden());
    }

    @Test
    void repeatedFailedLoginsLockTheAccount() throws Exception {
        TestUser analyst = kit.user("KGZ", Role.ANALYST);
        String password = kit.setPassword(analyst);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login")
                            .param("username", analyst.username())
                            .param("password", "wrong-" + i)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        // Even the right password is refused while locked.
        mvc.perform(post("/login")
                        .param("username", analyst.username())
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error=locked"));
        jdbc.sql("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE id = :id")
                .param("id", analyst.id())
                .update();
        mvc.perform(post("/login")
                        .param("username", analyst.username())
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void passwordSetThroughApiWithTokenThenLoginWorks() throws Exception {
        TestUser analyst = kit.user("TJK", Role.ANALYST);
        mvc.perform(put("/api/v1/me/password")
                        .with(analyst.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPassword\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].name").value("newPassword"));
        mvc.perform(put("/api/v1/me/password")
                        .with(analyst.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPassword\":\"correct horse battery staple\"}"))
                .andExpect(status().isNoContent());
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id")
                .param("id", analyst.id())
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}");
        mvc.perform(post("/login")
                        .param("username", analyst.username())
                        .param("password", "correct horse battery staple")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        // Changing it again needs the current password.
        mvc.perform(put("/api/v1/me/password")
                        .with(analyst.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPassword\":\"another long password\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].name").value("currentPassword"));
    }

    @Test
    void userOfSuspendedStateIsRefused() throws Exception {
        TestUser officer = kit.user("UZB", Role.OFFICER);
        mvc.perform(get("/api/v1/me").with(officer.bearer())).andExpect(status().isOk());
        try (AutoCloseable suspension = kit.suspend("UZB")) {
            mvc.perform(get("/api/v1/me").with(officer.bearer()))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.membership").value("SUSPENDED"));
        }
        mvc.perform(get("/api/v1/me").with(officer.bearer())).andExpect(status().isOk());
    }
}
