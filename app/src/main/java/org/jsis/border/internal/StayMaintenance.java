package org.jsis.border.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsis.border.StayRules;
import org.jsis.border.Stays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the derived stays current: every second it recomputes the travellers queued by recorded
 * crossings since (in one batch); after a stay rule change commits, it recomputes everything.
 */
@Component
class StayMaintenance {

    private static final Logger log = LoggerFactory.getLogger(StayMaintenance.class);

    /** Travellers recomputed per transaction at most. */
    static final int BATCH = 5_000;

    private final Stays stays;
    private final StayRules rules;
    private final boolean enabled;
    private final ExecutorService full = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "border-stay-recompute");
        t.setDaemon(true);
        return t;
    });

    StayMaintenance(Stays stays, StayRules rules, @Value("${jsis.border.stay-worker.enabled:true}") boolean enabled) {
        this.stays = stays;
        this.rules = rules;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${jsis.border.stay-worker.delay-ms:1000}")
    void recomputeQueued() {
        if (!enabled) {
            return;
        }
        try {
            // One batch per run, and more at once only while batches come back full (catching up): under a
            // steady stream of crossings, a second's travellers are recomputed together, in one transaction,
            // instead of in many small ones as fast as they are queued (each with its own statements and commit).
            while (stays.recomputeQueued(BATCH) == BATCH) {
                // keep going while there is a backlog
            }
        } catch (RuntimeException e) {
            log.warn("Recomputing queued stays failed; will retry: {}", e.getMessage());
        }
    }

    @TransactionalEventListener
    void on(StayRules.StayRulesChanged event) {
        rules.invalidate();
        if (enabled) {
            full.submit(() -> {
                try {
                    stays.recomputeAll();
                } catch (RuntimeException e) {
                    log.error("Full stay recompute after rule change {} failed", event.code(), e);
                }
            });
        }
    }
}
