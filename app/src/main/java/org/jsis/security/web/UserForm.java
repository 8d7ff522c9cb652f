package org.jsis.security.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The console's form for a new user, as typed (shown again with the error when the service refuses it).
 *
 * @param roles the role names ticked
 * @param generatePassword whether JSIS generates a one-time password now (off for system accounts that
 *     only get API tokens)
 */
public record UserForm(
        @Nullable String username,
        @Nullable String displayName,
        @Nullable String agency,
        List<String> roles,
        boolean generatePassword) {

    public UserForm {
        roles = List.copyOf(roles);
    }

    static UserForm empty() {
        return new UserForm("", "", null, List.of(), true);
    }

    public boolean ticked(String role) {
        return roles.contains(role);
    }
}
