package org.jsis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsis.audit.Purpose;
import org.jsis.security.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code ./jsis demo} (the property {@code jsis.demo}): the seed article's organisations are there and screenable. */
@SpringBootTest(properties = "jsis.demo=true")
class RegisterDemoIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterScreening screening;

    @Test
    void aDemoStartLoadsTheSeedArticlesOrganisationsIntoTheRegisterAndTheIndex() {
        assertThat(jdbc.sql("SELECT caption FROM register_entity WHERE source_system = 'jsis-demo' ORDER BY caption")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Hizb ut-Tahrir al-Islami",
                        "Islamic Movement of Turkestan",
                        "Islamic Movement of Uzbekistan",
                        "Taliban");
        List<ScreeningHit> hits = screening.search(
                new ScreeningRequest("Хизб ут-Тахрир", null, null, null, Purpose.ANALYSIS, null, null),
                new Visibility("TJK", LocalDate.now()));
        assertThat(hits).first().extracting(ScreeningHit::caption).isEqualTo("Hizb ut-Tahrir al-Islami");
    }
}
