package org.jsis.border.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsis.border.StateZones;
import org.jsis.border.mrz.CheckDigit;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.jsis.security.test.SecurityTestKit.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The "done" scenario: an entry ban written by Kyrgyzstan in Cyrillic and shared with Russia;
 * an entry recorded at a Kazakh checkpoint; a check at a Russian checkpoint with the passport's Latin
 * spelling finds the ban and the Kazakh stay; the same check by a state outside the ban's distribution
 * does not see the ban. Checks have no side effects and are audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestKit.class)
class BorderCheckIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SecurityTestKit kit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void russiaSeesTheKyrgyzBanWrittenInCyrillicAndTheKazakhStayUzbekistanSeesOnlyTheStay() throws Exception {
        TestUser kyrgyzAnalyst = kit.user("KGZ", Role.ANALYST);
        TestUser kazakhOfficer = kit.user("KAZ", Role.OFFICER);
        TestUser russianOfficer = kit.user("RUS", Role.OFFICER);
        TestUser uzbekOfficer = kit.user("UZB", Role.OFFICER);
        String number = "AC" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        // A fictitious person; a birth date of his own so other tests' records cannot interfere.
        LocalDate birth =
                LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(10_000));

        String ban = """
                {"authority": "State Committee for National Security of the Kyrgyz Republic",
                 "legalBasis": "Law on external migration, art. 28", "reason": "Organised illegal migration",
                 "validFrom": "2025-01-01", "validTo": "2035-01-01", "scope": "ALL_MEMBERS",
                 "names": ["Асанов Болот Маратович"], "birthDate": "%s", "nationality": "KGZ", "sex": "M",
                 "distribution": "SELECTED_STATES", "sharedWith": ["RUS"]}
                """.formatted(birth);
        assertThat(mvc.post()
                        .uri("/api/v1/entry-bans")
                        .with(kyrgyzAnalyst.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ban))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.ownerState")
                .isEqualTo("KGZ");

        Instant entered = Instant.now().minus(Duration.ofDays(10));
        String crossing = """
                {"id": "%s", "direction": "ENTRY", "checkpoint": "KAZ-KORDAI", "crossedAt": "%s",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingState": "KGZ", "surname": "ASANOV",
                              "givenNames": "BOLOT", "birthDate": "%s", "sex": "M", "nationality": "KGZ",
                              "expiry": "2032-05-01"}}
                """.formatted(UUID.randomUUID(), entered, number, birth);
        assertThat(mvc.post()
                        .uri("/api/v1/crossings")
                        .with(kazakhOfficer.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(crossing))
                .hasStatus(HttpStatus.CREATED);
        long crossingsBefore = count("SELECT count(*) FROM border_crossing");
        long auditBefore = kit.auditMark();

        String check = """
                {"checkpoint": "%s", "direction": "ENTRY", "purpose": "BORDER_CHECK", "document": {"mrz": "%s"}}
                """;
        String mrz = td3("KGZ", "ASANOV", "BOLOT", number, "KGZ", birth, "M", LocalDate.of(2032, 5, 1));
        assertThat(mvc.post()
                        .uri("/api/v1/border-checks")
                        .with(russianOfficer.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(check.formatted("RUS-SVO", mrz.replace("\n", "\\n"))))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.outcome").isEqualTo("HIT");
                    json.assertThat().extractingPath("$.reasons[0].kind").isEqualTo("ENTRY_BAN");
                    json.assertThat().extractingPath("$.reasons[0].owningState").isEqualTo("KGZ");
                    json.assertThat()
                            .extractingPath("$.reasons[0].details.matchedName")
                            .isEqualTo("Асанов Болот Маратович");
                    json.assertThat()
                            .extractingPath("$.stays[?(@.hostState == 'KAZ')].openSince")
                            .asArray()
                            .containsExactly(StateZones.day("KAZ", entered).toString());
                    json.assertThat()
                            .extractingPath("$.stays[?(@.hostState == 'KAZ')].daysUsed")
                            .asArray()
                            .containsExactly(11);
                    json.assertThat()
                            .extractingPath("$.stays[?(@.hostState == 'KAZ')].rule")
                            .asArray()
                            .containsExactly("KAZ-EAEU v2");
                    json.assertThat()
                            .extractingPath("$.stays[?(@.hostState == 'RUS')].rule")
                            .asArray()
                            .containsExactly("RUS-EAEU v1");
                });

        assertThat(mvc.post()
                        .uri("/api/v1/border-checks")
                        .with(uzbekOfficer.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(check.formatted("UZB-TAS", mrz.replace("\n", "\\n"))))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.outcome").isEqualTo("CLEAR");
                    json.assertThat()
                            .extractingPath("$.reasons[*].kind")
                            .asArray()
                            .doesNotContain("ENTRY_BAN", "ENTRY_BAN_ELSEWHERE");
                    json.assertThat()
                            .extractingPath("$.stays[?(@.hostState == 'KAZ')].daysUsed")
                            .asArray()
                            .containsExactly(11);
                });

        assertThat(count("SELECT count(*) FROM border_crossing"))
                .as("a check records nothing")
                .isEqualTo(crossingsBefore);
        assertThat(kit.auditSince(auditBefore))
                .filteredOn(a -> a.action().equals("border.check"))
                .hasSize(2)
                .allSatisfy(a -> assertThat(a.purpose()).isEqualTo("BORDER_CHECK"));
    }

    @Test
    void registerEntriesOfOtherStatesAreHitsNamingTheirOwner() throws Exception {
        TestUser tajikAnalyst = kit.user("TJK", Role.ANALYST);
        TestUser russianOfficer = kit.user("RUS", Role.OFFICER);
        LocalDate birth =
                LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(10_000));
        String entity = """
                {"kind": "PERSON", "names": [{"name": "Шарипов Рустамжон"}], "birthDates": ["%s"],
                 "nationalities": ["TJ"], "topics": ["WANTED"], "distribution": "ALL_MEMBERS"}
                """.formatted(birth);
        assertThat(mvc.post()
                        .uri("/api/v1/register/entities")
                        .with(tajikAnalyst.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(entity))
                .hasStatus(HttpStatus.CREATED);
        String check = """
                {"checkpoint": "RUS-DME", "direction": "ENTRY", "purpose": "BORDER_CHECK",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingState": "TJK", "surname": "SHARIPOV",
                              "givenNames": "RUSTAMJON", "birthDate": "%s", "sex": "M", "nationality": "TJK"}}
                """.formatted("TJ" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999), birth);
        assertThat(mvc.post()
                        .uri("/api/v1/border-checks")
                        .with(russianOfficer.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(check))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.outcome").isEqualTo("HIT");
                    json.assertThat()
                            .extractingPath("$.reasons[?(@.kind == 'REGISTER')].owningState")
                            .asArray()
                            .containsExactly("TJK");
                });
    }

    @Test
    void anOfficerChecksOnlyAtHisOwnStatesCheckpointsAndAPurposeIsRequired() {
        TestUser russianOfficer = kit.user("RUS", Role.OFFICER);
        String body = """
                {"checkpoint": "%s", "direction": "ENTRY", "purpose": %s,
                 "document": {"type": "PASSPORT", "number": "X1", "issuingState": "UZB", "surname": "TEST"}}
                """;
        assertThat(mvc.post()
                        .uri("/api/v1/border-checks")
                        .with(russianOfficer.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("KAZ-KORDAI", "\"BORDER_CHECK\"")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/api/v1/border-checks")
                        .with(russianOfficer.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("RUS-SVO", "null")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("purpose");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** A TD3 zone with correct check digits. */
    static String td3(
            String issuer,
            String surname,
            String given,
            String number,
            String nationality,
            LocalDate birth,
            String sex,
            LocalDate expiry) {
        String l1 = pad("P<" + issuer + surname + "<<" + given, 44);
        String num = pad(number, 9);
        String b = yymmdd(birth);
        String e = yymmdd(expiry);
        String l2 = num + CheckDigit.of(num) + nationality + b + CheckDigit.of(b) + sex + e + CheckDigit.of(e)
                + "<".repeat(14) + "<";
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
        return l1 + "\n" + l2 + CheckDigit.of(composite);
    }

    private static String yymmdd(LocalDate d) {
        return String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    private static String pad(String s, int n) {
        return (s + "<".repeat(n)).substring(0, n);
    }
}
