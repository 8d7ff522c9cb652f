package org.jsis.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsis.security.internal.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** What a user may do. A user has one or more roles; authorities are {@code ROLE_<name>}. */
public enum Role {
    /** Border checks and crossings at their state's checkpoints. */
    OFFICER(true),
    /** Register and reports: reads what is shared with their state, writes for their state. */
    ANALYST(true),
    /** Staff of the Secretariat (users without a state). */
    SECRETARIAT(false),
    /** Commanders of the collective forces. */
    COMMANDER(false),
    /** Manages the users and tokens of their own state only. */
    STATE_ADMIN(true),
    /** Reads the audit of the accesses to their state's records. */
    AUDITOR(true),
    /** Administers the whole system (users of every state); sees no personal data because of it. */
    ADMIN(false);

    private final boolean stateBound;

    Role(boolean stateBound) {
        this.stateBound = stateBound;
    }

    /** Whether the role needs a member state (its users cannot be Secretariat users). */
    public boolean stateBound() {
        return stateBound;
    }

    /** Whether a user of {@code stateCode} ({@code null}: the Secretariat) may hold this role. */
    public boolean allowedFor(@Nullable String stateCode) {
        if (this == SECRETARIAT) {
            return stateCode == null;
        }
        return !stateBound || stateCode != null;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Reads a role name from a request.
     *
     * @param field the request field it came from, named in the 400 answer when unknown
     */
    public static Role parse(String field, @Nullable String raw) {
        if (raw != null) {
            try {
                return valueOf(raw.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // answered below
            }
        }
        throw new InvalidInputException(field, "one of " + names(), raw);
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
