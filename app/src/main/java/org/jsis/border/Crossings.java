package org.jsis.border;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsis.border.internal.CrossingStore;
import org.jsis.border.internal.RetryableWriteException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Records crossings: one, or a batch in one transaction, idempotently by the client's crossing id. */
@Service
public class Crossings {

    private final Checkpoints checkpoints;
    private final CrossingStore store;

    private final TransactionTemplate tx;

    Crossings(Checkpoints checkpoints, CrossingStore store, PlatformTransactionManager transactions) {
        this.checkpoints = checkpoints;
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Records the batch: all of it or nothing. Crossings already recorded with the same content are
     * counted as duplicates and left alone.
     *
     * @param recordedBy the user recording the crossings
     * @throws CrossingConflictException when an id was recorded with different content (nothing written)
     */
    public IngestResult record(List<CrossingSubmission> batch, String recordedBy) {
        if (batch.isEmpty()) {
            return IngestResult.empty();
        }
        Map<Long, Checkpoint> used = new HashMap<>();
        for (CrossingSubmission s : batch) {
            used.computeIfAbsent(
                    s.checkpointId(),
                    id -> checkpoints
                            .byId(id)
                            .orElseThrow(() -> new BorderInputException(
                                    "checkpoint", "the id of a checkpoint (GET /api/v1/checkpoints)", id)));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> store.write(batch, used, recordedBy));
            } catch (RetryableWriteException e) {
                // A concurrent batch took a lock or an id first; the retry sees its result.
                if (attempt == 5) {
                    throw new IllegalStateException("recording crossings kept losing races: " + e.getMessage(), e);
                }
            }
        }
    }
}
