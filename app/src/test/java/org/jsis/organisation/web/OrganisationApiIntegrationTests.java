package org.jsis.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class OrganisationApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsTheSevenMemberStatesOnTheSeedArticlesDay() {
        assertThat(mvc.get().uri("/api/v1/member-states?on=2007-05-23"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat()
                            .extractingPath("$.items[*].code")
                            .asArray()
                            .containsExactly("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB");
                    json.assertThat().extractingPath("$.on").isEqualTo("2007-05-23");
                    json.assertThat().extractingPath("$.items[3].nameEn").isEqualTo("Kyrgyzstan");
                    json.assertThat().extractingPath("$.items[3].nameRu").isEqualTo("Киргизия");
                    json.assertThat().extractingPath("$.items[3].nameLocal").isEqualTo("Кыргызстан");
                    json.assertThat().extractingPath("$.items[3].status").isEqualTo("MEMBER");
                    json.assertThat().extractingPath("$.items[6].since").isEqualTo("2006-06-23");
                });
    }

    @Test
    void defaultsToToday() {
        assertThat(mvc.get().uri("/api/v1/member-states"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.on")
                .isEqualTo(
                        java.time.LocalDate.now(OrganisationApiController.ZONE).toString());
    }

    @Test
    void malformedDateIsA400ProblemNamingTheParameterAndTheForm() {
        assertThat(mvc.get().uri("/api/v1/member-states?on=2007-13-45"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.status").isEqualTo(400);
                    json.assertThat().extractingPath("$.errors[0].name").isEqualTo("on");
                    json.assertThat().extractingPath("$.errors[0].in").isEqualTo("query");
                    json.assertThat().extractingPath("$.errors[0].expected").isEqualTo("a date in the form YYYY-MM-DD");
                    json.assertThat()
                            .extractingPath("$.errors[0].rejectedValue")
                            .isEqualTo("2007-13-45");
                    json.assertThat().extractingPath("$.detail").asString().contains("'on'", "YYYY-MM-DD");
                });
        assertThat(mvc.get().uri("/api/v1/chairmanship?on=yesterday"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].name")
                .isEqualTo("on");
    }

    @Test
    void unknownStateIsA400ProblemListingTheKnownCodes() {
        assertThat(mvc.get().uri("/api/v1/agencies?state=XYZ"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.errors[0].name").isEqualTo("state");
                    json.assertThat()
                            .extractingPath("$.errors[0].expected")
                            .asString()
                            .contains("alpha-3", "ARM", "UZB");
                });
    }

    @Test
    void listsTheAgenciesOfAStateInAnyCase() {
        assertThat(mvc.get().uri("/api/v1/agencies?state=kgz"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.state").isEqualTo("KGZ");
                    json.assertThat()
                            .extractingPath("$.items[*].state")
                            .asArray()
                            .containsOnly("KGZ");
                    json.assertThat()
                            .extractingPath("$.items[*].code")
                            .asArray()
                            .contains("KGZ-BORDER");
                });
        assertThat(mvc.get().uri("/api/v1/agencies"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].code")
                .asArray()
                .contains("CSTO-SEC", "CSTO-JS", "RUS-FMS");
        assertThat(mvc.get().uri("/api/v1/agencies/CSTO-SEC"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.kind")
                .isEqualTo("SECRETARIAT");
        assertThat(mvc.get().uri("/api/v1/agencies/NOPE"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void chairmanshipOnADate() {
        assertThat(mvc.get().uri("/api/v1/chairmanship?on=2008-03-01"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.term.state").isEqualTo("KGZ");
                    json.assertThat().extractingPath("$.term.validFrom").isEqualTo("2008-01-01");
                    json.assertThat().extractingPath("$.term.validUntil").isEqualTo("2008-07-01");
                });
        assertThat(mvc.get().uri("/api/v1/chairmanship?on=2007-05-23"))
                .hasStatusOk()
                .bodyJson()
                .doesNotHavePath("$.term");
    }

    @Test
    void bodiesAndMembershipHistory() {
        assertThat(mvc.get().uri("/api/v1/bodies"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[?(@.code == 'SEC')].headNameEn")
                .asArray()
                .containsExactly("Nikolai Bordyuzha");
        assertThat(mvc.get().uri("/api/v1/member-states/UZB/membership"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.periods[0].validFrom")
                .isEqualTo("2006-06-23");
        assertThat(mvc.get().uri("/api/v1/member-states/XYZ/membership")).hasStatus(HttpStatus.NOT_FOUND);
    }
}
