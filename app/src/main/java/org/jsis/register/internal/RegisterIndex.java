package org.jsis.register.internal;

import com.ibm.icu.text.Transliterator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.Match;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.PartialDate;
import org.jsis.register.RegisterChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * The register's name index: every listed entity's names, birth dates and nationalities in a namematch
 * {@link NameIndex}, and beside it each entity's owner and distribution, so that a search can skip the
 * records a viewer may not see without asking the database (which re-checks the hits it loads).
 *
 * <p><b>Loading at start.</b> The index is loaded in the background when the application starts, so the
 * rest of JSIS serves requests at once; {@code /actuator/health} reports the component {@code registerIndex}
 * as {@code OUT_OF_SERVICE} with the count loaded so far until it is complete, and a screening meanwhile
 * waits up to {@code jsis.register.index.wait-millis} (default 5 s) and then answers 503: a partial index
 * would miss records, and a screening must never say "no hit" for that reason. The load is one pass over
 * one query, streamed from PostgreSQL with a cursor ({@value #FETCH} rows per round trip), each entity's
 * names and birth dates (both ends of a range) gathered by two correlated index lookups, so rows flow from
 * the first moment; a
 * second thread feeds the rows to {@link NameIndex#putAll} in batches of {@value #BATCH} while the next ones
 * are read.
 *
 * <p><b>Following changes.</b> Every transaction that changes register entities publishes {@link
 * RegisterChanged}; after it commits, the changed entities are read again and put into (or, when delisted,
 * withdrawn or gone, removed from) the index. Changes that commit while a full load runs are noted and read
 * again once the load has finished, so the load cannot leave an older version behind.
 *
 * <p><b>Searches at once.</b> A search is CPU work from start to end (no I/O), so more searches at once than
 * there are processors only share the processors: each takes longer, and all of them hold their working
 * memory (the matcher's scratch and candidates) the whole time, which the young collections then copy. At
 * most {@code jsis.register.index.searches} searches (default: the number of processors) run at once; the
 * others wait their turn in arrival order (a fair semaphore) and none is refused. The rest of a screening
 * (HTTP, security, the database, the audit) runs outside this limit.
 */
@Component
public class RegisterIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RegisterIndex.class);
    private static final int FETCH = 10_000;
    private static final int BATCH = 5_000;
    private static final int WARM_UP_NAMES = 20_000;
    private static final int WARM_UP_PASSES = 2;

    /** The entities to index: listed, not withdrawn; {@code %s} is an extra condition on {@code e}. */
    private static final String QUERY = """
            SELECT e.id, e.kind, e.owner_state, e.distribution, e.shared_with, e.nationalities,
                   ARRAY(SELECT n.name FROM register_name n WHERE n.entity_id = e.id ORDER BY n.id) AS names,
                   ARRAY(SELECT v.d FROM register_birth_date b, LATERAL (VALUES (b.date_from), (b.date_to)) v (d)
                          WHERE b.entity_id = e.id AND v.d IS NOT NULL ORDER BY b.id) AS dates
              FROM register_entity e
             WHERE e.status = 'LISTED' AND e.withdrawn_at IS NULL %s
            """;

    /** Where the index is: loading at start, ready, failed to load, or switched off. */
    public enum State {
        LOADING,
        READY,
        FAILED,
        DISABLED
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final boolean enabled;
    private final long waitMillis;
    private final int loadThreads;
    private final long warmUpMillis;
    private final NameIndex index = new NameIndex();
    private final Map<String, Sharing> sharing = new ConcurrentHashMap<>();
    /**
     * One instance of each distinct sharing (owner, distribution, recipients): a register has few of them and
     * a million entities, so the index keeps a reference per entity instead of a copy.
     */
    private final Map<Sharing, Sharing> sharings = new ConcurrentHashMap<>();
    /** Serialises full loads. */
    private final ReentrantLock fullLoad = new ReentrantLock();
    /** Guards {@link #pending} and {@link #loadingAll}, and serialises re-reads of changed entities. */
    private final Object writes = new Object();

    private final Set<UUID> pending = new LinkedHashSet<>();
    private boolean loadingAll;
    private final CountDownLatch firstLoad = new CountDownLatch(1);
    private volatile State state;
    private volatile @Nullable String failure;
    private final AtomicLong loaded = new AtomicLong();
    /** Time the indexing thread of the last full load spent in {@link NameIndex#putAll}, in nanoseconds. */
    private final AtomicLong putNanos = new AtomicLong();

    private volatile long loadMillis = -1;
    /** Limits the searches that run at once; fair, so waiting searches are served in arrival order. */
    private final Semaphore searchSlots;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final boolean threadCpu = THREADS.isCurrentThreadCpuTimeSupported();
    private final LongAdder searchCount = new LongAdder();
    private final LongAdder searchWaitNanos = new LongAdder();
    private final LongAdder searchNanos = new LongAdder();
    private final LongAdder searchCpuNanos = new LongAdder();

    /** The sharing columns of one indexed entity. */
    public record Sharing(String owner, String distribution, Set<String> sharedWith) {

        /** The same rule as the SQL function {@code jsis_can_see}, for a viewer who is a member on the day. */
        public boolean visibleTo(@Nullable String viewerState) {
            if (viewerState == null) {
                return distribution.equals("ALL_MEMBERS");
            }
            return owner.equals(viewerState)
                    || distribution.equals("ALL_MEMBERS")
                    || (distribution.equals("SELECTED_STATES") && sharedWith.contains(viewerState));
        }
    }

    private record Row(NameRecord record, Sharing sharing) {}

    RegisterIndex(
            DataSource dataSource,
            TransactionTemplate transactions,
            @Value("${jsis.register.index.enabled:true}") boolean enabled,
            @Value("${jsis.register.index.wait-millis:5000}") long waitMillis,
            @Value("${jsis.register.index.load-threads:0}") int loadThreads,
            @Value("${jsis.register.index.warm-up-millis:20000}") long warmUpMillis,
            @Value("${jsis.register.index.searches:0}") int searches) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.transactions = transactions;
        this.enabled = enabled;
        this.waitMillis = waitMillis;
        this.loadThreads = loadThreads > 0 ? loadThreads : Runtime.getRuntime().availableProcessors();
        this.warmUpMillis = warmUpMillis;
        this.searchSlots =
                new Semaphore(searches > 0 ? searches : Runtime.getRuntime().availableProcessors(), true);
        this.state = enabled ? State.LOADING : State.DISABLED;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            firstLoad.countDown();
            return;
        }
        Thread loader = new Thread(
                () -> {
                    try {
                        reload(null);
                    } catch (RuntimeException e) {
                        failure = e.getMessage();
                        state = State.FAILED;
                        log.error("Register name index could not be loaded; screening answers 503", e);
                    }
                },
                "register-index-load");
        loader.setDaemon(true);
        loader.start();
    }

    /** After a change commits, re-reads the changed entities into the index (later, if a full load runs). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(RegisterChanged event) {
        if (enabled && !event.entityIds().isEmpty()) {
            synchronized (writes) {
                if (loadingAll) {
                    pending.addAll(event.entityIds());
                    return;
                }
            }
            reload(event.entityIds());
        }
    }

    /**
     * Re-reads the given entities (all when {@code ids} is null, streamed in one pass) and returns how many
     * of them are indexed now. Runs in the calling thread.
     */
    public int reload(@Nullable Collection<UUID> ids) {
        return ids == null ? loadAll() : reloadSome(ids);
    }

    private int reloadSome(Collection<UUID> ids) {
        synchronized (writes) {
            Set<String> seen = new HashSet<>();
            List<NameRecord> records = new ArrayList<>();
            UUID[] array = ids.toArray(UUID[]::new);
            transactions.executeWithoutResult(tx -> jdbc.query(
                    QUERY.formatted("AND e.id = ANY(?)"),
                    rs -> {
                        Row row = row(rs);
                        if (row == null) {
                            return;
                        }
                        seen.add(row.record().id());
                        sharing.put(row.record().id(), row.sharing());
                        records.add(row.record());
                    },
                    (Object) array));
            index.putAll(records);
            for (UUID id : ids) {
                if (!seen.contains(id.toString())) {
                    index.remove(id.toString());
                    sharing.remove(id.toString());
                }
            }
            return seen.size();
        }
    }

    private int loadAll() {
        fullLoad.lock();
        try {
            long start = System.nanoTime();
            synchronized (writes) {
                loadingAll = true;
            }
            loaded.set(0);
            putNanos.set(0);
            Set<String> seen = sharing.isEmpty() ? null : new HashSet<>();
            try {
                stream(seen);
            } finally {
                synchronized (writes) {
                    loadingAll = false;
                }
            }
            if (seen != null) {
                for (String id : List.copyOf(sharing.keySet())) {
                    if (!seen.contains(id)) {
                        index.remove(id);
                        sharing.remove(id);
                    }
                }
            }
            long warmUpNanos = firstLoad.getCount() > 0 ? warmUp() : 0;
            // Changes committed during the load: read them again now, so none is left at an older version.
            while (true) {
                List<UUID> changed;
                synchronized (writes) {
                    changed = List.copyOf(pending);
                    pending.clear();
                    if (changed.isEmpty()) {
                        state = State.READY;
                        break;
                    }
                }
                reloadSome(changed);
            }
            loadMillis = (System.nanoTime() - start - warmUpNanos) / 1_000_000;
            firstLoad.countDown();
            log.info(
                    "Register name index loaded: {} entities in {} ms ({} ms of it in NameIndex.putAll, while the"
                            + " next rows were read)",
                    loaded.get(),
                    loadMillis,
                    putNanos.get() / 1_000_000);
            return (int) loaded.get();
        } finally {
            fullLoad.unlock();
        }
    }

    /**
     * Before the first load reports ready, runs searches shaped like screenings for a spread of indexed
     * records ({@link #warmUpQueries}) until the JIT compilers have fallen quiet ({@link WarmUpClock}), for at
     * most {@code jsis.register.index.warm-up-millis} and at most twice through the sample, so that the search
     * code is compiled, for the branches real screenings take, before the first real screening instead of
     * during it. Each search takes the same
     * path as a screening's (the visibility filter, the explanation's text). Nothing is kept from these
     * searches.
     */
    private long warmUp() {
        if (warmUpMillis <= 0 || sharing.isEmpty()) {
            return 0;
        }
        long start = System.nanoTime();
        List<NameRecord> sample =
                spread(WARM_UP_NAMES).stream().map(Sampled::record).toList();
        if (sample.isEmpty()) {
            return 0;
        }
        String viewer = sharing.get(sample.get(0).id()) == null
                ? null
                : sharing.get(sample.get(0).id()).owner();
        Predicate<Sharing> visible = s -> s.visibleTo(viewer);
        WarmUpClock clock = WarmUpClock.system(warmUpMillis);
        int searches = 0;
        int k = 0;
        @Nullable String previous = null;
        // Twice through the sample at most: a small register is gone through in well under a second.
        while (k < WARM_UP_PASSES * sample.size() && !clock.done()) {
            NameRecord record = sample.get(k % sample.size());
            for (NameQuery query : warmUpQueries(record, k, previous)) {
                for (Match m : searchVisible(builder(query), 10, visible)) {
                    m.explanation().toText();
                }
                searches++;
            }
            k++;
            previous = record.names().get(0);
        }
        long nanos = System.nanoTime() - start;
        log.info(
                "Register name index warmed up: {} searches of {} sampled records in {} ms ({}; the compilers"
                        + " worked {} ms meanwhile)",
                searches,
                Math.min(k, sample.size()),
                nanos / 1_000_000,
                clock.quiet()
                        ? "ended when the compilers fell quiet"
                        : k >= WARM_UP_PASSES * sample.size() ? "ended after the sample twice" : "ended at its limit",
                clock.compileMillis());
        return nanos;
    }

    private static NameQuery.Builder builder(NameQuery query) {
        NameQuery.Builder b = NameQuery.builder(query.name());
        query.kind().ifPresent(b::kind);
        query.birthDate().ifPresent(b::birthDate);
        query.nationality().ifPresent(b::nationality);
        return b;
    }

    /**
     * The warm-up's searches for the {@code k}-th sampled record, shaped like real screenings so that the
     * compiled search code has seen their branches (a narrower warm-up left the compilers recompiling the
     * matcher's hottest methods for minutes of screening, each time a branch it had never taken was taken):
     * one of the record's names in turn (aliases too, so other scripts than the primary name's), every other
     * time with the record's kind and first birth date and nationality (every fourth time a birth date seven
     * years off, which the birth date's comparison has to reject); the same name with a letter dropped inside
     * its longest word (a misspelling); the name as a screening officer might type it, in turn: in Latin
     * letters (a name in another script transliterated, one in Latin with its accents dropped), its last word
     * first, in capitals, without its middle word; and every third time a name that is no one's (this name's
     * first word and the last word of {@code previous}, the sample before).
     */
    public static List<NameQuery> warmUpQueries(NameRecord record, int k, @Nullable String previous) {
        List<String> names = record.names();
        String name = names.get(Math.floorMod(k, names.size())).strip();
        List<NameQuery> out = new ArrayList<>(4);
        NameQuery.Builder exact = NameQuery.builder(name);
        if (k % 2 == 1) {
            exact.kind(record.kind());
            if (!record.birthDates().isEmpty()) {
                PartialDate date = record.birthDates().get(0);
                exact.birthDate(k % 4 == 3 ? PartialDate.ofYear(date.year() + 7) : date);
            }
            if (!record.nationalities().isEmpty()) {
                exact.nationality(record.nationalities().get(0));
            }
        }
        out.add(exact.build());
        String misspelt = dropInsideLongestWord(name);
        if (misspelt != null) {
            out.add(NameQuery.builder(misspelt).build());
        }
        String typed = typedVariant(name, k);
        if (typed != null && !typed.isBlank() && !typed.equals(name)) {
            out.add(NameQuery.builder(typed).build());
        }
        if (k % 3 == 2 && previous != null) {
            String[] these = name.split("\\s+");
            String[] those = previous.strip().split("\\s+");
            if (these.length > 1 && those.length > 1) {
                out.add(NameQuery.builder(these[0] + " " + those[those.length - 1])
                        .build());
            }
        }
        return out;
    }

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    /**
     * The name as it might be typed at a border, the {@code k}-th way in turn: in plain Latin letters, its last
     * word first, in capitals, or without its middle word (null when that way leaves it unchanged).
     */
    static @Nullable String typedVariant(String name, int k) {
        String[] words = name.split("\\s+");
        return switch (Math.floorMod(k, 4)) {
            case 0 -> TO_LATIN.get().transliterate(name);
            case 1 ->
                words.length < 2
                        ? null
                        : words[words.length - 1] + " "
                                + String.join(" ", List.of(words).subList(0, words.length - 1));
            case 2 -> name.toUpperCase(java.util.Locale.ROOT);
            default ->
                words.length < 3
                        ? null
                        : String.join(" ", List.of(words).subList(0, words.length / 2)) + " "
                                + String.join(" ", List.of(words).subList(words.length / 2 + 1, words.length));
        };
    }

    /**
     * The name with the middle letter of its longest word dropped; null when that word is under 5 characters
     * (or the middle one is half of a surrogate pair).
     */
    static @Nullable String dropInsideLongestWord(String name) {
        int bestStart = -1;
        int bestLength = 0;
        int i = 0;
        while (i < name.length()) {
            while (i < name.length() && Character.isWhitespace(name.charAt(i))) {
                i++;
            }
            int startOfWord = i;
            while (i < name.length() && !Character.isWhitespace(name.charAt(i))) {
                i++;
            }
            if (i - startOfWord > bestLength) {
                bestStart = startOfWord;
                bestLength = i - startOfWord;
            }
        }
        if (bestLength < 5) {
            return null;
        }
        int drop = bestStart + bestLength / 2;
        if (Character.isSurrogate(name.charAt(drop))) {
            return null;
        }
        return name.substring(0, drop) + name.substring(drop + 1);
    }

    /**
     * Streams every indexed entity from the database (this thread) while {@link #loadThreads} threads put
     * them into the index in batches, so reading and indexing overlap, and the names of several batches are
     * analysed at once ({@link NameIndex#putAll} analyses a batch's names before it takes the index's write
     * lock). Each entity comes once in a full load, so the order in which the batches land does not matter.
     */
    private void stream(@Nullable Set<String> seen) {
        BlockingQueue<List<Row>> batches = new ArrayBlockingQueue<>(2 * loadThreads + 2);
        List<Row> end = List.of();
        AtomicReference<@Nullable RuntimeException> indexFailure = new AtomicReference<>();
        List<Thread> indexers = new ArrayList<>();
        for (int t = 0; t < loadThreads; t++) {
            Thread indexer = new Thread(
                    () -> {
                        try {
                            while (true) {
                                List<Row> batch = batches.take();
                                if (batch == end) {
                                    return;
                                }
                                List<NameRecord> records = new ArrayList<>(batch.size());
                                for (Row r : batch) {
                                    sharing.put(r.record().id(), r.sharing());
                                    records.add(r.record());
                                }
                                long start = System.nanoTime();
                                index.putAll(records);
                                putNanos.addAndGet(System.nanoTime() - start);
                                loaded.addAndGet(records.size());
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException e) {
                            indexFailure.compareAndSet(null, e);
                            batches.clear();
                        }
                    },
                    "register-index-put-" + t);
            indexer.setDaemon(true);
            indexer.start();
            indexers.add(indexer);
        }
        try {
            List<Row>[] batch = new List[] {new ArrayList<Row>(BATCH)};
            transactions.executeWithoutResult(tx -> jdbc.query(QUERY.formatted(""), rs -> {
                Row row = row(rs);
                if (row == null) {
                    return;
                }
                if (seen != null) {
                    seen.add(row.record().id());
                }
                batch[0].add(row);
                if (batch[0].size() == BATCH) {
                    try {
                        handOver(batches, batch[0], indexers, indexFailure);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while loading the register name index", e);
                    }
                    batch[0] = new ArrayList<>(BATCH);
                }
            }));
            handOver(batches, batch[0], indexers, indexFailure);
            for (int t = 0; t < indexers.size(); t++) {
                handOver(batches, end, indexers, indexFailure);
            }
            for (Thread indexer : indexers) {
                indexer.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the register name index", e);
        } finally {
            indexers.forEach(Thread::interrupt);
        }
        RuntimeException failed = indexFailure.get();
        if (failed != null) {
            throw failed;
        }
    }

    private static void handOver(
            BlockingQueue<List<Row>> batches,
            List<Row> batch,
            List<Thread> indexers,
            AtomicReference<@Nullable RuntimeException> failure)
            throws InterruptedException {
        while (!batches.offer(batch, 1, TimeUnit.SECONDS)) {
            if (failure.get() != null || indexers.stream().noneMatch(Thread::isAlive)) {
                throw new IllegalStateException("the register name indexer stopped", failure.get());
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the register name indexer stopped", failure.get());
        }
    }

    /** The row as a name record and its sharing; null for an entity without names (nothing to match). */
    private @Nullable Row row(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<String> names = strings(rs.getArray("names"));
        if (names.isEmpty()) {
            return null;
        }
        List<PartialDate> dates = new ArrayList<>();
        for (String d : strings(rs.getArray("dates"))) {
            dates.add(PartialDate.parse(d));
        }
        EntityKind kind = rs.getString("kind").equals("PERSON") ? EntityKind.PERSON : EntityKind.ORGANISATION;
        NameRecord record = new NameRecord(id, kind, names, dates, strings(rs.getArray("nationalities")));
        Set<String> sharedWith = new HashSet<>();
        for (String s : strings(rs.getArray("shared_with"))) {
            sharedWith.add(s.strip());
        }
        Sharing sharing =
                new Sharing(rs.getString("owner_state"), rs.getString("distribution"), Set.copyOf(sharedWith));
        return new Row(record, sharings.computeIfAbsent(sharing, s -> s));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            if (o != null) {
                out.add(o.toString());
            }
        }
        return out;
    }

    /**
     * The best matches among the entities {@code visible} accepts, best first, at most {@code wanted}: asks
     * the index for more candidates while invisible ones crowd the visible ones out. Waits its turn while
     * {@code jsis.register.index.searches} searches run (see the class comment).
     *
     * @throws ResponseStatusException 503 when the index has not finished loading in time, or failed to load
     */
    public List<Match> search(NameQuery.Builder query, int wanted, Predicate<Sharing> visible) {
        awaitReady();
        long waiting = System.nanoTime();
        try {
            searchSlots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted while waiting to search");
        }
        long start = System.nanoTime();
        long cpu = threadCpu ? THREADS.getCurrentThreadCpuTime() : 0;
        try {
            return searchVisible(query, wanted, visible);
        } finally {
            searchSlots.release();
            if (threadCpu) {
                searchCpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
            }
            searchNanos.add(System.nanoTime() - start);
            searchWaitNanos.add(start - waiting);
            searchCount.increment();
        }
    }

    /**
     * What the searches of {@link #search} cost since start: their number, the time they waited for a turn,
     * the time they ran, and their threads' CPU time while running (the matcher and the visibility check of
     * its candidates; 0 where the JVM cannot measure a thread's CPU time), in nanoseconds.
     */
    public record SearchStats(long searches, long waitNanos, long runNanos, long cpuNanos) {}

    /**
     * The matches {@link #search} would answer, for the screening path's start-up warm-up ({@code
     * ScreeningWarmUp}): without waiting for a turn and without counting in {@link #searchStats()}, so the
     * search metrics stay those of real screenings.
     *
     * @throws ResponseStatusException 503 as {@link #search} does
     */
    public List<Match> searchForWarmUp(NameQuery.Builder query, int wanted, Predicate<Sharing> visible) {
        awaitReady();
        return searchVisible(query, wanted, visible);
    }

    /**
     * Up to {@code wanted} indexed records spread over the index (every n-th in its iteration order), with
     * the owner the index keeps for each, for the screening path's start-up warm-up; empty while the index is
     * not ready.
     */
    public List<Sampled> sample(int wanted) {
        return state == State.READY ? spread(wanted) : List.of();
    }

    /**
     * Up to {@code wanted} indexed records with names, every n-th in the index's iteration order so that they
     * spread over all of it, with their owners: the sample of both start-up warm-ups.
     */
    private List<Sampled> spread(int wanted) {
        List<Sampled> out = new ArrayList<>();
        if (wanted <= 0) {
            return out;
        }
        int step = Math.max(1, (sharing.size() + wanted - 1) / wanted);
        int i = 0;
        for (Map.Entry<String, Sharing> e : sharing.entrySet()) {
            if (out.size() >= wanted) {
                break;
            }
            if (i++ % step == 0) {
                Sharing s = e.getValue();
                index.get(e.getKey())
                        .filter(r -> !r.names().isEmpty())
                        .ifPresent(r -> out.add(new Sampled(r, s.owner())));
            }
        }
        return out;
    }

    /** An indexed record and its owner state. */
    public record Sampled(NameRecord record, String owner) {}

    public SearchStats searchStats() {
        return new SearchStats(searchCount.sum(), searchWaitNanos.sum(), searchNanos.sum(), searchCpuNanos.sum());
    }

    private List<Match> searchVisible(NameQuery.Builder query, int wanted, Predicate<Sharing> visible) {
        int limit = Math.max(wanted, 10);
        while (true) {
            List<Match> candidates = index.search(query.limit(limit).build());
            List<Match> out = new ArrayList<>();
            for (Match m : candidates) {
                Sharing s = sharing.get(m.recordId());
                if (s != null && visible.test(s)) {
                    out.add(m);
                    if (out.size() == wanted) {
                        return out;
                    }
                }
            }
            if (candidates.size() < limit || limit >= 100_000) {
                return out;
            }
            limit *= 4;
        }
    }

    private void awaitReady() {
        if (state == State.READY) {
            return;
        }
        try {
            firstLoad.await(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (state != State.READY) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    state == State.FAILED
                            ? "the register's name index failed to load (" + failure + "); screening is unavailable"
                            : state == State.DISABLED
                                    ? "the register's name index is switched off on this node"
                                    : "the register's name index is still loading (" + loaded.get()
                                            + " entities so far); retry shortly");
        }
    }

    /** The index's state, for the health endpoint: state, entities loaded, load time when ready. */
    public Map<String, Object> status() {
        Map<String, Object> out = new HashMap<>();
        out.put("state", state.name());
        out.put("entities", state == State.READY ? index.size() : loaded.get());
        if (loadMillis >= 0) {
            out.put("loadMillis", loadMillis);
        }
        if (failure != null) {
            out.put("error", failure);
        }
        return out;
    }

    public State state() {
        return state;
    }

    /** The number of searches waiting for their turn now (an estimate, for monitoring and tests). */
    public int searchesWaiting() {
        return searchSlots.getQueueLength();
    }

    public int size() {
        return index.size();
    }

    /**
     * The owner state the index keeps for an entity (as loaded with its names, so possibly older than the
     * database's), or {@code null} when the entity is not indexed.
     */
    public @Nullable String owner(String id) {
        Sharing s = sharing.get(id);
        return s == null ? null : s.owner();
    }

    public boolean contains(UUID id) {
        return index.get(id.toString()).isPresent();
    }
}
