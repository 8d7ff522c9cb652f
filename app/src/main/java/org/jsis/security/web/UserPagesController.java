package org.jsis.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsis.organisation.Agency;
import org.jsis.organisation.MemberState;
import org.jsis.organisation.OrganisationDirectory;
import org.jsis.platform.web.ConsoleNavigation;
import org.jsis.platform.web.ConsolePage;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.jsis.security.Role;
import org.jsis.security.internal.AccountService;
import org.jsis.security.internal.InvalidInputException;
import org.jsis.security.internal.Passwords;
import org.jsis.security.internal.UserAccounts;
import org.jsis.security.internal.UserAccounts.Account;
import org.jsis.security.internal.UserAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console pages "Users": a STATE_ADMIN manages the users of their own state, an ADMIN every user.
 * Listing, creating (with a one-time generated password), enabling and disabling, changing roles,
 * resetting a password, and issuing and revoking API tokens (e.g. for a national system's account). Every
 * rule and audit entry comes from the same services as {@code /api/v1/users}; secrets are shown in the
 * answer to the request that made them only.
 */
@Controller
@ConsolePage
@RequestMapping("/users")
@ConsoleNavigation(
        path = "/users",
        label = "security.nav.users",
        order = ConsoleNavigation.ADMIN,
        roles = {"STATE_ADMIN", "ADMIN"})
class UserPagesController {

    private final UserAdministration administration;
    private final AccountService accounts;
    private final UserAccounts users;
    private final OrganisationDirectory directory;
    private final MessageSource messages;

    UserPagesController(
            UserAdministration administration,
            AccountService accounts,
            UserAccounts users,
            OrganisationDirectory directory,
            MessageSource messages) {
        this.administration = administration;
        this.accounts = accounts;
        this.users = users;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String state,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Caller admin = CurrentCaller.require();
        UserRow.Names names = names(locale);
        String filter = state == null || state.isBlank() ? null : state.trim();
        try {
            model.addAttribute(
                    "users",
                    administration.list(admin, filter, users.stateCodes()).stream()
                            .map(a -> UserRow.of(a, names))
                            .toList());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("stateError", FormError.of(e, messages, locale));
            model.addAttribute("users", List.of());
        }
        model.addAttribute("state", filter);
        model.addAttribute("allStates", admin.hasRole(Role.ADMIN));
        model.addAttribute("scopeName", names.state(admin.stateCode()));
        model.addAttribute("states", directory.states());
        model.addAttribute("agencyGroups", AgencyGroup.of(agenciesFor(admin), names));
        model.addAttribute("roleChoices", creatableRoles(admin));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", UserForm.empty());
        }
        return "security/users";
    }

    @PostMapping
    String create(
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String displayName,
            @RequestParam(required = false) @Nullable String agency,
            @RequestParam(name = "roles", required = false) @Nullable List<String> roles,
            @RequestParam(defaultValue = "false") boolean generatePassword,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller admin = CurrentCaller.require();
        UserForm form =
                new UserForm(username, displayName, agency, roles == null ? List.of() : roles, generatePassword);
        String password = generatePassword ? Passwords.generate() : null;
        try {
            Account created = administration.create(
                    admin,
                    username == null ? null : username.trim(),
                    displayName == null || displayName.isBlank() ? null : displayName.trim(),
                    agency,
                    form.roles(),
                    password);
            if (password == null) {
                redirect.addFlashAttribute("created", true);
                return "redirect:/users/" + created.id();
            }
            model.addAttribute("created", true);
            model.addAttribute("newPassword", password);
            return detail(admin, created, model, locale);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", FormError.of(e, messages, locale));
        } catch (ResponseStatusException e) {
            if (e.getStatusCode() != HttpStatus.CONFLICT) {
                throw e;
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", FormError.of("usernameTaken", messages, locale));
        }
        model.addAttribute("form", form);
        return list(null, model, locale, response);
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model, Locale locale) {
        Caller admin = CurrentCaller.require();
        return detail(admin, administration.view(admin, id), model, locale);
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(
            @PathVariable long id, @RequestParam boolean enabled, Locale locale, RedirectAttributes redirect) {
        return change(id, locale, redirect, admin -> administration.update(admin, id, null, enabled));
    }

    @PostMapping("/{id}/roles")
    String setRoles(
            @PathVariable long id,
            @RequestParam(name = "roles", required = false) @Nullable List<String> roles,
            Locale locale,
            RedirectAttributes redirect) {
        return change(
                id,
                locale,
                redirect,
                admin -> administration.update(admin, id, roles == null ? List.of() : roles, null));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, Model model, Locale locale) {
        Caller admin = CurrentCaller.require();
        Account target = administration.get(admin, id);
        model.addAttribute("newPassword", accounts.resetPassword(target));
        return detail(admin, administration.get(admin, id), model, locale);
    }

    @PostMapping("/{id}/tokens")
    String issueToken(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String validDays,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Caller admin = CurrentCaller.require();
        Account target = administration.get(admin, id);
        TokenForm form = new TokenForm(name, validDays);
        try {
            model.addAttribute("newToken", TokenRow.Issued.of(accounts.issueToken(target, name, form.days(), admin)));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("tokenError", FormError.of(e, messages, locale));
            model.addAttribute("tokenForm", form);
        }
        return detail(admin, target, model, locale);
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        Account target = administration.get(CurrentCaller.require(), id);
        if (!accounts.revokeToken(target, tokenId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "user " + id + " has no API token " + tokenId);
        }
        redirect.addFlashAttribute("revoked", tokenId);
        return "redirect:/users/" + id;
    }

    /** Runs a change of user {@code id} and goes back to its page, with the service's refusal if any. */
    private String change(long id, Locale locale, RedirectAttributes redirect, Function<Caller, Account> change) {
        try {
            change.apply(CurrentCaller.require());
            redirect.addFlashAttribute("updated", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", FormError.of(e, messages, locale));
        }
        return "redirect:/users/" + id;
    }

    private String detail(Caller admin, Account target, Model model, Locale locale) {
        model.addAttribute("user", UserRow.of(target, names(locale)));
        model.addAttribute("self", target.id() == admin.id());
        model.addAttribute("tokens", TokenRow.of(accounts.tokensOf(target.id())));
        model.addAttribute("roleChoices", UserAdministration.grantableRoles(admin, target.stateCode()));
        model.addAttribute("rolesLocked", target.roles().contains(Role.ADMIN) && !admin.hasRole(Role.ADMIN));
        model.addAttribute("validityChoices", TokenForm.VALIDITY_CHOICES);
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", TokenForm.empty());
        }
        return "security/user";
    }

    /** The roles offered for a new user: an ADMIN's user may be of any state, so every role (checked on creation). */
    private static Set<Role> creatableRoles(Caller admin) {
        return admin.hasRole(Role.ADMIN)
                ? EnumSet.allOf(Role.class)
                : UserAdministration.grantableRoles(admin, admin.stateCode());
    }

    private List<Agency> agenciesFor(Caller admin) {
        if (admin.hasRole(Role.ADMIN)) {
            return directory.agencies();
        }
        return admin.stateCode() == null ? List.of() : directory.agencies(admin.stateCode());
    }

    private UserRow.Names names(Locale locale) {
        return new UserRow.Names(
                directory.states().stream().collect(Collectors.toMap(MemberState::code, Function.identity())),
                directory.agencies().stream().collect(Collectors.toMap(Agency::code, Function.identity())),
                locale);
    }
}
