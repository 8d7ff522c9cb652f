package org.jsis.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The home page's server side: language from Accept-Language, the ?lang switch and its cookie. */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void followsAcceptLanguageByDefault() {
        assertThat(mvc.get().uri("/?on=2007-05-23").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5"))
                .hasStatusOk()
                .bodyText()
                .contains("Организация на 23 мая 2007 г.", "<html lang=\"ru\"");
        assertThat(mvc.get().uri("/?on=2007-05-23").header("Accept-Language", "de-DE,de"))
                .hasStatusOk()
                .bodyText()
                .contains("The organisation on 23 May 2007");
    }

    @Test
    void langParameterSwitchesAndSetsACookieThatWinsOverAcceptLanguage() {
        var result = mvc.get().uri("/?lang=ru").header("Accept-Language", "en").exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Государства-члены");
        assertThat(result).cookies().hasValue("jsis-lang", "ru");

        assertThat(mvc.get().uri("/").header("Accept-Language", "en").cookie(new Cookie("jsis-lang", "ru")))
                .bodyText()
                .contains("Государства-члены");
    }

    @Test
    void unsupportedLanguageFallsBackToEnglish() {
        assertThat(mvc.get().uri("/?lang=de")).hasStatusOk().bodyText().contains("Member states");
    }

    @Test
    void navigationComesFromAnnotatedControllers() {
        assertThat(mvc.get().uri("/"))
                .bodyText()
                .contains("class=\"nav-link active\" href=\"/\"")
                .contains(">Organisation</a>");
    }

    @Test
    void malformedDateIsExplainedWithA400() {
        assertThat(mvc.get().uri("/?on=2007-02-30"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("id=\"date-error\"", "YYYY-MM-DD");
    }
}
