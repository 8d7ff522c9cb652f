package org.jsis.register.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, loads the relations every screening reads into PostgreSQL's shared buffers with the standard
 * {@code pg_prewarm} extension, so that the first screenings after a start find them in memory instead of
 * reading each hit's pages from disk one at a time.
 *
 * <p>A screening reads its hits' rows by primary key and their designations by entity ({@link
 * EntityStore#screened}). After a start those pages are in neither PostgreSQL's buffers nor, often, the
 * operating system's cache: the index's load reads the entity table with a sequential scan, which PostgreSQL
 * runs through a small ring of buffers when the table is larger than a quarter of them. Each hit then costs a
 * few random reads from disk, a thousand pages a second at 200 screenings a second, and every commit's WAL
 * flush waits behind them on the same disk (README, "Register"). A long-running server has these pages in
 * its buffers anyway; this puts a freshly started one in the same state, in one sequential read per relation.
 *
 * <p>The relations are loaded indexes first (the entities' primary key, the designations' entity index,
 * then the designations, then the entities), each only when the total stays within half of {@code shared_buffers}, so that the warm-up never pushes out
 * more than it brings. It needs the extension in the database: the embedded PostgreSQL has it created at
 * start; on an external PostgreSQL an administrator runs {@code CREATE EXTENSION pg_prewarm}, and without it
 * the warm-up is skipped with a log line. It runs where the name index loads (so not in {@code ./jsis import}'s
 * context, which switches the index off), on its own thread beside the name index's load, and the
 * health component {@code registerCache} is {@code OUT_OF_SERVICE} until it has finished (it never fails a
 * start: an error is logged and reported, and screening works as without it). Switched off with {@code
 * jsis.register.cache-warm-up.enabled=false}.
 */
@Component
public class RegisterCacheWarmUp implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RegisterCacheWarmUp.class);

    /** What {@link EntityStore#screened} reads, in the order loaded: the indexes first, the entities last. */
    static final List<String> RELATIONS = List.of(
            "register_entity_pkey", "register_designation_entity_idx", "register_designation", "register_entity");

    /** Where the warm-up is. */
    public enum State {
        /** Switched off by configuration. */
        DISABLED,
        /** Not started yet, or loading. */
        RUNNING,
        /** Finished: everything that fits is loaded. */
        DONE,
        /** Not run: the database has no {@code pg_prewarm}. */
        SKIPPED,
        /** Ended by an error (logged); screening is unaffected. */
        FAILED
    }

    /** One relation's outcome: its size, and how many blocks were loaded (0 when it did not fit). */
    record Loaded(String relation, long bytes, long blocks) {}

    /** What a warm-up did; {@code budgetBytes} is half of {@code shared_buffers}. */
    record Report(long budgetBytes, List<Loaded> relations, long millis) {

        long loadedBytes() {
            return relations.stream()
                    .filter(r -> r.blocks() > 0)
                    .mapToLong(Loaded::bytes)
                    .sum();
        }
    }

    private final JdbcClient jdbc;
    private final boolean enabled;
    private volatile State state;
    private volatile @Nullable Report report;
    private volatile @Nullable String failure;

    RegisterCacheWarmUp(
            DataSource dataSource,
            @Value("${jsis.register.cache-warm-up.enabled:true}") boolean enabled,
            @Value("${jsis.register.index.enabled:true}") boolean indexEnabled) {
        this.jdbc = JdbcClient.create(dataSource);
        // Only where screenings are served: not in ./jsis import's context, which switches the index off and
        // would only spend its import's I/O on pages it never reads.
        this.enabled = enabled && indexEnabled;
        this.state = this.enabled ? State.RUNNING : State.DISABLED;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(this::run, "register-cache-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the warm-up in the calling thread; never throws. */
    void run() {
        try {
            if (!installed()) {
                state = State.SKIPPED;
                log.info("The database has no pg_prewarm extension: the register's tables are read from disk as the"
                        + " first screenings after a start touch them (CREATE EXTENSION pg_prewarm to have"
                        + " them loaded at start)");
                return;
            }
            long budget = jdbc.sql("SELECT pg_size_bytes(current_setting('shared_buffers')) / 2")
                    .query(Long.class)
                    .single();
            Report r = warm(budget);
            report = r;
            state = State.DONE;
            List<String> skipped = r.relations().stream()
                    .filter(l -> l.blocks() == 0 && l.bytes() > 0)
                    .map(Loaded::relation)
                    .toList();
            log.info(
                    "Register tables loaded into PostgreSQL's shared buffers for screening: {} MB in {} ms{}",
                    r.loadedBytes() >> 20,
                    r.millis(),
                    skipped.isEmpty()
                            ? ""
                            : " (not loaded, beyond half of shared_buffers: " + String.join(", ", skipped) + ")");
        } catch (RuntimeException e) {
            failure = e.getMessage();
            state = State.FAILED;
            log.warn("The register's cache warm-up failed; screening works without it", e);
        }
    }

    private boolean installed() {
        return jdbc.sql("SELECT count(*) FROM pg_extension WHERE extname = 'pg_prewarm'")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Loads {@link #RELATIONS} in order, each only when the total loaded stays within {@code budgetBytes}; a
     * relation that does not fit is passed over (a later, smaller one may still fit).
     */
    Report warm(long budgetBytes) {
        long start = System.nanoTime();
        List<Loaded> out = new ArrayList<>();
        long total = 0;
        for (String relation : RELATIONS) {
            long bytes = jdbc.sql("SELECT COALESCE(pg_relation_size(to_regclass(:r)), 0)")
                    .param("r", relation)
                    .query(Long.class)
                    .single();
            if (bytes == 0 || total + bytes > budgetBytes) {
                out.add(new Loaded(relation, bytes, 0));
                continue;
            }
            long blocks = jdbc.sql("SELECT pg_prewarm(to_regclass(:r))")
                    .param("r", relation)
                    .query(Long.class)
                    .single();
            total += bytes;
            out.add(new Loaded(relation, bytes, blocks));
        }
        return new Report(budgetBytes, List.copyOf(out), (System.nanoTime() - start) / 1_000_000);
    }

    public State state() {
        return state;
    }

    /** The health component's details: what was loaded, how much and how long it took. */
    Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", state.name());
        Report r = report;
        if (r != null) {
            out.put("loadedMegabytes", r.loadedBytes() >> 20);
            out.put("budgetMegabytes", r.budgetBytes() >> 20);
            out.put("millis", r.millis());
            out.put(
                    "relations",
                    r.relations().stream()
                            .map(l -> l.relation() + (l.blocks() > 0 ? "" : " (not loaded)"))
                            .toList());
        }
        String f = failure;
        if (f != null) {
            out.put("failure", f);
        }
        return out;
    }
}
