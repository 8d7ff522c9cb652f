package org.jsis.security.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsis.organisation.Agency;
import org.jsis.organisation.MemberState;
import org.jsis.security.Role;
import org.jsis.security.internal.UserAccounts.Account;
import org.jspecify.annotations.Nullable;

/**
 * A user as the console's user pages show it (never the password hash).
 *
 * @param stateName the state's name in the page's language, {@code null} for the Secretariat
 * @param agencyName the agency's name in the page's language
 * @param lockedUntil set while the account is locked after failed logins
 */
public record UserRow(
        long id,
        String username,
        @Nullable String displayName,
        @Nullable String stateCode,
        @Nullable String stateName,
        String agencyCode,
        String agencyName,
        List<Role> roles,
        boolean enabled,
        boolean hasPassword,
        @Nullable OffsetDateTime lockedUntil,
        OffsetDateTime createdAt) {

    /** Names of states and agencies by code, in one language, for building rows. */
    record Names(Map<String, MemberState> states, Map<String, Agency> agencies, Locale locale) {

        @Nullable
        String state(@Nullable String code) {
            if (code == null) {
                return null;
            }
            MemberState state = states.get(code);
            return state == null ? code : state.name(locale);
        }

        String agency(String code) {
            Agency agency = agencies.get(code);
            return agency == null ? code : agency.name(locale);
        }
    }

    static UserRow of(Account a, Names names) {
        Instant now = Instant.now();
        return new UserRow(
                a.id(),
                a.username(),
                a.displayName(),
                a.stateCode(),
                names.state(a.stateCode()),
                a.agencyCode(),
                names.agency(a.agencyCode()),
                a.roles().stream().sorted().toList(),
                a.enabled(),
                a.passwordHash() != null,
                a.lockedAt(now) ? TokenRow.utcOrNull(a.lockedUntil()) : null,
                TokenRow.utc(a.createdAt()));
    }

    public boolean locked() {
        return lockedUntil != null;
    }

    public boolean hasRole(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }
}
