package org.jsis.border;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsis.border.stay.Direction;
import org.jspecify.annotations.Nullable;

/**
 * A crossing to record, validated.
 *
 * @param id chosen by the client; resending the same id with the same content is harmless
 * @param checkpointId the checkpoint (its state records the crossing and owns the record)
 * @param purpose the declared purpose of the trip, when known
 * @param distribution OWNER_ONLY, SELECTED_STATES or ALL_MEMBERS
 * @param sharedWith the recipient states of a SELECTED_STATES record
 */
public record CrossingSubmission(
        UUID id,
        Direction direction,
        long checkpointId,
        Instant crossedAt,
        DocumentData document,
        @Nullable String purpose,
        String distribution,
        List<String> sharedWith) {}
