package org.jsis.register;

import java.util.Set;
import java.util.UUID;

/**
 * Published inside every transaction that creates, updates, delists or deletes register entities; the
 * name index re-reads them after the commit.
 */
public record RegisterChanged(Set<UUID> entityIds) {

    public RegisterChanged {
        entityIds = Set.copyOf(entityIds);
    }
}
