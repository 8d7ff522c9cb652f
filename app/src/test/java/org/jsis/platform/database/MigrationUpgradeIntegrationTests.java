package org.jsis.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upgrading a database that an older JSIS created. Migration versions are ranged per module (V1
 * organisation, V2 security and audit, V3 register, V4 border), so a module's new migration is often
 * numbered below migrations an installed database already ran: on 27 November 2026 {@code
 * V2_3__audit_chain_shards} arrived after V3_x and V4_x were in use. The application's Flyway settings
 * must apply such a migration on upgrade instead of refusing to start. Embedded PostgreSQL only.
 */
class MigrationUpgradeIntegrationTests {

    /**
     * The migration an older installation lacks: the newest of the security and audit range (V2_3 when this test
     * was written; found by its number since, so each new V2 migration is the one tested).
     */
    private static String heldBack(Resource[] migrations) {
        int newest = -1;
        String name = null;
        for (Resource migration : migrations) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("V2_(\\d+)__.*\\.sql")
                    .matcher(String.valueOf(migration.getFilename()));
            if (m.matches() && Integer.parseInt(m.group(1)) > newest) {
                newest = Integer.parseInt(m.group(1));
                name = migration.getFilename();
            }
        }
        assertThat(name).as("a security or audit migration exists").isNotNull();
        return name;
    }

    @TempDir
    Path olderRelease;

    @Test
    void aMigrationNumberedBelowAppliedOnesIsAppliedOnUpgrade() throws IOException {
        String externalUrl = System.getenv("JSIS_DB_URL");
        assumeTrue(externalUrl == null || externalUrl.isBlank(), "upgrade test covers the embedded PostgreSQL only");
        Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql");
        String held = heldBack(migrations);
        String version = held.substring(1, held.indexOf("__")).replace('_', '.');
        boolean heldBack = false;
        for (Resource migration : migrations) {
            if (held.equals(migration.getFilename())) {
                heldBack = true;
                continue;
            }
            try (InputStream in = migration.getInputStream()) {
                Files.copy(in, olderRelease.resolve(migration.getFilename()));
            }
        }
        assertThat(heldBack).as("the held-back migration exists").isTrue();

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(db)
                    .locations("filesystem:" + olderRelease)
                    .load()
                    .migrate();

            assertThatThrownBy(() -> flyway(db, false).migrate())
                    .as("without out-of-order, Flyway refuses the lower-numbered migration")
                    .isInstanceOf(FlywayException.class)
                    .hasMessageContaining(version);

            flyway(db, applicationOutOfOrder()).migrate();

            JdbcClient jdbc = JdbcClient.create(db);
            assertThat(jdbc.sql("SELECT success FROM flyway_schema_history WHERE version = :v")
                            .param("v", version)
                            .query(Boolean.class)
                            .single())
                    .isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(migrations.length);
        }
    }

    private static Flyway flyway(DataSource db, boolean outOfOrder) {
        return Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .outOfOrder(outOfOrder)
                .load();
    }

    /** {@code spring.flyway.out-of-order} as the application configures it. */
    private static boolean applicationOutOfOrder() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        assertThat(properties).isNotNull();
        return Boolean.parseBoolean(properties.getProperty("spring.flyway.out-of-order", "false"));
    }
}
