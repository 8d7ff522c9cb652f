package org.jsis.border;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jsis.border.internal.CrossingLine;
import org.jsis.border.stay.CrossingEvent;
import org.jsis.border.stay.Direction;
import org.jsis.border.stay.Overstay;
import org.jsis.border.stay.StayCalculator;
import org.jsis.border.stay.StayStatus;
import org.jsis.border.stay.StayWarning;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stays derived from crossings: computed live for one traveller, and kept in
 * {@code border_stay_status}, {@code border_overstay} and the sequence warnings for the overstayer
 * lists, recomputed incrementally for the travellers a crossing touched and in full after a rule change.
 */
@Service
public class Stays {

    private static final Logger log = LoggerFactory.getLogger(Stays.class);

    private final DataSource dataSource;
    private final StayRules rules;
    private final StayCalculator calculator = new StayCalculator();

    Stays(DataSource dataSource, StayRules rules) {
        this.dataSource = dataSource;
        this.rules = rules;
    }

    /**
     * The status in every host state of a traveller's crossings, as of today in each host state.
     * {@code crossings} must be this traveller's crossings in time order (already filtered to what the
     * reader may see).
     */
    public List<HostStay> derive(List<CrossingLine> crossings) {
        Map<String, List<CrossingLine>> byHost = new LinkedHashMap<>();
        for (CrossingLine c : crossings) {
            byHost.computeIfAbsent(c.hostState(), k -> new ArrayList<>()).add(c);
        }
        List<HostStay> out = new ArrayList<>(byHost.size());
        byHost.forEach((host, lines) -> {
            HostStay h = deriveHost(host, lines, StateZones.today(host));
            if (h != null) {
                out.add(h);
            }
        });
        return out;
    }

    /** The status in one host state on {@code asOf}; {@code null} for the host state's own citizens. */
    public HostStay deriveHost(String host, List<CrossingLine> lines, LocalDate asOf) {
        CrossingLine last = lines.get(lines.size() - 1);
        String nationality = last.nationality();
        if (host.equals(nationality)) {
            return null;
        }
        String purpose = null;
        List<CrossingEvent> events = new ArrayList<>(lines.size());
        for (CrossingLine c : lines) {
            events.add(new CrossingEvent(c.id().toString(), StateZones.day(host, c.crossedAt()), c.direction()));
            if (c.direction() == Direction.ENTRY) {
                purpose = c.purpose();
            }
        }
        StayStatus status = calculator.compute(events, rules.lookup(host, nationality, purpose), asOf);
        StayRuleView rule =
                status.rule() == null ? null : rules.byIdCached(status.rule().id());
        return new HostStay(host, nationality, status, rule, last.distribution(), last.sharedWith());
    }

