package org.jsis.security.test;

import org.jsis.security.Distribution;
import org.jspecify.annotations.Nullable;

/**
 * How the caller of a table case relates to the record the case is about. Records of the harness are
 * owned by {@link #OWNER_STATE} and, when {@code SELECTED_STATES}, shared with {@link #RECIPIENT_STATE}.
 */
public enum Relationship {
    /** A user of the owner state (ARM). */
    OWNER("ARM"),
    /** A user of the state the record is shared with by name (BLR). */
    RECIPIENT("BLR"),
    /** A user of a member state the record is not shared with by name (KAZ). */
    OUTSIDER("KAZ"),
    /** A user of a state suspended since yesterday (KGZ, suspended only while the case runs). */
    SUSPENDED("KGZ"),
    /** A Secretariat user (no state). */
    SECRETARIAT(null),
    /** No credentials at all. */
    ANONYMOUS(null);

    public static final String OWNER_STATE = "ARM";
    public static final String RECIPIENT_STATE = "BLR";

    private final @Nullable String state;

    Relationship(@Nullable String state) {
        this.state = state;
    }

    /** The caller's state, {@code null} for the Secretariat and anonymous callers. */
    public @Nullable String state() {
        return state;
    }

    /** The visibility rule of {@code jsis_can_see}, restated independently for the tests. */
    public boolean sees(Distribution distribution) {
        return switch (this) {
            case OWNER -> true;
            case RECIPIENT -> distribution != Distribution.OWNER_ONLY;
            case OUTSIDER, SECRETARIAT -> distribution == Distribution.ALL_MEMBERS;
            case SUSPENDED, ANONYMOUS -> false;
        };
    }
}
