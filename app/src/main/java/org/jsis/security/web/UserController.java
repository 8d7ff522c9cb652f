package org.jsis.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.jsis.security.Role;
import org.jsis.security.internal.AccountService;
import org.jsis.security.internal.UserAccounts;
import org.jsis.security.internal.UserAccounts.Account;
import org.jsis.security.internal.UserAdministration;
import org.jsis.security.web.MeController.NewToken;
import org.jsis.security.web.MeController.TokenRequest;
import org.jsis.security.web.MeController.TokenView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Users and their tokens, for STATE_ADMIN (their own state's users) and ADMIN (every user). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(
        name = "Security: users",
        description = "Users of my state (STATE_ADMIN) or of every state (ADMIN), and their API tokens")
class UserController {

    private final UserAdministration administration;
    private final AccountService accounts;
    private final UserAccounts users;

    UserController(UserAdministration administration, AccountService accounts, UserAccounts users) {
        this.administration = administration;
        this.accounts = accounts;
        this.users = users;
    }

    record UserView(
            long id,
            String username,
            @Nullable String displayName,
            @Nullable String state,
            String agency,
            Set<Role> roles,
            boolean enabled,
            boolean hasPassword,
            @Nullable Instant lockedUntil,
            Instant createdAt) {

        static UserView of(Account a) {
            return new UserView(
                    a.id(),
                    a.username(),
                    a.displayName(),
                    a.stateCode(),
                    a.agencyCode(),
                    a.roles(),
                    a.enabled(),
                    a.passwordHash() != null,
                    a.lockedAt(Instant.now()) ? a.lockedUntil() : null,
                    a.createdAt());
        }
    }

    record NewUser(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String agency,
            @Nullable List<String> roles,
            @Nullable String password) {}

    record UserChange(
            @Nullable List<String> roles, @Nullable Boolean enabled) {}

    record PasswordSet(@Nullable String password) {}

    @GetMapping
    @Operation(summary = "List users: of my state (STATE_ADMIN), or of ?state=ARM|...|SECRETARIAT, or all (ADMIN)")
    List<UserView> list(@RequestParam(required = false) @Nullable String state) {
        return administration.list(CurrentCaller.require(), state, users.stateCodes()).stream()
                .map(UserView::of)
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user in an agency of my state (STATE_ADMIN) or of any state (ADMIN)")
    UserView create(@RequestBody NewUser body) {
        return UserView.of(administration.create(
                CurrentCaller.require(),
                body.username(),
                body.displayName(),
                body.agency(),
                body.roles(),
                body.password()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user I administer")
    UserView get(@PathVariable long id) {
        return UserView.of(administration.view(CurrentCaller.require(), id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a user's roles or enable/disable the account")
    UserView update(@PathVariable long id, @RequestBody UserChange body) {
        return UserView.of(administration.update(CurrentCaller.require(), id, body.roles(), body.enabled()));
    }

    @PutMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a user's password (12 to 128 characters)")
    void setPassword(@PathVariable long id, @RequestBody PasswordSet body) {
        accounts.setPassword(administration.get(CurrentCaller.require(), id), body.password());
    }

    @GetMapping("/{id}/tokens")
    @Operation(summary = "A user's API tokens (never their secrets)")
    List<TokenView> tokens(@PathVariable long id) {
        Account target = administration.get(CurrentCaller.require(), id);
        return accounts.tokensOfAudited(target).stream().map(TokenView::of).toList();
    }

    @PostMapping("/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API token for a user (e.g. a national system's account); shown once")
    NewToken createToken(@PathVariable long id, @RequestBody TokenRequest body) {
        Caller caller = CurrentCaller.require();
        Account target = administration.get(caller, id);
        return NewToken.of(accounts.issueToken(target, body.name(), body.validDays(), caller));
    }

    @DeleteMapping("/{id}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a user's API token")
    void revokeToken(@PathVariable long id, @PathVariable long tokenId) {
        Account target = administration.get(CurrentCaller.require(), id);
        if (!accounts.revokeToken(target, tokenId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "user " + id + " has no API token " + tokenId);
        }
    }
}
