package org.jsis.register;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A designation of an entity by an authority: a member state's court or agency, the Anti-Terrorist
 * Committee, or the UN Security Council. A delisting sets {@code delistedOn}; the designation is kept.
 *
 * @param authorityKind what kind of authority designated
 * @param authority the authority's name, e.g. "UN Security Council", "Supreme Court of the Russian Federation"
 * @param authorityState the member state (ISO alpha-3) for a state court or agency, otherwise null
 * @param legalBasis the legal basis, e.g. a resolution or a court decision
 * @param reference the authority's reference, e.g. the UN's {@code QDe.010}
 * @param program the sanctions programme or list, e.g. the UN list type "Al-Qaida"
 * @param listedOn when the designation took effect
 * @param delistedOn when it ended; null while in force
 */
public record Designation(
        AuthorityKind authorityKind,
        String authority,
        @Nullable String authorityState,
        @Nullable String legalBasis,
        @Nullable String reference,
        @Nullable String program,
        @Nullable LocalDate listedOn,
        @Nullable LocalDate delistedOn) {

    public enum AuthorityKind {
        STATE_COURT,
        STATE_AGENCY,
        ATC,
        UNSC,
        OTHER
    }

    public Designation {
        Objects.requireNonNull(authorityKind, "authorityKind");
        authority = Objects.requireNonNull(authority, "authority").strip();
        if (authority.isEmpty()) {
            throw new IllegalArgumentException("a designation needs an authority");
        }
        boolean stateKind = authorityKind == AuthorityKind.STATE_COURT || authorityKind == AuthorityKind.STATE_AGENCY;
        if (stateKind != (authorityState != null)) {
            throw new IllegalArgumentException(
                    "authorityState is required for a state court or agency and only for them (" + authorityKind + ")");
        }
        if (listedOn != null && delistedOn != null && delistedOn.isBefore(listedOn)) {
            throw new IllegalArgumentException("delisted on " + delistedOn + " before listed on " + listedOn);
        }
    }

    /** Whether the designation is still in force. */
    public boolean inForce() {
        return delistedOn == null;
    }

    /** The key by which a re-import recognises the same designation. */
    public String matchKey() {
        return authorityKind + "|" + authority + "|" + Objects.requireNonNullElse(reference, "");
    }
}
