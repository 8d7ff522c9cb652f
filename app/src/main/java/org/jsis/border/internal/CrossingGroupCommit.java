package org.jsis.border.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Application-level group commit of the single-crossing API: concurrent requests hand their crossing (with
 * its prepared audit entry) to this queue, and one of them, the group's leader, writes up to
 * {@code max-size} of them with {@link CrossingStore#recordGroup} in one round trip and one transaction, then
 * hands each request its own outcome. Under load, requests that arrive while a group is being written
 * gather into the next one, so the commit, its WAL flush and the round trip are shared; alone, a request
 * leads a group of one at once and waits for nobody.
 *
 * <p>At most {@code max-in-flight} groups are written at a time; a request arriving then queues, and the
 * leader that finishes hands the lead to the oldest queued request. A crossing the group did not record (a
 * retried id, a known document with another spelling, a document for the linker) and every crossing of a
 * group whose transaction failed (a lost race, a deadlock, a bad value: nothing of it was kept) come back as
 * {@code null}: the request then writes it on its own, as without grouping, so one crossing's failure does
 * not decide the others' answers.
 */
@Component
public class CrossingGroupCommit {

    private static final Logger log = LoggerFactory.getLogger(CrossingGroupCommit.class);

    /** The outcome of a crossing that the request must write on its own. */
    private static final Object SINGLY = new Object();

    /** The signal to a queued request that it leads the next group. */
    private static final Object LEAD = new Object();

    private final CrossingStore store;
    private final boolean enabled;
    private final int maxSize;
    private final int maxInFlight;
    private final long windowNanos;

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int inFlight;

    private final LongAdder groups = new LongAdder();
    private final LongAdder grouped = new LongAdder();
    private final LongAdder singly = new LongAdder();
    private final LongAdder failedGroups = new LongAdder();
    private final AtomicInteger largest = new AtomicInteger();

    public CrossingGroupCommit(
            CrossingStore store,
            @Value("${jsis.border.group-commit.enabled:true}") boolean enabled,
            @Value("${jsis.border.group-commit.max-size:4}") int maxSize,
            @Value("${jsis.border.group-commit.max-in-flight:2}") int maxInFlight,
            @Value("${jsis.border.group-commit.window-us:0}") long windowMicros) {
        if (maxSize < 1 || maxInFlight < 1 || windowMicros < 0) {
            throw new IllegalArgumentException("jsis.border.group-commit: max-size and max-in-flight must be 1 or"
                    + " more and window-us 0 or more, got " + maxSize + ", " + maxInFlight + ", " + windowMicros);
        }
        this.store = store;
        this.enabled = enabled;
        this.maxSize = maxSize;
        this.maxInFlight = maxInFlight;
        this.windowNanos = windowMicros * 1_000L;
    }

    /** Whether single crossings are grouped ({@code jsis.border.group-commit.enabled}). */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Groups written so far, crossings sent in them, crossings handed back to be written on their own (not
     * recorded by their group, or their group failed), groups whose transaction failed, and the largest group.
     */
    public record Stats(long groups, long crossings, long singly, long failed, int largest) {}

    public Stats stats() {
        return new Stats(groups.sum(), grouped.sum(), singly.sum(), failedGroups.sum(), largest.get());
    }

    /** Logs what the groups did (read by bench/border-single.sh from the server's log). */
    @PreDestroy
    void logStats() {
        Stats s = stats();
        if (s.groups() > 0) {
            log.info(
                    "group commit: groups={} crossings={} singly={} failed={} largest={} (max-size {}, max-in-flight {})",
                    s.groups(),
                    s.crossings(),
                    s.singly(),
                    s.failed(),
                    s.largest(),
                    maxSize,
                    maxInFlight);
        }
    }

    private static final class Pending {
        final CrossingStore.Single item;
        final Thread thread = Thread.currentThread();
        /** Set under the lock: this request leads (or is about to lead) a group that includes its own crossing. */
        boolean leading;
        /** A {@link CrossingStore.Written}, {@link #SINGLY} or {@link #LEAD}; null while waiting. */
        volatile @Nullable Object outcome;

        Pending(CrossingStore.Single item) {
            this.item = item;
        }
    }

    /**
     * Records the crossing in a group: its outcome when a group recorded it with its audit entry (durably
     * committed), or {@code null} when the caller must write it on its own.
     */
    public CrossingStore.@Nullable Written record(CrossingStore.Single item) {
        Pending own = new Pending(item);
        lock.lock();
        try {
            queue.addLast(own);
            if (inFlight < maxInFlight) {
                inFlight++;
                own.leading = true;
            }
        } finally {
            lock.unlock();
        }
        if (!own.leading) {
            Object outcome = await(own);
            if (outcome != LEAD) {
                return outcome instanceof CrossingStore.Written w ? w : null;
            }
            own.outcome = null;
        }
        lead(own);
        Object outcome = own.outcome;
        return outcome instanceof CrossingStore.Written w ? w : null;
    }

    /** Waits (uninterruptibly: the crossing may be in a group being written) for the request's outcome or lead. */
    private static Object await(Pending own) {
        boolean interrupted = false;
        Object outcome;
        while ((outcome = own.outcome) == null) {
            LockSupport.park(own);
            if (Thread.interrupted()) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return outcome;
    }

    /**
     * Leads a group: its own crossing and the oldest queued ones that no other leader owns, up to the
     * maximum; writes them, hands out the outcomes, and passes the lead on to the oldest request still queued.
     */
    private void lead(Pending own) {
        if (windowNanos > 0) {
            LockSupport.parkNanos(windowNanos);
        }
        List<Pending> group = new ArrayList<>(maxSize);
        lock.lock();
        try {
            queue.remove(own);
            group.add(own);
            for (Iterator<Pending> it = queue.iterator(); it.hasNext() && group.size() < maxSize; ) {
                Pending p = it.next();
                if (!p.leading) {
                    it.remove();
                    group.add(p);
                }
            }
        } finally {
            lock.unlock();
        }
        List<CrossingStore.@Nullable Written> written = null;
        try {
            List<CrossingStore.Single> items = new ArrayList<>(group.size());
            for (Pending p : group) {
                items.add(p.item);
            }
            groups.increment();
            grouped.add(group.size());
            largest.accumulateAndGet(group.size(), Math::max);
            written = store.recordGroup(items);
        } catch (RuntimeException e) {
            // Nothing of the group was kept: each request writes its crossing on its own.
            failedGroups.increment();
            log.debug("a group of {} crossings failed, each is written on its own: {}", group.size(), e.getMessage());
        } finally {
            for (int k = 0; k < group.size(); k++) {
                Pending p = group.get(k);
                Object outcome = written == null || written.get(k) == null ? SINGLY : written.get(k);
                if (outcome == SINGLY) {
                    singly.increment();
                }
                p.outcome = outcome;
                if (p != own) {
                    LockSupport.unpark(p.thread);
                }
            }
            handOver();
        }
    }

    /** Frees this leader's place and gives the lead to the oldest queued request that has none. */
    private void handOver() {
        Pending next = null;
        lock.lock();
        try {
            inFlight--;
            if (inFlight < maxInFlight) {
                for (Pending p : queue) {
                    if (!p.leading) {
                        p.leading = true;
                        inFlight++;
                        next = p;
                        break;
                    }
                }
            }
        } finally {
            lock.unlock();
        }
        if (next != null) {
            next.outcome = LEAD;
            LockSupport.unpark(next.thread);
        }
    }
}
