package org.jsis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class JsisApplicationIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresSeventeenOrLaterWithMigrationsApplied() {
        String version = jdbc.sql("SHOW server_version_num").query(String.class).single();
        assertThat(Integer.parseInt(version)).isGreaterThanOrEqualTo(150000);
        assertThat(jdbc.sql("SELECT count(*) FROM member_state")
                        .query(Integer.class)
                        .single())
                .isEqualTo(7);
    }
}
