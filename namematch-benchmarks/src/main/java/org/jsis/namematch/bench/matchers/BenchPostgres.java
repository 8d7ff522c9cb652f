package org.jsis.namematch.bench.matchers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throw-away embedded PostgreSQL 17 (zonky) for the pg_trgm baseline: data in a temporary
 * directory, durability off, and no parallel query workers so that a query uses one core, as JSIS
 * does in the same run. The database uses the libc locale {@code C.UTF-8} so that pg_trgm treats
 * Cyrillic, Arabic and other non-ASCII letters as word characters (under the {@code C} locale it
 * would drop them).
 */
final class BenchPostgres implements AutoCloseable {

    static final String DATABASE = "bench";

    private final EmbeddedPostgres postgres;
    private final Path dir;

    private BenchPostgres(EmbeddedPostgres postgres, Path dir) {
        this.postgres = postgres;
        this.dir = dir;
    }

    static BenchPostgres start() {
        try {
            Path dir = Files.createTempDirectory("jsis-bench-pg-");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("maintenance_work_mem", "512MB")
                    .setServerConfig("work_mem", "64MB")
                    .setServerConfig("max_parallel_workers_per_gather", "0")
                    .setServerConfig("max_parallel_maintenance_workers", "0")
                    .setServerConfig("jit", "off")
                    .start();
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE
                        + " ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0");
            }
            return new BenchPostgres(pg, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the benchmark database", e);
        }
    }

    Connection connect() throws SQLException {
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    @Override
    public void close() {
        try {
            postgres.close();
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
