package org.jsis.audit;

import org.jspecify.annotations.Nullable;

/**
 * Who performed an audited action. The security module's {@code Caller} is an actor; so is the system
 * itself ({@link #system(String)}) for actions that no user performs, such as the first start.
 */
public interface Actor {

    /** The user's id, or 0 for the system. */
    long id();

    String username();

    /** The user's member state, or {@code null} for the Secretariat and the system. */
    @Nullable
    String stateCode();

    /** The user's agency code, or {@code null} for the system. */
    @Nullable
    String agencyCode();

    /** An actor that is not a user: {@code system:<name>}, with no state and no agency. */
    static Actor system(String name) {
        return new SystemActor("system:" + name);
    }

    /** An actor named by what it claimed to be, e.g. the username of a failed login. */
    static Actor claimed(String username) {
        return new SystemActor(username);
    }

    record SystemActor(String username) implements Actor {

        @Override
        public long id() {
            return 0;
        }

        @Override
        public @Nullable String stateCode() {
            return null;
        }

        @Override
        public @Nullable String agencyCode() {
            return null;
        }
    }
}
