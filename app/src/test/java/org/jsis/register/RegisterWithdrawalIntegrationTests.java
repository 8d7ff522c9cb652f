package org.jsis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deleting a register entity withdraws it: a register keeps its history (the issue: "delisting keeps the
 * history", "never deleted"), so the entity and its parts stay, marked, out of screening, the default search
 * and exports, and visible by id and with the search filter {@code status=WITHDRAWN}; audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityTestKit.class)
class RegisterWithdrawalIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityTestKit kit;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> send(SecurityTestKit.TestUser user, String method, String path, String body)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + user.token())
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String screen(SecurityTestKit.TestUser user, String name) throws Exception {
        HttpResponse<String> r =
                send(user, "POST", "/api/v1/screenings", "{\"name\":\"" + name + "\",\"purpose\":\"BORDER_CHECK\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private String search(SecurityTestKit.TestUser user, String query) throws Exception {
        HttpResponse<String> r = send(user, "GET", "/api/v1/register/entities?purpose=ANALYSIS&" + query, "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void deleteWithdrawsTheEntityKeepsItsHistoryAndHidesItFromScreeningAndDefaultSearch() throws Exception {
        SecurityTestKit.TestUser analyst = kit.user("RUS", Role.ANALYST);
        String name = "Zarina Withdrawnova " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = send(
                analyst,
                "POST",
                "/api/v1/register/entities",
                "{\"kind\":\"PERSON\",\"names\":[{\"name\":\"" + name + "\"}],\"birthDates\":[\"1970\"],"
                        + "\"designations\":[{\"authorityKind\":\"ATC\",\"authority\":\"Anti-Terrorist Committee\","
                        + "\"reference\":\"WD-1\",\"listedOn\":\"2020-01-01\"}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();
        assertThat(screen(analyst, name)).contains(id);

        long mark = kit.auditMark();
        assertThat(send(analyst, "DELETE", "/api/v1/register/entities/" + id, "")
                        .statusCode())
                .isEqualTo(204);

        assertThat(kit.auditSince(mark)).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("register.withdraw");
            assertThat(row.username()).isEqualTo(analyst.username());
        });
        assertThat(screen(analyst, name)).doesNotContain(id);
        assertThat(jdbc.sql("SELECT count(*) FROM register_name WHERE entity_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Integer.class)
                        .single())
                .as("the names are kept")
                .isEqualTo(1);
        assertThat(search(analyst, "q=" + name.replace(" ", "+"))).doesNotContain(id);
        assertThat(search(analyst, "status=LISTED&q=" + name.replace(" ", "+"))).doesNotContain(id);
        assertThat(search(analyst, "status=WITHDRAWN&q=" + name.replace(" ", "+")))
                .contains(id);

        JsonNode view = json.readTree(send(analyst, "GET", "/api/v1/register/entities/" + id + "?purpose=ANALYSIS", "")
                .body());
        assertThat(view.get("withdrawnAt").isNull()).isFalse();
        assertThat(view.get("withdrawnBy").asString()).isEqualTo(analyst.username());
        assertThat(view.get("designations").toString()).contains("WD-1");
        JsonNode otherState = json.readTree(
                send(kit.user("KAZ", Role.ANALYST), "GET", "/api/v1/register/entities/" + id + "?purpose=ANALYSIS", "")
                        .body());
        assertThat(otherState.has("withdrawnAt")).isTrue();
        assertThat(otherState.has("withdrawnBy"))
                .as("who withdrew it is for the owner state only")
                .isFalse();

        HttpResponse<String> export =
                send(analyst, "GET", "/api/v1/register/exports?format=csv&purpose=ANALYSIS&includeDelisted=true", "");
        assertThat(export.body()).doesNotContain(name);

        HttpResponse<String> update = send(
                analyst,
                "PUT",
                "/api/v1/register/entities/" + id,
                "{\"kind\":\"PERSON\",\"names\":[{\"name\":\"" + name + "\"}]}");
        assertThat(update.statusCode()).isEqualTo(400);
        assertThat(update.body()).contains("withdrawn");

        // Restoring: only the owner state's analysts; the entity is back in screening and search, audited.
        HttpResponse<String> foreign =
                send(kit.user("KAZ", Role.ANALYST), "POST", "/api/v1/register/entities/" + id + "/restoration", "");
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
        assertThat(screen(analyst, name)).doesNotContain(id);
        long restoreMark = kit.auditMark();
        HttpResponse<String> restored = send(analyst, "POST", "/api/v1/register/entities/" + id + "/restoration", "");
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        JsonNode back = json.readTree(restored.body());
        assertThat(back.has("withdrawnAt") && !back.get("withdrawnAt").isNull()).isFalse();
        assertThat(back.get("designations").toString()).contains("WD-1");
        assertThat(kit.auditSince(restoreMark)).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("register.restore");
            assertThat(row.username()).isEqualTo(analyst.username());
        });
        assertThat(screen(analyst, name)).contains(id);
        assertThat(search(analyst, "q=" + name.replace(" ", "+"))).contains(id);
        assertThat(search(analyst, "status=WITHDRAWN&q=" + name.replace(" ", "+")))
                .doesNotContain(id);
    }

    @Test
    void rejectsAnUnknownStatusFilterNamingIt() throws Exception {
        HttpResponse<String> r = send(
                kit.user("RUS", Role.ANALYST), "GET", "/api/v1/register/entities?purpose=ANALYSIS&status=GONE", "");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("status").contains("WITHDRAWN");
        assertThat(List.of(r.headers().firstValue("Content-Type").orElse("")))
                .anyMatch(t -> t.contains("problem+json"));
    }
}
