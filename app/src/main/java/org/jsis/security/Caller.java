package org.jsis.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jsis.audit.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The authenticated user of the current request.
 *
 * @param id the user's id
 * @param username the user's login name
 * @param stateCode the member state the user's agency belongs to, or {@code null} for the Secretariat
 * @param agencyCode the code of the user's agency
 * @param roles what the user may do, never empty
 */
public record Caller(long id, String username, @Nullable String stateCode, String agencyCode, Set<Role> roles)
        implements Actor, AuthenticatedPrincipal, Serializable {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(agencyCode, "agencyCode");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The username, as {@link java.security.Principal#getName()} of the request gives it. */
    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the caller belongs to the Secretariat rather than to a member state. */
    public boolean isSecretariat() {
        return stateCode == null;
    }

    /**
     * The caller's state, for writing records owned by it.
     *
     * @throws AccessDeniedException (403) for a Secretariat user, who owns no records
     */
    public String requireState() {
        if (stateCode == null) {
            throw new AccessDeniedException("the Secretariat owns no records; this needs a user of a member state");
        }
        return stateCode;
    }

    /**
     * Checks the caller holds one of the roles.
     *
     * @throws AccessDeniedException (403) otherwise
     */
    public Caller requireAnyRole(Role... any) {
        if (!hasAnyRole(any)) {
            throw new AccessDeniedException("this needs one of the roles " + java.util.Arrays.toString(any));
        }
        return this;
    }
}
