package org.jsis.namematch.bench.matchers;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsis.namematch.bench.eval.Hit;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Matcher;
import org.jsis.namematch.bench.eval.Query;
import org.postgresql.PGConnection;

/**
 * Baseline: PostgreSQL {@code pg_trgm} on an embedded PostgreSQL 17. Every name of every entry is a
 * row; a GIN trigram index ({@code gin_trgm_ops}) serves {@code name % :query} with
 * {@code pg_trgm.similarity_threshold} at {@link #DEFAULT_THRESHOLD} (0.5); an entry's score is its
 * best name's {@code similarity()}. Names go in as written (pg_trgm lower-cases them itself);
 * birth dates and nationalities are not used; the query's kind, when given, filters rows.
 */
public final class PgTrgmMatcher implements Matcher {

    public static final double DEFAULT_THRESHOLD = 0.5;

    private static final String SEARCH = """
            SELECT entry_id, max(similarity(name, ?)) AS score,
                   (array_agg(name ORDER BY similarity(name, ?) DESC))[1] AS best_name
            FROM names
            WHERE name % ? AND (?::text IS NULL OR kind = ?::text)
            GROUP BY entry_id
            ORDER BY score DESC, entry_id
            LIMIT ?
            """;

    private final double threshold;
    private BenchPostgres postgres;
    private Connection connection;
    private PreparedStatement search;

    public PgTrgmMatcher(double threshold) {
        this.threshold = threshold;
    }

    public PgTrgmMatcher() {
        this(DEFAULT_THRESHOLD);
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "pg_trgm@%.2f", threshold);
    }

    @Override
    public void index(List<ListEntry> entries) {
        try {
            if (postgres == null) {
                postgres = BenchPostgres.start();
                connection = postgres.connect();
            }
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
                s.execute("DROP TABLE IF EXISTS names");
                s.execute(
                        "CREATE UNLOGGED TABLE names (entry_id text NOT NULL, kind text NOT NULL, name text NOT NULL)");
            }
            copy(entries);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE INDEX names_trgm ON names USING gin (name gin_trgm_ops)");
                s.execute("ANALYZE names");
                s.execute("SET pg_trgm.similarity_threshold = " + threshold);
            }
            search = connection.prepareStatement(SEARCH);
        } catch (SQLException e) {
            throw new IllegalStateException("pg_trgm indexing failed", e);
        }
    }

    private void copy(List<ListEntry> entries) throws SQLException {
        StringBuilder tsv = new StringBuilder();
        var copier = connection.unwrap(PGConnection.class).getCopyAPI();
        for (int i = 0; i < entries.size(); i++) {
            ListEntry e = entries.get(i);
            for (String n : e.names()) {
                tsv.append(escape(e.id()))
                        .append('\t')
                        .append(e.kind().name())
                        .append('\t')
                        .append(escape(n))
                        .append('\n');
            }
            if (tsv.length() > 4_000_000 || i == entries.size() - 1) {
                try {
                    copier.copyIn("COPY names FROM STDIN", new StringReader(tsv.toString()));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                tsv.setLength(0);
            }
        }
    }

    /** COPY text format: backslash, tab and line breaks escaped. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    @Override
    public List<Hit> search(Query query) {
        try {
            String kind = query.kind() == null ? null : query.kind().name();
            search.setString(1, query.name());
            search.setString(2, query.name());
            search.setString(3, query.name());
            search.setString(4, kind);
            search.setString(5, kind);
            search.setInt(6, LIMIT);
            List<Hit> hits = new ArrayList<>();
            try (ResultSet rs = search.executeQuery()) {
                while (rs.next()) {
                    hits.add(new Hit(rs.getString(1), rs.getDouble(2), rs.getString(3)));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw new IllegalStateException("pg_trgm query failed for " + query.name(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // closing anyway
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