    /** Recomputes the derived stays of the travellers queued by recorded crossings; returns how many. */
    @Transactional
    public int recomputeQueued(int limit) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = con.prepareStatement("""
                    DELETE FROM border_stay_dirty WHERE traveller_id IN (
                        SELECT traveller_id FROM border_stay_dirty ORDER BY queued_at LIMIT ? FOR UPDATE SKIP LOCKED)
                    RETURNING traveller_id
                    """)) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (!ids.isEmpty()) {
                recompute(con, ids);
            }
            return ids.size();
        } catch (SQLException e) {
            throw new IllegalStateException("recomputing stays failed: " + e.getMessage(), e);
        }
    }

    /** Recomputes the derived stays of these travellers. */
    @Transactional
    public void recompute(List<Long> travellerIds) {
        try {
            recompute(DataSourceUtils.getConnection(dataSource), travellerIds);
        } catch (SQLException e) {
            throw new IllegalStateException("recomputing stays failed: " + e.getMessage(), e);
        }
    }

    /**
     * Recomputes the derived rows of these travellers and writes only what changed: the rows they have now
     * and their crossings are read in one round trip, the rows are computed anew, and only rows that are no
     * longer derived are deleted and only rows not already there are written (a traveller's earlier
     * overstays and warnings, and an unchanged status, stay as they are). A full recompute of the same
     * travellers gives the same rows ({@code StayDiffIntegrationTests}).
     */
    private void recompute(Connection con, List<Long> ids) throws SQLException {
        Array array = con.createArrayOf("bigint", ids.toArray());
        Existing existing = new Existing();
        Output out = new Output();
        try (PreparedStatement ps =
                con.prepareStatement(EXISTING + CROSSINGS + " WHERE traveller_id = ANY (?) " + ORDER)) {
            for (int i = 1; i <= 4; i++) {
                ps.setArray(i, array);
            }
            ps.execute();
            try (ResultSet rs = ps.getResultSet()) {
                while (rs.next()) {
                    existing.status.put(rs.getString(3), new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
            ps.getMoreResults();
            try (ResultSet rs = ps.getResultSet()) {
                while (rs.next()) {
                    existing.overstays.put(
                            rs.getString(4), new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                }
            }
            ps.getMoreResults();
            try (ResultSet rs = ps.getResultSet()) {
                while (rs.next()) {
                    existing.warnings.put(rs.getString(2), new Object[] {rs.getLong(1)});
                }
            }
            ps.getMoreResults();
            try (ResultSet rs = ps.getResultSet()) {
                readGrouped(rs, out::add);
            }
        }
        List<Object[]> goneStatus = onlyNew(out.status, existing.status);
        List<Object[]> goneOverstays = onlyNew(out.overstays, existing.overstays);
        List<Object[]> goneWarnings = onlyNew(out.warnings, existing.warnings);
        if (!goneStatus.isEmpty()) {
            try (PreparedStatement ps = con.prepareStatement("DELETE FROM border_stay_status WHERE (traveller_id,"
                    + " host_state) IN (SELECT * FROM unnest(?::bigint[], ?::char(3)[]))")) {
                ps.setArray(1, column(con, "bigint", goneStatus, 0));
                ps.setArray(2, column(con, "text", goneStatus, 1));
                ps.executeUpdate();
            }
        }
        if (!goneOverstays.isEmpty()) {
            try (PreparedStatement ps = con.prepareStatement("DELETE FROM border_overstay WHERE (traveller_id,"
                    + " host_state, first_day) IN (SELECT * FROM unnest(?::bigint[], ?::char(3)[], ?::date[]))")) {
                ps.setArray(1, column(con, "bigint", goneOverstays, 0));
                ps.setArray(2, column(con, "text", goneOverstays, 1));
                ps.setArray(3, column(con, "text", goneOverstays, 2));
                ps.executeUpdate();
            }
        }
        if (!goneWarnings.isEmpty()) {
            try (PreparedStatement ps = con.prepareStatement("DELETE FROM border_warning WHERE id = ANY (?)")) {
                ps.setArray(1, column(con, "bigint", goneWarnings, 0));
                ps.executeUpdate();
            }
        }
        out.flush(con);
    }

    /** The derived rows the travellers have now: each row's COPY line (as {@link Output} writes it) with its key. */
    private static final class Existing {
        final Map<String, Object[]> status = new HashMap<>();
        final Map<String, Object[]> overstays = new HashMap<>();
        final Map<String, Object[]> warnings = new HashMap<>();
    }

    /**
     * Leaves in {@code fresh} (COPY lines, each ending in a newline) only the lines that are not among the
     * existing rows, and answers the keys of the existing rows that are not among the fresh lines.
     */
    private static List<Object[]> onlyNew(StringBuilder fresh, Map<String, Object[]> existing) {
        List<Object[]> gone = new ArrayList<>();
        if (existing.isEmpty()) {
            return gone;
        }
        Set<String> computed = new HashSet<>();
        StringBuilder kept = new StringBuilder(fresh.length());
        int start = 0;
        for (int end = fresh.indexOf("\n"); end >= 0; start = end + 1, end = fresh.indexOf("\n", start)) {
            String line = fresh.substring(start, end);
            computed.add(line);
            if (!existing.containsKey(line)) {
                kept.append(line).append('\n');
            }
        }
        existing.forEach((line, key) -> {
            if (!computed.contains(line)) {
                gone.add(key);
            }
        });
        fresh.setLength(0);
        fresh.append(kept);
        return gone;
    }

    private static Array column(Connection con, String type, List<Object[]> keys, int index) throws SQLException {
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = keys.get(i)[index];
        }
        return con.createArrayOf(type, values);
    }

    /**
     * The derived rows of some travellers (three statements, then {@link #CROSSINGS}): each with its key and its
     * text as {@link Output} writes it for COPY (text format: tab-separated, {@code \N} for null, dates and
     * arrays as PostgreSQL prints them), so that a row and a computed line are equal when their values are.
     */
    static final String EXISTING = """
            SELECT traveller_id, host_state,
                   concat_ws(E'\\t', traveller_id, host_state, as_of, coalesce(rule_id::text, '\\N'),
                             coalesce(open_since::text, '\\N'), days_used, coalesce(days_allowed::text, '\\N'),
                             coalesce(last_legal_day::text, '\\N'), overstay_days, owner_state, distribution, shared_with)
            FROM border_stay_status WHERE traveller_id = ANY (?);
            SELECT traveller_id, host_state, first_day::text,
                   concat_ws(E'\\t', traveller_id, host_state, first_day, coalesce(last_day::text, '\\N'),
                             coalesce(rule_id::text, '\\N'), owner_state, distribution, shared_with)
            FROM border_overstay WHERE traveller_id = ANY (?);
            SELECT id, concat_ws(E'\\t', kind, traveller_id, host_state, crossing_id, detail, owner_state, distribution,
                                 shared_with)
            FROM border_warning WHERE traveller_id = ANY (?) AND kind IN ('EXIT_WITHOUT_ENTRY', 'ENTRY_WHILE_STAY_OPEN');
            """;

    /**
     * Recomputes every derived stay from every crossing, in one transaction (readers of the overstayer
     * lists wait for it; border checks do not, they compute live).
     *
     * @return travellers processed
     */
    @Transactional
    public long recomputeAll() {
        Connection con = DataSourceUtils.getConnection(dataSource);
        long started = System.nanoTime();
        try (Statement st = con.createStatement()) {
            st.execute("TRUNCATE border_stay_status, border_overstay");
            // Row deletes, not TRUNCATE: crossings recorded meanwhile can still queue their travellers.
            st.execute("DELETE FROM border_stay_dirty");
            st.execute("DELETE FROM border_warning WHERE kind IN ('EXIT_WITHOUT_ENTRY', 'ENTRY_WHILE_STAY_OPEN')");
        } catch (SQLException e) {
            throw new IllegalStateException("recomputing stays failed: " + e.getMessage(), e);
        }
        // Travellers are split into partitions by id, each read (its own sort in PostgreSQL) and computed by
        // its own thread; the results go through the transaction's connection, one flush at a time.
        int partitions = Math.max(2, Runtime.getRuntime().availableProcessors());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(partitions);
        List<java.util.concurrent.Future<Long>> parts = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            int part = p;
            parts.add(pool.submit(() -> recomputePartition(con, partitions, part)));
        }
        long travellers = 0;
        try {
            for (java.util.concurrent.Future<Long> f : parts) {
                travellers += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("recomputing stays was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(
                    "recomputing stays failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        log.info(
                "Recomputed the stays of {} travellers in {} ms ({} partitions)",
                travellers,
                (System.nanoTime() - started) / 1_000_000,
                partitions);
        return travellers;
    }

    private long recomputePartition(Connection writer, int partitions, int part) throws SQLException {
        long travellers = 0;
        Output out = new Output();
        try (Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            reader.setReadOnly(true);
            try (Statement st = reader.createStatement()) {
                // The partition's crossings are sorted by traveller and time: in memory rather than in
                // many small runs on disk (the default 4 MB), for this transaction only.
                st.execute("SET LOCAL work_mem = '256MB'");
            }
            try (PreparedStatement ps = reader.prepareStatement(CROSSINGS + " WHERE traveller_id % ? = ?" + ORDER)) {
                ps.setInt(1, partitions);
                ps.setInt(2, part);
                ps.setFetchSize(20_000);
                try (ResultSet rs = ps.executeQuery()) {
                    long[] count = {0};
                    readGrouped(rs, lines -> {
                        count[0]++;
                        out.add(lines);
                        if (out.size() >= 20_000) {
                            synchronized (writer) {
                                flushUnchecked(out, writer);
                            }
                        }
                    });
                    travellers = count[0];
                }
            }
            reader.commit();
        }
        synchronized (writer) {
            out.flush(writer);
        }
        return travellers;
    }

    private static void flushUnchecked(Output out, Connection con) {
        try {
            out.flush(con);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The crossings as {@link #line} reads them: the time as epoch seconds (a double holds them to the
     * microsecond, PostgreSQL's precision) and the recipients as one text, both much cheaper to read than
     * a timestamp and an array (a full recompute reads every crossing).
     */
    static final String CROSSINGS = """
            SELECT traveller_id, host_state, id, direction, date_part('epoch', crossed_at), nationality, purpose,
                   distribution, array_to_string(shared_with, ',')
            FROM border_crossing
            """;

    static final String ORDER = " ORDER BY traveller_id, crossed_at, id";

    /** Reads rows ordered by traveller and calls {@code each} with each traveller's crossings. */
    static void readGrouped(ResultSet rs, Consumer<List<CrossingLine>> each) throws SQLException {
        List<CrossingLine> current = new ArrayList<>();
        long traveller = Long.MIN_VALUE;
        while (rs.next()) {
            CrossingLine line = line(rs);
            if (line.travellerId() != traveller && !current.isEmpty()) {
                each.accept(current);
                current = new ArrayList<>();
            }
            traveller = line.travellerId();
            current.add(line);
        }
        if (!current.isEmpty()) {
            each.accept(current);
        }
    }

    static CrossingLine line(ResultSet rs) throws SQLException {
        String shared = rs.getString(9);
        long micros = Math.round(rs.getDouble(5) * 1_000_000d);
        return new CrossingLine(
                rs.getLong(1),
                rs.getString(2),
                UUID.fromString(rs.getString(3)),
                rs.getString(4).equals("ENTRY") ? Direction.ENTRY : Direction.EXIT,
                Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                shared == null || shared.isEmpty() ? List.of() : Arrays.asList(shared.split(",")));
    }

    /** Buffers derived rows and writes them with COPY. */
    private final class Output {
        private final StringBuilder status = new StringBuilder(1 << 20);
        private final StringBuilder overstays = new StringBuilder(1 << 16);
        private final StringBuilder warnings = new StringBuilder(1 << 16);
        private int size;
        long copyNanos;

        void add(List<CrossingLine> lines) {
            long traveller = lines.get(0).travellerId();
            for (HostStay h : derive(lines)) {
                StayStatus s = h.status();
                if (s.openSince() == null
                        && s.overstays().isEmpty()
                        && s.warnings().isEmpty()) {
                    continue;
                }
                String sharing =
                        h.hostState() + "\t" + h.distribution() + "\t{" + String.join(",", h.sharedWith()) + "}";
                if (s.openSince() != null) {
                    status.append(traveller)
                            .append('\t')
                            .append(h.hostState())
                            .append('\t')
                            .append(s.asOf())
                            .append('\t')
                            .append(s.rule() == null ? "\\N" : s.rule().id())
                            .append('\t')
                            .append(nullable(s.openSince()))
                            .append('\t')
                            .append(s.daysUsed())
                            .append('\t')
                            .append(nullable(s.daysAllowed()))
                            .append('\t')
                            .append(nullable(s.lastLegalDay()))
                            .append('\t')
                            .append(s.overstayDays())
                            .append('\t')
                            .append(sharing)
                            .append('\n');
                }
                for (Overstay o : s.overstays()) {
                    boolean ongoing = s.overstaying() && o.lastDay().equals(s.asOf());
                    overstays
                            .append(traveller)
                            .append('\t')
                            .append(h.hostState())
                            .append('\t')
                            .append(o.firstDay())
                            .append('\t')
                            .append(ongoing ? "\\N" : o.lastDay().toString())
                            .append('\t')
                            .append(o.rule().id())
                            .append('\t')
                            .append(sharing)
                            .append('\n');
                }
                for (StayWarning w : s.warnings()) {
                    warnings.append(w.kind())
                            .append('\t')
                            .append(traveller)
                            .append('\t')
                            .append(h.hostState())
                            .append('\t')
                            .append(w.crossingId())
                            .append('\t')
                            .append(w.detail().replace("\t", " "))
                            .append('\t')
                            .append(sharing)
                            .append('\n');
                }
                size++;
            }
        }

        int size() {
            return size;
        }

        void flush(Connection con) throws SQLException {
            long t = System.nanoTime();
            copy(
                    con,
                    "COPY border_stay_status (traveller_id, host_state, as_of, rule_id, open_since, days_used,"
                            + " days_allowed, last_legal_day, overstay_days, owner_state, distribution, shared_with)"
                            + " FROM STDIN",
                    status);
            copy(
                    con,
                    "COPY border_overstay (traveller_id, host_state, first_day, last_day, rule_id, owner_state,"
                            + " distribution, shared_with) FROM STDIN",
                    overstays);
            copy(
                    con,
                    "COPY border_warning (kind, traveller_id, host_state, crossing_id, detail, owner_state,"
                            + " distribution, shared_with) FROM STDIN",
                    warnings);
            size = 0;
            copyNanos += System.nanoTime() - t;
        }

        private void copy(Connection con, String sql, StringBuilder sb) throws SQLException {
            if (sb.isEmpty()) {
                return;
            }
            try {
                con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(sb.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + e.getMessage(), e);
            }
            sb.setLength(0);
        }

        private static String nullable(Object o) {
            return o == null ? "\\N" : o.toString();
        }
    }

    /** Travellers whose derived stays are queued for recomputation. */
    public Set<Long> queued() {
        try (Connection con = dataSource.getConnection();
                Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("SELECT traveller_id FROM border_stay_dirty")) {
            Set<Long> out = new HashSet<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
