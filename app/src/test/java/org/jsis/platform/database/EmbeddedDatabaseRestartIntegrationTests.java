package org.jsis.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsis.JsisApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stop and start again on the same data directory: the data is still there and the migrations do not
 * run again. Runs the embedded PostgreSQL only (skipped when JSIS_DB_URL names an external one).
 */
class EmbeddedDatabaseRestartIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void restartKeepsTheDataAndDoesNotRerunMigrations() {
        String externalUrl = System.getenv("JSIS_DB_URL");
        assumeTrue(externalUrl == null || externalUrl.isBlank(), "restart test covers the embedded PostgreSQL only");

        List<String> migrationsFirstRun;
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            migrationsFirstRun = appliedMigrations(jdbc);
            assertThat(migrationsFirstRun).isNotEmpty();
            jdbc.sql("""
                            INSERT INTO membership_period (state_code, status, valid_from, note)
                            VALUES ('TJK', 'SUSPENDED', DATE '2040-01-01', 'restart marker')
                            """).update();
        }
        assertThat(dataDir.resolve("pg").resolve("PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(appliedMigrations(jdbc)).isEqualTo(migrationsFirstRun);
            assertThat(jdbc.sql("SELECT count(*) FROM membership_period WHERE note = 'restart marker'")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(JsisApplication.class)
                .web(WebApplicationType.NONE)
                .run("--jsis.db.ephemeral=false", "--jsis.db.data-dir=" + dataDir, "--jsis.db.url=");
    }

    /** Version, checksum and time of every applied migration: a re-run would add rows or change times. */
    private static List<String> appliedMigrations(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT installed_rank || ' ' || coalesce(version, '') || ' ' || coalesce(checksum::text, '')
                               || ' ' || installed_on
                          FROM flyway_schema_history ORDER BY installed_rank
                        """).query(String.class).list();
    }
}
