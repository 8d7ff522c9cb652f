package org.jsis.security.web;

import java.util.List;
import java.util.Locale;
import org.jsis.organisation.OrganisationDirectory;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the layout's user menu shows of the signed-in user. The state and agency names are looked up only
 * when a page renders them, so API requests (which get the same model attribute) cost nothing.
 */
public final class UserMenu {

    private final Caller caller;
    private final Locale locale;
    private final OrganisationDirectory directory;

    UserMenu(Caller caller, Locale locale, OrganisationDirectory directory) {
        this.caller = caller;
        this.locale = locale;
        this.directory = directory;
    }

    public String username() {
        return caller.username();
    }

    /** The first letter of the username, upper case, for the avatar. */
    public String initial() {
        return caller.username().substring(0, 1).toUpperCase(locale);
    }

    /** The user's state code, or {@code null} for the Secretariat. */
    public @Nullable String stateCode() {
        return caller.stateCode();
    }

    /** The state's name in the page's language, or {@code null} for the Secretariat. */
    public @Nullable String stateName() {
        String code = caller.stateCode();
        return code == null
                ? null
                : directory.state(code).map(s -> s.name(locale)).orElse(code);
    }

    public String agencyCode() {
        return caller.agencyCode();
    }

    /** The agency's name in the page's language (its code when unknown). */
    public String agencyName() {
        return directory.agency(caller.agencyCode()).map(a -> a.name(locale)).orElse(caller.agencyCode());
    }

    /** The roles, in their declaration order. */
    public List<Role> roles() {
        return caller.roles().stream().sorted().toList();
    }

    public boolean administersUsers() {
        return caller.hasAnyRole(Role.STATE_ADMIN, Role.ADMIN);
    }

    public boolean auditor() {
        return caller.hasRole(Role.AUDITOR) && caller.stateCode() != null;
    }

    /** For tests and logs. */
    @Override
    public String toString() {
        return "UserMenu[" + caller.username() + "]";
    }
}
