package org.jsis.border;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsis.audit.AuditAppend;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditedRecord;
import org.jsis.border.internal.CrossingGroupCommit;
import org.jsis.border.internal.CrossingStore;
import org.jsis.border.internal.RetryableWriteException;
import org.jsis.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Records crossings: one, or a batch in one transaction, idempotently by the client's crossing id. */
@Service
public class Crossings {

    private final Checkpoints checkpoints;
    private final CrossingStore store;

    private final TransactionTemplate tx;

    private final AuditLog audit;

    private final CrossingGroupCommit groups;

    Crossings(
            Checkpoints checkpoints,
            CrossingStore store,
            PlatformTransactionManager transactions,
            AuditLog audit,
            CrossingGroupCommit groups) {
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
        this.groups = groups;
    }

    /**
     * Records the batch: all of it or nothing. Crossings already recorded with the same content are
     * counted as duplicates and left alone.
     *
     * @param caller the officer recording the crossings (audited in the same transaction)
     * @throws CrossingConflictException when an id was recorded with different content (nothing written)
     */
    public IngestResult record(List<CrossingSubmission> batch, Caller caller) {
        return record(batch, caller, batch.size() != 1);
    }

    /** As {@link #record(List, Caller)}; {@code bulk} names the audit action ({@code border.crossing.bulk}). */
    public IngestResult record(List<CrossingSubmission> batch, Caller caller, boolean bulk) {
        if (batch.isEmpty()) {
            return IngestResult.empty();
        }
        Map<Long, Checkpoint> used = new HashMap<>();
        for (CrossingSubmission s : batch) {
            used.computeIfAbsent(
                    s.checkpointId(),
                    id -> checkpoints
                            .byId(id)
                            .orElseThrow(() -> BorderInput.invalid(
                                    "checkpoint", "the id of a checkpoint (GET /api/v1/checkpoints)", id)));
        }
        String action = bulk ? "border.crossing.bulk" : "border.crossing.record";
        if (batch.size() == 1) {
            return recordOne(batch.get(0), used.values().iterator().next(), caller, action, bulk);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    CrossingStore.Written written = store.write(batch, used, caller.username());
                    IngestResult result = written.result();
                    // One entry per batch, naming every crossing it recorded (a retried duplicate changed nothing).
                    List<AuditedRecord> records =
                            new ArrayList<>(written.insertedIds().size());
                    for (int i = 0; i < written.insertedIds().size(); i++) {
                        records.add(AuditedRecord.of(
                                "border-crossing",
                                written.insertedIds().get(i),
                                written.insertedOwners().get(i)));
                    }
                    if (!bulk && records.isEmpty()) {
                        // A retry that is not a bulk upload names the crossing it repeated, as a single one does.
                        records.add(AuditedRecord.of(
                                "border-crossing",
                                batch.get(0).id(),
                                used.values().iterator().next().stateCode()));
                    }
                    audit.record(entry(action, result, records, caller));
                    return result;
                });
            } catch (RetryableWriteException e) {
                // A concurrent batch took a lock or an id first; the retry sees its result.
                if (attempt == 5) {
                    throw new IllegalStateException("recording crossings kept losing races: " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * One crossing: its audit entry goes with the statement that records it, and that statement is its own
     * transaction (no round trips for BEGIN and COMMIT; {@link CrossingStore#recordOne}), shared with the
     * crossings of concurrent requests when they come together ({@link CrossingGroupCommit}; not inside a
     * caller's transaction). Only a retry of a crossing already recorded is audited on its own (a single retry
     * names the crossing it repeated).
     */
    private IngestResult recordOne(
            CrossingSubmission s, Checkpoint checkpoint, Caller caller, String action, boolean bulk) {
        AuditedRecord crossing = AuditedRecord.of("border-crossing", s.id(), checkpoint.stateCode());
        AuditAppend append = audit.prepare(entry(action, new IngestResult(1, 1, 0), List.of(crossing), caller));
        if (groups.enabled() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            CrossingStore.Written grouped =
                    groups.record(new CrossingStore.Single(s, checkpoint, caller.username(), append));
            if (grouped != null) {
                return grouped.result();
            }
            // Not recorded by the group (a retry, a judgement of the JVM, or the group failed): on its own.
        }
        for (int attempt = 1; ; attempt++) {
            try {
                CrossingStore.Written written = store.recordOne(s, checkpoint, caller.username(), append);
                if (written.audited()) {
                    return written.result();
                }
                IngestResult result = written.result();
                tx.executeWithoutResult(
                        status -> audit.record(entry(action, result, bulk ? List.of() : List.of(crossing), caller)));
                return result;
            } catch (RetryableWriteException e) {
                // A concurrent request recorded the document or the id first; the retry sees its result.
                if (attempt == 5) {
                    throw new IllegalStateException("recording a crossing kept losing races: " + e.getMessage(), e);
                }
            }
        }
    }

    private static AuditEntry entry(String action, IngestResult result, List<AuditedRecord> records, Caller caller) {
        return AuditEntry.of(action)
                .withTerm("received", result.received())
                .withTerm("inserted", result.inserted())
                .withTerm("duplicates", result.duplicates())
                .withRecords(records)
                .by(caller);
    }
}
