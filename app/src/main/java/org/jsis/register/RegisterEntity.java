package org.jsis.register;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A register entity as stored: its content, id, sharing and status. The content's relationships are
 * empty; {@link #relations} holds the resolved links in both directions.
 *
 * @param status {@code LISTED} or {@code DELISTED}
 * @param sourceSystem the import source label, or null for an entity entered by hand
 * @param designationIds the ids of the content's designations, in the same order
 * @param withdrawnAt when the owner withdrew the entity (deleted it: it is kept, but left out of screening,
 *     default search and exports), or null
 * @param withdrawnBy who withdrew it, or null
 */
public record RegisterEntity(
        UUID id,
        EntityRecord content,
        String ownerState,
        String distribution,
        List<String> sharedWith,
        String status,
        @Nullable String sourceSystem,
        Instant updatedAt,
        List<Relation> relations,
        List<Long> designationIds,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnBy) {

    /**
     * A resolved relationship: {@code outgoing} when this entity is the subject; {@code otherRef} is the other
     * entity's source reference, or {@code jsis-<id>} when it has none.
     */
    public record Relation(
            Predicate predicate,
            boolean outgoing,
            UUID otherId,
            String otherCaption,
            String otherRef,
            @Nullable String since,
            @Nullable String note) {}

    public boolean listed() {
        return status.equals("LISTED");
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
