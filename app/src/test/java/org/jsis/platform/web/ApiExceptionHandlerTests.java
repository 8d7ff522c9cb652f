package org.jsis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every kind of bad input gets a problem+json naming the input and the expected form. */
@WebMvcTest(controllers = ApiExceptionHandlerTests.SampleController.class)
@Import(ApiExceptionHandlerTests.SampleController.class)
class ApiExceptionHandlerTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void typeMismatchOfAQueryParameter() {
        assertProblem(mvc.get().uri("/sample/count?limit=ten"), "query", "limit", "a whole number");
        assertProblem(mvc.get().uri("/sample/day?on=23.05.2007"), "query", "on", "a date in the form YYYY-MM-DD");
    }

    @Test
    void typeMismatchOfAPathVariableAndAnEnum() {
        assertProblem(mvc.get().uri("/sample/kind/PURPLE"), "path", "kind", "one of PERSON, ORGANISATION");
    }

    @Test
    void missingParameter() {
        assertProblem(mvc.get().uri("/sample/day"), "query", "on", "a date in the form YYYY-MM-DD");
    }

    @Test
    void constraintOnAParameter() {
        assertProblem(mvc.get().uri("/sample/count?limit=5000"), "query", "limit", "must be less than or equal to 100");
    }

    @Test
    void invalidBodyField() {
        assertProblem(
                mvc.post()
                        .uri("/sample/names")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \" \"}"),
                "body",
                "name",
                "must not be blank");
    }

    @Test
    void malformedJsonAndWrongFieldType() {
        assertProblem(
                mvc.post()
                        .uri("/sample/names")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "),
                "body",
                "body",
                "a well-formed JSON document");
        assertProblem(
                mvc.post()
                        .uri("/sample/names")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"born\": \"May 1965\"}"),
                "body",
                "born",
                "a date in the form YYYY-MM-DD");
    }

    @Test
    void invalidParameterExceptionFromAController() {
        assertProblem(mvc.get().uri("/sample/state?code=XYZ"), "query", "code", "one of ARM, BLR");
    }

    /**
     * The body-field form (the border's and the register's bad input, bulk lines included): the problem
     * repeats the value sent, in the detail and in the error's message, exactly as before the two modules'
     * own exceptions were folded into this one.
     */
    @Test
    void invalidBodyFieldFromAModuleRepeatsTheValueSent() {
        assertThat(mvc.post()
                        .uri("/sample/field")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"type": "urn:jsis:problem:invalid-input", "title": "Invalid input", "status": 400,
                         "detail": "'line 3: document.birthDate' must be a date in the form YYYY-MM-DD, got '1990-02-31'",
                         "errors": [{"in": "body", "name": "line 3: document.birthDate",
                                     "expected": "a date in the form YYYY-MM-DD", "rejectedValue": "1990-02-31",
                                     "message": "'line 3: document.birthDate' must be a date in the form YYYY-MM-DD, got '1990-02-31'"}]}
                        """);
        assertThat(mvc.get().uri("/sample/batch"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"detail": "'batchSize' must be a whole number from 1 to 50000, got '0'",
                         "errors": [{"in": "query", "name": "batchSize", "expected": "a whole number from 1 to 50000",
                                     "rejectedValue": 0,
                                     "message": "'batchSize' must be a whole number from 1 to 50000, got '0'"}]}
                        """);
    }

    private void assertProblem(MockMvcTester.MockMvcRequestBuilder request, String in, String name, String expected) {
        assertThat(request)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.status").isEqualTo(400);
                    json.assertThat().extractingPath("$.title").isEqualTo("Invalid input");
                    json.assertThat().extractingPath("$.errors[0].in").isEqualTo(in);
                    json.assertThat().extractingPath("$.errors[0].name").isEqualTo(name);
                    json.assertThat().extractingPath("$.errors[0].expected").isEqualTo(expected);
                    json.assertThat().extractingPath("$.detail").asString().contains("'" + name + "'");
                });
    }

    enum Kind {
        PERSON,
        ORGANISATION
    }

    record NameForm(@NotBlank String name, LocalDate born) {}

    @RestController
    static class SampleController {

        @GetMapping("/sample/count")
        int count(@RequestParam @Min(1) @Max(100) int limit) {
            return limit;
        }

        @GetMapping("/sample/day")
        String day(@RequestParam LocalDate on) {
            return on.toString();
        }

        @GetMapping("/sample/kind/{kind}")
        String kind(@PathVariable Kind kind) {
            return kind.name();
        }

        @PostMapping("/sample/names")
        String names(@RequestBody @Valid NameForm form) {
            return form.name();
        }

        @PostMapping("/sample/field")
        String field(@RequestBody String body) {
            throw InvalidParameterException.field("document.birthDate", "a date in the form YYYY-MM-DD", "1990-02-31")
                    .at("line 3: ");
        }

        @GetMapping("/sample/batch")
        String batch() {
            throw InvalidParameterException.of("query", "batchSize", "a whole number from 1 to 50000", 0);
        }

        @GetMapping("/sample/state")
        String state(@RequestParam String code) {
            throw new InvalidParameterException("code", "one of ARM, BLR", code);
        }
    }
}
