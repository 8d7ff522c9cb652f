package org.jsis.register.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Bulk inserts with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)} on the connection of the current
 * transaction, so they commit or roll back with it. COPY is several times faster than batched INSERTs,
 * which is what keeps a 100,000-record import within its budget.
 */
final class PgCopy {

    private static final int CHUNK_ROWS = 20_000;

    private final DataSource dataSource;
    private final String sql;
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private int rows;
    private long total;

    PgCopy(DataSource dataSource, String table, String columns) {
        this.dataSource = dataSource;
        this.sql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)";
    }

    /** Adds a row: null, String, Number, UUID, LocalDate, Enum, or a Collection of strings (a text[] value). */
    PgCopy row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            append(values[i]);
        }
        buffer.append('\n');
        if (++rows >= CHUNK_ROWS) {
            flush();
        }
        return this;
    }

    private void append(Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof Collection<?> c
                ? arrayLiteral(c)
                : value instanceof Enum<?> e ? e.name() : value.toString();
        buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    private static String arrayLiteral(Collection<?> values) {
        StringBuilder sb = new StringBuilder("{");
        for (Object v : values) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"')
                    .append(v.toString().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return sb.append('}').toString();
    }

    /** Sends the buffered rows. */
    long flush() {
        if (rows == 0) {
            return total;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            total +=
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(buffer.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + sql + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        buffer.setLength(0);
        rows = 0;
        return total;
    }

    static List<String> strings(Collection<?> values) {
        return values.stream().map(Object::toString).toList();
    }
}
