package org.jsis.security.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jsis.security.internal.ApiTokens.Bearer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bearer tokens this process has verified, so that a request of a known token needs no round trip to the
 * database (the token query was one of the single crossing's two round trips; docs/benchmarks/border.md,
 * seventh session).
 *
 * <p>Correct when something changes: every change of a token, a user, a user's roles, an agency or a membership
 * period sends a notification at its commit (triggers of {@code V4_8}); a listener thread of this process
 * ({@code LISTEN jsis_bearer} on its own connection) forgets the entries concerned as it receives them, normally
 * within milliseconds of the commit. Changes made by this process's own services (revoking a token, disabling a
 * user, changing roles) also forget the entries concerned right after their commit, so the next request on this
 * node is refused without waiting for the notification. The cache is not used:
 *
 * <ul>
 *   <li>while the listener is not connected (at start, after a lost connection until it listens again; every
 *       (re)connection forgets everything first), so a lost notification cannot keep a stale entry;
 *   <li>inside a transaction (the thread may see its own uncommitted changes, which no notification announced);
 *   <li>for an entry older than {@link #maxAge} (a safety net: 10 s unless configured) or read on another day (the
 *       membership is read for a day).
 * </ul>
 *
 * A request that read the database while a notification arrived does not store what it read (a generation
 * counter), so a read that began before a change cannot outlive the change's notification. Expiry is checked by
 * the filter on every request from the entry's own {@code expires_at}.
 */
@Component
@ConditionalOnWebApplication
public class BearerCache implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BearerCache.class);
    static final String CHANNEL = "jsis_bearer";

    private record Entry(Bearer bearer, long storedAtNanos) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong syncsSent = new AtomicLong();
    private final AtomicLong syncsSeen = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final long maxAgeNanos;
    private final boolean enabled;
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Thread listener;

    BearerCache(
            DataSource dataSource,
            JdbcClient jdbc,
            @Value("${jsis.security.bearer-cache.max-age:10s}") Duration maxAge,
            @Value("${jsis.security.bearer-cache.enabled:true}") boolean enabled) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.maxAgeNanos = maxAge.toNanos();
        this.enabled = enabled && !maxAge.isZero() && !maxAge.isNegative();
    }

    /** The key of a token: the hex of its SHA-256 (the token itself is never kept). */
    static String key(byte[] sha256) {
        return HexFormat.of().formatHex(sha256);
    }

    /** The counter to pass to {@link #put} for a read that starts now. */
    long generation() {
        return generation.get();
    }

    /** The verified token, if this process may answer from memory for the day {@code on}. */
    Optional<Bearer> get(String key, LocalDate on) {
        if (!usable()) {
            return Optional.empty();
        }
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - entry.storedAtNanos() > maxAgeNanos
                || !entry.bearer().on().equals(on)) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.bearer());
    }

    /** Keeps what a request read, unless a notification arrived since {@code readGeneration} was taken. */
    void put(String key, Bearer bearer, long readGeneration) {
        if (!usable()) {
            return;
        }
        Entry entry = new Entry(bearer, System.nanoTime());
        entries.put(key, entry);
        if (generation.get() != readGeneration) {
            entries.remove(key, entry);
        }
    }

    private boolean usable() {
        return enabled && listening && !TransactionSynchronizationManager.isActualTransactionActive();
    }

    /** Forgets a token (after the current transaction's commit, if there is one). */
    public void forgetToken(long tokenId) {
        afterCommit(() -> forget(e -> e.bearer().token().id() == tokenId));
    }

    /** Forgets every token of a user (after the current transaction's commit, if there is one). */
    public void forgetUser(long userId) {
        afterCommit(() -> forget(e -> e.bearer().account().id() == userId));
    }

    /** Forgets everything. */
    void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    private void forget(Predicate<Entry> which) {
        generation.incrementAndGet();
        entries.values().removeIf(which);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /** How many tokens are kept (for tests). */
    public int size() {
        return entries.size();
    }

    /** Whether the listener is connected, so that the cache is used. */
    public boolean listening() {
        return listening;
    }

    /**
     * Waits until this process has taken into account every change committed before this call: until its listener
     * has received a marker notification sent now (PostgreSQL delivers notifications in commit order, so the
     * changes' notifications came before it), or has lost its connection or connected anew since (both empty the
     * cache), or is not listening (then the cache is not used). For tests that change the tables in SQL and then
     * expect the next request to see it; {@code false} if none of these happened within {@code timeout}.
     */
    public boolean awaitNotifications(Duration timeout) throws InterruptedException {
        long connection = connections.get();
        if (!listening) {
            return true;
        }
        long marker = syncsSent.incrementAndGet();
        jdbc.sql("SELECT pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", "s" + marker)
                .query()
                .singleValue();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (syncsSeen.get() < marker && listening && connections.get() == connection) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    private void handle(String payload) {
        if (payload.startsWith("t")) {
            long id = Long.parseLong(payload.substring(1));
            forget(e -> e.bearer().token().id() == id);
        } else if (payload.startsWith("u")) {
            long id = Long.parseLong(payload.substring(1));
            forget(e -> e.bearer().account().id() == id);
        } else if (payload.startsWith("s")) {
            syncsSeen.accumulateAndGet(Long.parseLong(payload.substring(1)), Math::max);
        } else {
            forgetAll();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = openConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                connections.incrementAndGet();
                forgetAll();
                listening = true;
                log.debug("bearer token cache: listening on {}", CHANNEL);
                while (running) {
                    PGNotification[] received = pg.getNotifications(500);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            handle(notification.getParameter());
                        }
                    }
                    if (connection.isClosed()) {
                        throw new SQLException("listener connection closed");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("bearer token cache: listener lost its connection, cache off until it listens again", e);
                }
            } finally {
                listening = false;
                connections.incrementAndGet();
                forgetAll();
            }
            sleepBeforeRetry();
        }
    }

    private void sleepBeforeRetry() {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** A connection of its own (not the pool's: it is held for as long as the process runs). */
    private Connection openConnection() throws SQLException {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
    }

    @Override
    public void start() {
        if (!enabled || running) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::listen, "jsis-bearer-cache");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        Thread thread = listener;
        if (thread != null) {
            // The listener sees the flag within its 0.5 s poll and closes its connection before the database goes.
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        forgetAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
