package org.jsis.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Caller} of the current request, from Spring Security's context (session or bearer token). */
public final class CurrentCaller {

    private CurrentCaller() {}

    /** The caller, or empty when the request is anonymous. */
    public static Optional<Caller> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }

    /**
     * The caller.
     *
     * @throws AuthenticationCredentialsNotFoundException (401) when the request is anonymous
     */
    public static Caller require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("authentication required"));
    }
}
