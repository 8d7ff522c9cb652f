package org.jsis.security.web;

import java.util.List;
import java.util.Locale;
import org.jsis.organisation.OrganisationDirectory;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the layout's user menu shows of the signed-in user. The state and agency names are looked up only
 * when a page renders them, so API requests (which get the same model attribute) cost nothing.
 */
public final class UserMenu {

    private final Caller caller;
    private final Locale locale;
    private final ObjectProvider<OrganisationDirectory> directory;

    UserMenu(Caller caller, Locale locale, ObjectProvider<OrganisationDirectory> directory) {
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
        OrganisationDirectory names = directory.getIfAvailable();
        if (code == null || names == null) {
            return code;
        }
        return names.state(code).map(s -> s.name(locale)).orElse(code);
    }

    public String agencyCode() {
        return caller.agencyCode();
    }

    /** The agency's name in the page's language (its code when unknown). */
    public String agencyName() {
        OrganisationDirectory names = directory.getIfAvailable();
        if (names == null) {
            return caller.agencyCode();
        }
        return names.agency(caller.agencyCode()).map(a -> a.name(locale)).orElse(caller.agencyCode());
    }

    /** The roles, in their declaration order. */
    public List<Role> roles() {
        return caller.roles().stream().sorted().toList();
    }

    /** For tests and logs. */
    @Override
    public String toString() {
        return "UserMenu[" + caller.username() + "]";
    }
}
