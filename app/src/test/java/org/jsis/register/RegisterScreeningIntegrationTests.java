package org.jsis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsis.audit.Actor;
import org.jsis.register.internal.RegisterIndex;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityTestKit.class)
class RegisterScreeningIntegrationTests {

    @Autowired
    RegisterImports imports;

    @Autowired
    RegisterDemo demo;

    @Autowired
    RegisterIndex index;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityTestKit kit;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void demoAndUnExcerpt() {
        jdbc.sql("DELETE FROM register_entity").update();
        index.reload(null);
        demo.load();
        imports.importFile(
                ImportRequest.of(ImportFormat.UN_XML, "KAZ", null),
                getClass().getResourceAsStream("/register/un-consolidated-excerpt.xml"),
                ImportProgress.NONE,
                Actor.system("test"));
    }

    private JsonNode screen(SecurityTestKit.TestUser user, String body) throws Exception {
        HttpResponse<String> response = send(user, "POST", "/api/v1/screenings", body, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(
            SecurityTestKit.TestUser user, String method, String path, String body, String type) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + user.token())
                        .header("Content-Type", type)
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> captions(JsonNode answer) {
        return answer.get("hits")
                .valueStream()
                .map(h -> h.get("explanation").asString().isBlank() ? "" : caption(h))
                .toList();
    }

    private static String caption(JsonNode hit) {
        return hit.get("caption").asString();
    }

    @Test
    void findsTheImuFromARussianRomanisationWithAReadableExplanationAndDesignations() throws Exception {
        JsonNode answer = screen(
                kit.user("UZB", Role.OFFICER),
                "{\"name\":\"Islamskoye dvizheniye Uzbekistana\",\"purpose\":\"BORDER_CHECK\"}");
        JsonNode first = answer.get("hits").get(0);
        assertThat(caption(first)).isEqualTo("Islamic Movement of Uzbekistan");
        assertThat(first.get("matchedName").asString()).isEqualTo("Исламское движение Узбекистана");
        assertThat(first.get("explanation").asString()).contains("matched");
        assertThat(first.get("designations").toString()).contains("QDe.010");
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void findsATalibanLeaderFromACyrillicSpelling() throws Exception {
        JsonNode answer = screen(
                kit.user("KAZ", Role.ANALYST),
                "{\"name\":\"Мохаммад Хасан Ахунд\",\"kind\":\"PERSON\",\"purpose\":\"INVESTIGATION\"}");
        assertThat(captions(answer)).first().isEqualTo("MOHAMMAD HASSAN AKHUND");
        assertThat(answer.get("hits").get(0).get("designations").toString()).contains("TAi.002");
    }

    @Test
    void screensOnlyWhatTheCallerMaySeeAndAuditsIt() throws Exception {
        jdbc.sql("UPDATE register_entity SET distribution = 'OWNER_ONLY' WHERE source_ref = 'demo-imu'")
                .update();
        index.reload(null);
        String body = "{\"name\":\"Исламское движение Узбекистана\",\"purpose\":\"ANALYSIS\"}";
        assertThat(captions(screen(kit.user("RUS", Role.ANALYST), body))).contains("Islamic Movement of Uzbekistan");
        long mark = kit.auditMark();
        SecurityTestKit.TestUser uzbek = kit.user("UZB", Role.ANALYST);
        assertThat(captions(screen(uzbek, body))).doesNotContain("Islamic Movement of Uzbekistan");
        assertThat(captions(screen(kit.user(null, Role.SECRETARIAT), body)))
                .doesNotContain("Islamic Movement of Uzbekistan");
        List<SecurityTestKit.AuditRow> audit = kit.auditSince(mark);
        assertThat(audit).first().satisfies(row -> {
            assertThat(row.action()).isEqualTo("register.screening");
            assertThat(row.purpose()).isEqualTo("ANALYSIS");
            assertThat(row.username()).isEqualTo(uzbek.username());
            assertThat(row.queryTerms()).contains("Исламское движение Узбекистана");
        });
    }

    @Test
    void aSuspendedStateScreensNothing() throws Exception {
        SecurityTestKit.TestUser tajik = kit.user("TJK", Role.OFFICER);
        try (AutoCloseable suspension = kit.suspend("TJK")) {
            HttpResponse<String> response = send(
                    tajik,
                    "POST",
                    "/api/v1/screenings",
                    "{\"name\":\"Taliban\",\"purpose\":\"BORDER_CHECK\"}",
                    "application/json");
            assertThat(response.body()).doesNotContain("Taliban\"");
        }
    }

    @Test
    void rejectsAMissingPurposeAndABadBirthDateNamingTheField() throws Exception {
        SecurityTestKit.TestUser officer = kit.user("ARM", Role.OFFICER);
        HttpResponse<String> noPurpose =
                send(officer, "POST", "/api/v1/screenings", "{\"name\":\"Taliban\"}", "application/json");
        assertThat(noPurpose.statusCode()).isEqualTo(400);
        assertThat(noPurpose.body()).contains("purpose");
        HttpResponse<String> badDate = send(
                officer,
                "POST",
                "/api/v1/screenings",
                "{\"name\":\"Taliban\",\"birthDate\":\"12.03.1970\",\"purpose\":\"BORDER_CHECK\"}",
                "application/json");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"name\":\"birthDate\"");
        HttpResponse<String> admin = send(
                kit.user(null, Role.ADMIN),
                "POST",
                "/api/v1/screenings",
                "{\"name\":\"Taliban\",\"purpose\":\"BORDER_CHECK\"}",
                "application/json");
        assertThat(admin.statusCode()).isEqualTo(403);
    }

    @Test
    void aChangeIsScreenableWithinOneSecond() throws Exception {
        SecurityTestKit.TestUser analyst = kit.user("KGZ", Role.ANALYST);
        HttpResponse<String> created = send(
                analyst,
                "POST",
                "/api/v1/register/entities",
                "{\"kind\":\"PERSON\",\"names\":[{\"name\":\"Zarina Testbekova\"},{\"name\":\"Зарина Тестбекова\",\"type\":\"ALIAS\",\"lang\":\"ru\"}],"
                        + "\"birthDates\":[\"1984\"],\"topics\":[\"WANTED\"],\"distribution\":\"ALL_MEMBERS\"}",
                "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();
        String query = "{\"name\":\"Zarina Testbekova\",\"purpose\":\"BORDER_CHECK\"}";
        assertThat(screenableWithin(analyst, query, id, 1000)).isTrue();

        HttpResponse<String> renamed = send(
                analyst,
                "PUT",
                "/api/v1/register/entities/" + id,
                "{\"kind\":\"PERSON\",\"names\":[{\"name\":\"Gulnara Renamedova\"}]}",
                "application/json");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(screenableWithin(
                        analyst, "{\"name\":\"Gulnara Renamedova\",\"purpose\":\"BORDER_CHECK\"}", id, 1000))
                .isTrue();
        assertThat(screen(analyst, query).toString()).doesNotContain(id);

        assertThat(send(analyst, "DELETE", "/api/v1/register/entities/" + id, "", "application/json")
                        .statusCode())
                .isEqualTo(204);
        assertThat(screen(analyst, "{\"name\":\"Gulnara Renamedova\",\"purpose\":\"BORDER_CHECK\"}")
                        .toString())
                .doesNotContain(id);
    }

    private boolean screenableWithin(SecurityTestKit.TestUser user, String query, String id, long millis)
            throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        do {
            if (screen(user, query).toString().contains(id)) {
                return true;
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < deadline);
        return false;
    }

    @Test
    void screensAPassengerListAsTheCommandLineDoes() throws Exception {
        String csv =
                "id,name,birth_date,nationality\np1,Мохаммад Хасан Ахунд,,\np2,Anna Nobody,1990-01-01,KZ\np3,Эмират Кавказ,,\n";
        HttpResponse<String> response = send(
                kit.user("RUS", Role.OFFICER),
                "POST",
                "/api/v1/screenings/batch?purpose=BORDER_CHECK",
                csv,
                "text/csv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("input_id,list_id,score,explanation");
        assertThat(lines).anyMatch(l -> l.startsWith("p3,"));
        assertThat(lines).noneMatch(l -> l.startsWith("p2,"));
        HttpResponse<String> broken = send(
                kit.user("RUS", Role.OFFICER),
                "POST",
                "/api/v1/screenings/batch?purpose=BORDER_CHECK",
                "id,name,kind\nq1,X,vessel\n",
                "text/csv");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("\"line\":2");
    }

    static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
