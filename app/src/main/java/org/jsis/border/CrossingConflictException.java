package org.jsis.border;

import java.util.List;
import java.util.UUID;

/**
 * A crossing id that was already recorded with different content; answered with 409 problem+json.
 * Nothing of the submission (or of its batch) is written.
 */
public final class CrossingConflictException extends RuntimeException {

    private final List<UUID> ids;

    public CrossingConflictException(List<UUID> ids) {
        super("crossing id " + (ids.size() == 1 ? ids.get(0) : ids.size() + " ids, first " + ids.get(0))
                + " was already recorded with different content; a retry must resend the same content, a new"
                + " crossing needs a new id");
        this.ids = List.copyOf(ids);
    }

    public List<UUID> ids() {
        return ids;
    }
}
