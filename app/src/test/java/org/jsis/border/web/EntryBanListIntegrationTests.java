package org.jsis.border.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** GET /api/v1/entry-bans: filters, pages, what each state may see, bad input, and its audit entry. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestKit.class)
class EntryBanListIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SecurityTestKit kit;

    final String tag = "Listed " + UUID.randomUUID().toString().substring(0, 8);

    long ban(TestUser analyst, String name, String validTo, String scope, String distribution, String sharedWith)
            throws Exception {
        String body = """
                {"authority": "Migration service", "legalBasis": "Law on migration, art. 1", "reason": "List test",
                 "validFrom": "2025-01-01", "validTo": %s, "scope": "%s", "names": ["%s"],
                 "documents": [{"issuingState": "TJK", "number": "LB%s"}],
                 "distribution": "%s", "sharedWith": [%s]}
                """.formatted(
                        validTo == null ? "null" : "\"" + validTo + "\"",
                        scope,
                        name,
                        Math.abs(name.hashCode()),
                        distribution,
                        sharedWith);
        var result = mvc.post()
                .uri("/api/v1/entry-bans")
                .with(analyst.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return ((Number) com.jayway.jsonpath.JsonPath.read(
                        result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.id"))
                .longValue();
    }

    @Test
    void listsWhatTheCallersStateMaySeeFilteredAndPaged() throws Exception {
        TestUser tajik = kit.user("TJK", Role.ANALYST);
        TestUser russian = kit.user("RUS", Role.OFFICER);
        TestUser armenian = kit.user("ARM", Role.OFFICER);
        long shared = ban(tajik, tag + " Шарипов Алишер", null, "ALL_MEMBERS", "SELECTED_STATES", "\"RUS\"");
        long own = ban(tajik, tag + " Каримов Фарход", "2025-06-30", "ISSUING_STATE", "OWNER_ONLY", "");
        long everyone = ban(tajik, tag + " Rahimov Dilshod", null, "ISSUING_STATE", "ALL_MEMBERS", "");

        long mark = kit.auditMark();
        String all = mvc.get()
                .uri("/api/v1/entry-bans")
                .param("purpose", "BORDER_CHECK")
                .param("name", tag.toUpperCase())
                .with(russian.bearer())
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(all)
                .contains("\"id\":" + shared)
                .contains("\"id\":" + everyone)
                .doesNotContain("\"id\":" + own);
        assertThat(all).contains("\"total\":2");
        // A recipient sees that it is shared with it, not with whom else.
        var entries = kit.auditSince(mark);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).action()).isEqualTo("border.ban.list");
        assertThat(entries.get(0).purpose()).isEqualTo("BORDER_CHECK");
        assertThat(entries.get(0).records())
                .containsExactly("entry-ban:" + everyone + ":TJK", "entry-ban:" + shared + ":TJK");

        assertThat(mvc.get()
                        .uri("/api/v1/entry-bans")
                        .param("purpose", "INVESTIGATION")
                        .param("name", tag)
                        .with(armenian.bearer()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].id")
                .asArray()
                .extracting(id -> ((Number) id).longValue())
                .containsExactly(everyone);

        // The owner sees all three; filters narrow them down.
        assertThat(mvc.get()
                        .uri("/api/v1/entry-bans")
                        .param("purpose", "INVESTIGATION")
                        .param("name", tag)
                        .with(tajik.bearer()))
                .bodyJson()
                .extractingPath("$.items[*].id")
                .asArray()
                .extracting(id -> ((Number) id).longValue())
                .containsExactly(everyone, own, shared);
        assertThat(mvc.get()
                        .uri("/api/v1/entry-bans")
                        .param("purpose", "INVESTIGATION")
                        .param("name", tag)
                        .param("inForceOn", "2026-01-01")
                        .param("scope", "ISSUING_STATE")
                        .with(tajik.bearer()))
                .bodyJson()
                .extractingPath("$.items[*].id")
                .asArray()
                .extracting(id -> ((Number) id).longValue())
                .containsExactly(everyone);
        assertThat(mvc.get()
                        .uri("/api/v1/entry-bans")
                        .param("purpose", "INVESTIGATION")
                        .param("name", "шарипов")
                        .param("document", "lb" + Math.abs((tag + " Шарипов Алишер").hashCode()))
                        .param("issuingState", "TJK")
                        .with(tajik.bearer()))
                .bodyJson()
                .extractingPath("$.items[*].id")
                .asArray()
                .extracting(id -> ((Number) id).longValue())
                .containsExactly(shared);
        // Pages of one, newest first.
        assertThat(mvc.get()
                        .uri("/api/v1/entry-bans")
                        .param("purpose", "INVESTIGATION")
                        .param("name", tag)
                        .param("size", "1")
                        .param("page", "1")
                        .with(tajik.bearer()))
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.items[*].id")
                            .asArray()
                            .extracting(id -> ((Number) id).longValue())
                            .containsExactly(own);
                    assertThat(json).extractingPath("$.total").isEqualTo(3);
                    assertThat(json).extractingPath("$.page").isEqualTo(1);
                });
    }

    @Test
    void aSearchWithoutPurposeOrWithBadFiltersIsRefusedNamingTheParameter() {
        TestUser officer = kit.user("KAZ", Role.OFFICER);
        assertThat(mvc.get().uri("/api/v1/entry-bans").with(officer.bearer()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("purpose");
        assertThat(mvc.get()
                        .uri("/api/v1/entry-bans")
                        .param("purpose", "ANALYSIS")
                        .param("size", "500")
                        .with(officer.bearer()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("size")
                .contains("from 1 to 200");
        assertThat(mvc.get()
                        .uri("/api/v1/entry-bans")
                        .param("purpose", "ANALYSIS")
                        .param("inForceOn", "tomorrow")
                        .with(officer.bearer()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("inForceOn");
        assertThat(mvc.get()
                        .uri("/api/v1/entry-bans")
                        .param("purpose", "ANALYSIS")
                        .with(kit.user("KAZ", Role.STATE_ADMIN).bearer()))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
