package org.jsis.audit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may read which state's audit: an AUDITOR of a member state reads the audit of that state's records. */
public final class AuditorAccess {

    public static final String AUDITOR_AUTHORITY = "ROLE_AUDITOR";

    private AuditorAccess() {}

    /**
     * The auditor of the current request, with the state whose audit they read.
     *
     * @throws AccessDeniedException (403) for anyone but an AUDITOR of a member state
     */
    public static Auditor require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !(authentication.getPrincipal() instanceof Actor actor)
                || authentication.getAuthorities().stream()
                        .noneMatch(a -> AUDITOR_AUTHORITY.equals(a.getAuthority()))) {
            throw new AccessDeniedException("the audit is read by the AUDITOR role only");
        }
        if (actor.stateCode() == null) {
            throw new AccessDeniedException("an auditor reads the audit of their own state; the Secretariat has none");
        }
        return new Auditor(actor, actor.stateCode());
    }

    /** An auditor and the state whose records' audit they read. */
    public record Auditor(Actor actor, String state) {}
}
