package org.jsis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsis.audit.Actor;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityTestKit.class)
class RegisterImportIntegrationTests {

    @Autowired
    RegisterImports imports;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Autowired
    SecurityTestKit kit;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void emptyRegister() {
        jdbc.sql("DELETE FROM register_entity").update();
    }

    static String excerpt() throws IOException {
        try (InputStream in =
                RegisterImportIntegrationTests.class.getResourceAsStream("/register/un-consolidated-excerpt.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ImportResult importUn(String xml) {
        return imports.importFile(
                ImportRequest.of(ImportFormat.UN_XML, "KAZ", null),
                stream(xml),
                ImportProgress.NONE,
                Actor.system("test"));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void reimportIsIdempotentUpdatesChangesAndDelistsWithoutDeleting() throws IOException {
        String xml = excerpt();
        ImportResult first = importUn(xml);
        assertThat(first.created()).isEqualTo(9);
        assertThat(count("SELECT count(*) FROM register_name")).isGreaterThan(20);
        assertThat(count("SELECT count(*) FROM register_relationship WHERE predicate = 'ASSOCIATED_WITH'"))
                .isPositive();

        ImportResult again = importUn(xml);
        assertThat(again)
                .extracting(
                        ImportResult::created, ImportResult::updated, ImportResult::unchanged, ImportResult::delisted)
                .containsExactly(0, 0, 9, 0);

        // QDe.131 disappears from the list, TAi.002 gets a new alias
        String changed = xml.replaceFirst(
                        "(?s)    <ENTITY>\\s*<DATAID>[^<]*</DATAID>\\s*<VERSIONNUM>1</VERSIONNUM>\\s*<FIRST_NAME>EMARAT KAVKAZ.*?</ENTITY>\n",
                        "")
                .replace(
                        "<NAME_ORIGINAL_SCRIPT>محمد حسن آخوند</NAME_ORIGINAL_SCRIPT>",
                        "<NAME_ORIGINAL_SCRIPT>محمد حسن آخوند</NAME_ORIGINAL_SCRIPT>\n<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Mullah Hasan</ALIAS_NAME></INDIVIDUAL_ALIAS>");
        assertThat(changed).doesNotContain("EMARAT KAVKAZ").contains("Mullah Hasan");
        ImportResult third = importUn(changed);
        assertThat(third)
                .extracting(
                        ImportResult::created, ImportResult::updated, ImportResult::unchanged, ImportResult::delisted)
                .containsExactly(0, 1, 7, 1);
        assertThat(jdbc.sql("SELECT status FROM register_entity WHERE source_ref = 'QDe.131'")
                        .query(String.class)
                        .single())
                .isEqualTo("DELISTED");
        assertThat(jdbc.sql(
                                "SELECT delisted_on FROM register_designation d JOIN register_entity e ON e.id = d.entity_id WHERE e.source_ref = 'QDe.131'")
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(
                        count(
                                "SELECT count(*) FROM register_name n JOIN register_entity e ON e.id = n.entity_id WHERE e.source_ref = 'TAi.002' AND n.name = 'Mullah Hasan'"))
                .isEqualTo(1);

        // listed again: the entity returns and its designation history shows both periods
        ImportResult fourth = importUn(xml);
        assertThat(fourth.updated()).isEqualTo(2);
        assertThat(
                        count(
                                "SELECT count(*) FROM register_designation d JOIN register_entity e ON e.id = d.entity_id WHERE e.source_ref = 'QDe.131'"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM register_entity WHERE status = 'LISTED'"))
                .isEqualTo(9);
    }

    @Test
    void aBrokenFileWritesNothing() throws IOException {
        importUn(excerpt());
        int names = count("SELECT count(*) FROM register_name");
        String broken = excerpt()
                .replace("<LISTED_ON>2001-10-06</LISTED_ON>", "<LISTED_ON>6 Oct 2001</LISTED_ON>")
                .replace(
                        "<FIRST_NAME>ISLAMIC MOVEMENT OF UZBEKISTAN</FIRST_NAME>",
                        "<FIRST_NAME>IMU RENAMED</FIRST_NAME>");
        assertThatThrownBy(() -> importUn(broken))
                .isInstanceOfSatisfying(
                        ImportFormatException.class,
                        e -> assertThat(e.problem()).contains("LISTED_ON"));
        assertThat(count("SELECT count(*) FROM register_name")).isEqualTo(names);
        assertThat(count("SELECT count(*) FROM register_name WHERE name = 'IMU RENAMED'"))
                .isZero();
    }

    @Test
    void importsOverHttpAndAnswersCounts() throws Exception {
        HttpResponse<String> response = post(
                kit.user("UZB", Role.ANALYST), "/api/v1/register/imports?format=un-xml", excerpt(), "application/xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"created\":9")
                .contains("\"delisted\":0")
                .contains("\"ownerState\":\"UZB\"");
    }

    @Test
    void answersABrokenFileWithProblemJsonNamingThePosition() throws Exception {
        HttpResponse<String> response = post(
                kit.user("KAZ", Role.ANALYST),
                "/api/v1/register/imports?format=ftm",
                "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n{\"id\":",
                "application/x-ndjson");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(response.body()).contains("\"line\":2").contains("\"format\":\"ftm\"");
    }

    @Test
    void answersAnUnknownFormatWithProblemJsonNamingTheParameter() throws Exception {
        HttpResponse<String> response = post(
                kit.user("KAZ", Role.ANALYST), "/api/v1/register/imports?format=xlsx", "x", "application/octet-stream");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"name\":\"format\"").contains("un-xml|ftm|csv");
    }

    @Test
    void onlyAnalystsOfAStateImport() throws Exception {
        HttpResponse<String> response = post(
                kit.user("UZB", Role.OFFICER), "/api/v1/register/imports?format=un-xml", excerpt(), "application/xml");
        assertThat(response.statusCode()).isEqualTo(403);
        HttpResponse<String> secretariat = post(
                kit.user(null, Role.SECRETARIAT),
                "/api/v1/register/imports?format=un-xml",
                excerpt(),
                "application/xml");
        assertThat(secretariat.statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/register/imports?format=un-xml"))
                        .POST(HttpRequest.BodyPublishers.ofString(excerpt()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(401, 403);
        assertThat(count("SELECT count(*) FROM register_entity")).isZero();
    }

    @Test
    void importsFollowTheMoneyAndResolvesLinks() {
        ImportResult result = imports.importFile(
                ImportRequest.of(ImportFormat.FTM, "TJK", null),
                getClass().getResourceAsStream("/register/sample.ftm.jsonl"),
                ImportProgress.NONE,
                Actor.system("test"));
        assertThat(result.created()).isEqualTo(4);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM register_designation WHERE authority_kind = 'OTHER'"))
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT s.source_ref || ' ' || r.predicate || ' ' || o.source_ref FROM register_relationship r
                          JOIN register_entity s ON s.id = r.subject_id JOIN register_entity o ON o.id = r.object_id ORDER BY 1
                        """).query(String.class).list())
                .containsExactly(
                        "t-org-2 SUCCESSOR_OF t-org-1", "t-person-1 MEMBER_OF t-org-1", "t-person-2 LEADER_OF t-org-2");
    }

    @Test
    void demoDataLoadsOnceWithItsSuccessorLink() {
        ImportResult first = imports.importFile(
                ImportRequest.of(ImportFormat.CSV, "RUS", RegisterDemo.SOURCE),
                getClass().getResourceAsStream("/register/demo-organisations.csv"),
                ImportProgress.NONE,
                Actor.system("test"));
        assertThat(first.created()).isEqualTo(4);
        ImportResult second = imports.importFile(
                ImportRequest.of(ImportFormat.CSV, "RUS", RegisterDemo.SOURCE),
                getClass().getResourceAsStream("/register/demo-organisations.csv"),
                ImportProgress.NONE,
                Actor.system("test"));
        assertThat(second.unchanged()).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM register_relationship WHERE predicate = 'SUCCESSOR_OF'"))
                .isEqualTo(1);
        List<UUID> ids =
                jdbc.sql("SELECT id FROM register_entity").query(UUID.class).list();
        assertThat(ids).hasSize(4);
    }

    private HttpResponse<String> post(SecurityTestKit.TestUser user, String path, String body, String contentType)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", contentType)
                        .header("Authorization", "Bearer " + user.token())
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
