package org.jsis.register;

import java.io.ByteArrayInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jsis.security.Caller;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports that run in the background so that a page can show their progress: one at a time per node, in
 * the order started. Each job's state, progress and result are kept in PostgreSQL ({@code
 * register_import_job}), written in their own short transactions beside the import's one, so they survive a
 * restart and show on every node.
 *
 * <p>The file itself stays in the memory of the node that runs the import. While a job is queued or
 * running, its node renews {@code heartbeat_at} every {@link #HEARTBEAT_SECONDS} seconds; a job whose
 * heartbeat is older than {@link #STALE_SECONDS} seconds lost its node (stopped or crashed) and is shown, and
 * stored by the next node that looks, as {@code FAILED}. Its import, a single transaction, was rolled back
 * with the connection, so an interrupted import leaves nothing half-written.
 */
@Service
public class ImportJobs implements DisposableBean, SmartInitializingSingleton {

    static final int HEARTBEAT_SECONDS = 5;
    static final int STALE_SECONDS = 30;
    static final String INTERRUPTED = "interrupted: the JSIS node running this import stopped before it finished;"
            + " nothing was imported, start it again";
    private static final long PROGRESS_EVERY_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final RegisterImports imports;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String node;
    private final boolean heartbeatEnabled;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> daemon(r, "register-import"));
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "register-import-heartbeat"));

    ImportJobs(
            RegisterImports imports,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            @Value("${jsis.register.import-jobs.heartbeat:true}") boolean beat) {
        this.imports = imports;
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.node = UUID.randomUUID().toString();
        this.heartbeatEnabled = beat;
    }

    /** Starts the heartbeat once the database is migrated; its first beat stores lost jobs as failed. */
    @Override
    public void afterSingletonsInstantiated() {
        if (heartbeatEnabled) {
            heartbeat.scheduleWithFixedDelay(this::beat, 0, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The state of one background import; {@code result} once it succeeded, {@code error} once it failed. */
    public record Job(
            UUID id,
            long userId,
            String ownerState,
            String fileName,
            ImportFormat format,
            String state,
            String phase,
            long done,
            long total,
            @Nullable ImportResult result,
            @Nullable String error,
            Instant started) {

        /** Percent done in the current phase, or -1 when the total is not known yet. */
        public int percent() {
            return total > 0 ? (int) Math.min(100, done * 100 / total) : -1;
        }

        public boolean finished() {
            return state.equals("DONE") || state.equals("FAILED");
        }
    }

    /** Queues an import of {@code content} for the caller; returns the job at once. */
    public Job start(ImportRequest request, byte[] content, String fileName, Caller caller) {
        UUID id = UUID.randomUUID();
        write(
                """
                INSERT INTO register_import_job (id, user_id, owner_state, file_name, format, state, phase, node)
                VALUES (?, ?, ?, ?, ?, 'QUEUED', 'queued', ?)
                """,
                id,
                caller.id(),
                request.ownerState(),
                fileName,
                request.format().name(),
                node);
        SecurityContext context = SecurityContextHolder.getContext();
        executor.submit(() -> run(id, request, content, caller, context));
        return read(id).orElseThrow();
    }

    private void run(UUID id, ImportRequest request, byte[] content, Caller caller, SecurityContext context) {
        SecurityContextHolder.setContext(context);
        try {
            long[] last = {0};
            String[] lastPhase = {""};
            ImportResult result = imports.importFile(
                    request,
                    new ByteArrayInputStream(content),
                    (phase, done, total) -> {
                        long now = System.currentTimeMillis();
                        if (!phase.equals(lastPhase[0]) || now - last[0] >= PROGRESS_EVERY_MILLIS || done == total) {
                            last[0] = now;
                            lastPhase[0] = phase;
                            progress(id, phase, done, total);
                        }
                    },
                    caller);
            write(
                    """
                    UPDATE register_import_job SET state = 'DONE', phase = 'done', done = ?, total = ?, source = ?, read = ?,
                           created = ?, updated = ?, unchanged = ?, delisted = ?, skipped = ?, millis = ?, error = NULL,
                           finished_at = now(), heartbeat_at = now()
                     WHERE id = ?
                    """,
                    result.read(),
                    result.read(),
                    result.source(),
                    result.read(),
                    result.created(),
                    result.updated(),
                    result.unchanged(),
                    result.delisted(),
                    result.skipped(),
                    result.millis(),
                    id);
        } catch (RuntimeException e) {
            fail(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void progress(UUID id, String phase, long done, long total) {
        write("""
                UPDATE register_import_job SET state = 'RUNNING', phase = ?, done = ?, total = ?, heartbeat_at = now()
                 WHERE id = ? AND state IN ('QUEUED', 'RUNNING')
                """, phase, done, total, id);
    }

    private void fail(UUID id, String error) {
        try {
            write("""
                    UPDATE register_import_job SET state = 'FAILED', phase = 'failed', error = ?, finished_at = now()
                     WHERE id = ?
                    """, error, id);
        } catch (RuntimeException e) {
            log.warn("Could not record that import job {} failed ({}): {}", id, error, e.getMessage());
        }
    }

    /** The job, when it exists and the caller started it (on any node). */
    public Optional<Job> find(UUID id, Caller caller) {
        return read(id).filter(j -> j.userId() == caller.id());
    }

    private Optional<Job> read(UUID id) {
        return jdbc.query("""
                        SELECT j.*, (j.state IN ('QUEUED', 'RUNNING') AND j.heartbeat_at < now() - make_interval(secs => ?))
                                    AS lost
                          FROM register_import_job j WHERE j.id = ?
                        """, ImportJobs::job, STALE_SECONDS, id).stream().findFirst();
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        boolean lost = rs.getBoolean("lost");
        String state = lost ? "FAILED" : rs.getString("state");
        ImportResult result = rs.getObject("created") == null
                ? null
                : new ImportResult(
                        rs.getString("source"),
                        rs.getString("owner_state"),
                        rs.getInt("read"),
                        rs.getInt("created"),
                        rs.getInt("updated"),
                        rs.getInt("unchanged"),
                        rs.getInt("delisted"),
                        rs.getInt("skipped"),
                        rs.getLong("millis"));
        Timestamp started = rs.getTimestamp("started_at");
        return new Job(
                rs.getObject("id", UUID.class),
                rs.getLong("user_id"),
                rs.getString("owner_state"),
                rs.getString("file_name"),
                ImportFormat.valueOf(rs.getString("format")),
                state,
                lost ? "failed" : rs.getString("phase"),
                rs.getLong("done"),
                rs.getLong("total"),
                result,
                lost ? INTERRUPTED : rs.getString("error"),
                started.toInstant());
    }

    /**
     * Renews this node's jobs' heartbeat and stores as failed the jobs whose node stopped beating (also at
     * start, since the heartbeat runs at once).
     */
    void beat() {
        try {
            write(
                    "UPDATE register_import_job SET heartbeat_at = now() WHERE node = ? AND state IN ('QUEUED', 'RUNNING')",
                    node);
            failLost();
        } catch (RuntimeException e) {
            log.warn("Import job heartbeat failed: {}", e.getMessage());
        }
    }

    /** Stores as failed every queued or running job whose node stopped beating; returns how many. */
    int failLost() {
        return write("""
                UPDATE register_import_job SET state = 'FAILED', phase = 'failed', error = ?, finished_at = now()
                 WHERE state IN ('QUEUED', 'RUNNING') AND heartbeat_at < now() - make_interval(secs => ?)
                """, INTERRUPTED, STALE_SECONDS);
    }

    /** Writes in a transaction of its own, so progress shows while the import's transaction is still open. */
    private int write(String sql, Object... params) {
        Integer n = ownTransaction.execute(tx -> jdbc.update(sql, params));
        return n == null ? 0 : n;
    }

    @Override
    public void destroy() throws InterruptedException {
        heartbeat.shutdownNow();
        executor.shutdownNow();
        executor.awaitTermination(2, TimeUnit.SECONDS);
        try {
            write("""
                    UPDATE register_import_job SET state = 'FAILED', phase = 'failed', error = ?, finished_at = now()
                     WHERE node = ? AND state IN ('QUEUED', 'RUNNING')
                    """, INTERRUPTED, node);
        } catch (RuntimeException e) {
            log.debug("Could not mark this node's unfinished imports as failed at shutdown: {}", e.getMessage());
        }
    }
}
