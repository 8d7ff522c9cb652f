package org.jsis.security.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditedRecord;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.jsis.security.internal.UserAccounts.Account;
import org.jsis.security.internal.UserAccounts.Agency;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Users administered by a STATE_ADMIN (the users of their own state only) or an ADMIN (every user).
 * A user outside the administrator's scope is answered as not found.
 */
@Service
public class UserAdministration {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserAdministration(UserAccounts accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Whether {@code admin} administers users of {@code state} ({@code null}: the Secretariat). */
    public static boolean administers(Caller admin, @Nullable String state) {
        if (admin.hasRole(Role.ADMIN)) {
            return true;
        }
        return admin.hasRole(Role.STATE_ADMIN)
                && admin.stateCode() != null
                && admin.stateCode().equals(state);
    }

    /**
     * The roles {@code admin} may give a user of {@code state} ({@code null}: the Secretariat), as {@link
     * #create} and {@link #update} accept them: roles a user of that state may hold, and ADMIN only from an
     * ADMIN.
     */
    public static Set<Role> grantableRoles(Caller admin, @Nullable String state) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role.allowedFor(state) && (role != Role.ADMIN || admin.hasRole(Role.ADMIN))) {
                roles.add(role);
            }
        }
        return roles;
    }

    /**
     * The users an administrator may list.
     *
     * @param state a member state code or {@code SECRETARIAT}; {@code null}: the STATE_ADMIN's own state,
     *     or every user for an ADMIN
     */
    @Transactional
    public List<Account> list(Caller admin, @Nullable String state, Set<String> knownStates) {
        List<Account> found = find(admin, state, knownStates);
        audit.record(AuditEntry.of("security.user.list")
                .withTerm("state", state)
                .withRecords(found.stream()
                        .map(a -> AuditedRecord.of("user", a.id(), a.stateCode()))
                        .toList()));
        return found;
    }

    private List<Account> find(Caller admin, @Nullable String state, Set<String> knownStates) {
        if (state == null) {
            return admin.hasRole(Role.ADMIN) ? accounts.list(null, false) : accounts.list(admin.requireState(), false);
        }
        String code = state.trim().toUpperCase(java.util.Locale.ROOT);
        if (code.equals("SECRETARIAT")) {
            requireScope(admin, null);
            return accounts.list(null, true);
        }
        if (!knownStates.contains(code)) {
            throw new InvalidInputException(
                    "state", "a member state code (" + String.join(", ", knownStates) + ") or SECRETARIAT", state);
        }
        requireScope(admin, code);
        return accounts.list(code, false);
    }

    /** One user the administrator administers, for showing it: the read is audited. */
    @Transactional
    public Account view(Caller admin, long id) {
        Account account = get(admin, id);
        audit.record(AuditEntry.of("security.user.view").withRecord("user", account.id(), account.stateCode()));
        return account;
    }

    /**
     * One user the administrator administers, for acting on it (the action is audited, not this read).
     *
     * @throws ResponseStatusException (404) for a user that does not exist or that {@code admin} does not
     *     administer
     */
    public Account get(Caller admin, long id) {
        return accounts.findById(id)
                .filter(a -> administers(admin, a.stateCode()))
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + id + " that you administer"));
    }

    @Transactional
    public Account create(
            Caller admin,
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String agencyCode,
            @Nullable List<String> roleNames,
            @Nullable String password) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new InvalidInputException(
                    "username",
                    "3 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit",
                    username);
        }
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new InvalidInputException("agency", "the code of an agency (see /api/v1/agencies)", agencyCode);
        }
        Agency agency = accounts.agency(agencyCode.trim())
                .orElseThrow(() -> new InvalidInputException(
                        "agency", "the code of an agency (see /api/v1/agencies)", agencyCode));
        requireScope(admin, agency.stateCode());
        Set<Role> roles = roles(admin, roleNames, agency.stateCode());
        if (accounts.findByUsername(username).isPresent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the username '" + username + "' is taken");
        }
        String hash = password == null ? null : encoder.encode(AccountService.checkPassword("password", password));
        long id = accounts.create(username, displayName, agency.id(), hash, roles, admin.id());
        audit.record(AuditEntry.of("security.user.create")
                .withTerm("roles", roles.toString())
                .withTerm("agency", agency.code())
                .withRecord("user", id, agency.stateCode()));
        return accounts.findById(id).orElseThrow();
    }

    @Transactional
    public Account update(Caller admin, long id, @Nullable List<String> roleNames, @Nullable Boolean enabled) {
        Account target = get(admin, id);
        AuditEntry entry = AuditEntry.of("security.user.update");
        if (roleNames != null) {
            Set<Role> roles = roles(admin, roleNames, target.stateCode());
            if (target.roles().contains(Role.ADMIN) && !admin.hasRole(Role.ADMIN)) {
                throw new AccessDeniedException("only an ADMIN changes the roles of an ADMIN");
            }
            accounts.replaceRoles(id, roles);
            entry = entry.withTerm("roles", roles.toString());
        }
        if (enabled != null) {
            if (id == admin.id() && !enabled) {
                throw new InvalidInputException("enabled", "true: you cannot disable your own account", enabled);
            }
            accounts.setEnabled(id, enabled);
            entry = entry.withTerm("enabled", enabled);
        }
        audit.record(entry.withRecord("user", id, target.stateCode()));
        return accounts.findById(id).orElseThrow();
    }

    private Set<Role> roles(Caller admin, @Nullable List<String> names, @Nullable String state) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("roles", "a non-empty list of roles, from " + Role.names(), names);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> list = new ArrayList<>(names);
        for (int i = 0; i < list.size(); i++) {
            Role role = Role.parse("roles[" + i + "]", list.get(i));
            if (!role.allowedFor(state)) {
                throw new InvalidInputException(
                        "roles[" + i + "]",
                        state == null
                                ? "a role a Secretariat user may hold (SECRETARIAT, COMMANDER, ADMIN)"
                                : "a role a member state's user may hold (not SECRETARIAT)",
                        role.name());
            }
            if (role == Role.ADMIN && !admin.hasRole(Role.ADMIN)) {
                throw new AccessDeniedException("only an ADMIN grants the ADMIN role");
            }
            roles.add(role);
        }
        return roles;
    }

    private static void requireScope(Caller admin, @Nullable String state) {
        if (!administers(admin, state)) {
            throw new AccessDeniedException("a STATE_ADMIN administers the users of their own state only ("
                    + admin.stateCode() + "), not of " + (state == null ? "the Secretariat" : state));
        }
    }
}
