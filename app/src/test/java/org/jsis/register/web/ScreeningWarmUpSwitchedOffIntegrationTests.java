package org.jsis.register.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code jsis.register.screening.warm-up-millis=0} switches the screening path's start-up warm-up off. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "jsis.register.screening.warm-up-millis=0")
class ScreeningWarmUpSwitchedOffIntegrationTests {

    @Autowired
    ScreeningWarmUp warmUp;

    @Test
    void doesNotRunAndHealthIsUp() {
        ScreeningWarmUp.Result result = warmUp.result();
        assertThat(result).isNotNull();
        assertThat(result.ended()).startsWith("switched off");
        assertThat(result.screenings()).isZero();
        assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
    }
}
