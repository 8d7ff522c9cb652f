package org.jsis.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the application's {@link DataSource}: an external PostgreSQL when {@code JSIS_DB_URL} is
 * set, otherwise an embedded PostgreSQL 17 whose data survives restarts in {@code <data dir>/pg}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    static final String DATABASE = "jsis";

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("jsis");
        config.setMaximumPoolSize(20);
        if (properties.external()) {
            log.info("Using external PostgreSQL at {}", properties.url());
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        return properties.external() ? EmbeddedDatabase.none() : EmbeddedDatabase.start(properties);
    }

    /** The embedded PostgreSQL server, or nothing when an external database is configured. */
    static final class EmbeddedDatabase implements AutoCloseable {

        private final EmbeddedPostgres postgres;
        private final Path ephemeralDir;

        private EmbeddedDatabase(EmbeddedPostgres postgres, Path ephemeralDir) {
            this.postgres = postgres;
            this.ephemeralDir = ephemeralDir;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null, null);
        }

        static EmbeddedDatabase start(DatabaseProperties properties) {
            try {
                Path dir = properties.ephemeral()
                        ? Files.createTempDirectory("jsis-pg-")
                        : properties.dataDir().resolve("pg").toAbsolutePath();
                Files.createDirectories(dir);
                log.info("Starting embedded PostgreSQL in {}", dir);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        // Stopped by this bean's close, after the beans that use the database have closed
                        // (Tomcat's graceful shutdown, the import jobs marking theirs failed): zonky's own JVM
                        // shutdown hook stopped it at the same time as Spring's, so those found it gone (an
                        // ERROR at every ./jsis serve stop; in tests, a 30 s wait for a connection at exit).
                        .setRegisterShutdownHook(false)
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(properties.ephemeral())
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("shared_buffers", properties.sharedBuffers())
                        .setServerConfig("fsync", properties.ephemeral() ? "off" : "on")
                        // zonky's default is synchronous_commit=off, which acknowledges commits that a
                        // crash then loses (bench/border-durability.sh caught it); durable data needs on.
                        .setServerConfig("synchronous_commit", properties.ephemeral() ? "off" : "on");
                if (!properties.ephemeral()) {
                    // Bulk writes (issue 6): checkpoints further apart write fewer full-page images of
                    // the index pages they touch (each page's first change after a checkpoint is logged
                    // whole). Crash recovery replays up to max_wal_size of WAL. Durability is unchanged:
                    // every commit still waits for its WAL to be flushed. (wal_compression=lz4 is not
                    // built into the embedded binaries; pglz would cost more CPU than the WAL it saves.)
                    builder.setServerConfig("max_wal_size", "8GB")
                            .setServerConfig("checkpoint_timeout", "15min")
                            .setServerConfig("checkpoint_completion_target", "0.9");
                }
                EmbeddedPostgres postgres = builder.start();
                createDatabaseIfMissing(postgres);
                createPrewarmExtension(postgres);
                return new EmbeddedDatabase(postgres, properties.ephemeral() ? dir : null);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }

        private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                    if (!rs.next()) {
                        s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
                    }
                }
            } catch (SQLException e) {
                throw new IOException("Could not create the database '" + DATABASE + "'", e);
            }
        }

        /**
         * The standard {@code pg_prewarm} extension, with which the register loads the tables a screening
         * reads into the shared buffers at start (RegisterCacheWarmUp). The embedded binaries carry PostgreSQL's
         * contrib modules; an external PostgreSQL gets it from its administrator, never from JSIS.
         */
        private static void createPrewarmExtension(EmbeddedPostgres postgres) {
            try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
            } catch (SQLException e) {
                log.warn(
                        "Could not create the pg_prewarm extension; the register's tables will not be loaded at start",
                        e);
            }
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", DATABASE);
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
