package org.jsis.register;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A relationship in an imported record, to another record of the same source named by its source
 * reference; resolved to an entity id when the import is written.
 */
public record RelationshipRef(
        Predicate predicate,
        String targetRef,
        @Nullable String since,
        @Nullable String note) {

    public RelationshipRef {
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(targetRef, "targetRef");
    }
}
