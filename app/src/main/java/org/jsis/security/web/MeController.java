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
import org.jsis.security.internal.ApiTokens.IssuedToken;
import org.jsis.security.internal.ApiTokens.TokenInfo;
import org.jsis.security.internal.UserAccounts.Account;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's own account: who am I, my password, my API tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Security: my account", description = "The authenticated user's own account and API tokens")
class MeController {

    private final AccountService service;

    MeController(AccountService service) {
        this.service = service;
    }

    record Me(long id, String username, @Nullable String state, String agency, Set<Role> roles) {}

    record PasswordChange(
            @Nullable String currentPassword, @Nullable String newPassword) {}

    record TokenRequest(@Nullable String name, @Nullable Integer validDays) {}

    /** A token as listed: its secret is never shown again. */
    record TokenView(
            long id,
            String name,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt,
            boolean active) {

        static TokenView of(TokenInfo t) {
            return new TokenView(
                    t.id(),
                    t.name(),
                    t.createdAt(),
                    t.expiresAt(),
                    t.revokedAt(),
                    t.lastUsedAt(),
                    t.activeAt(Instant.now()));
        }
    }

    /** A token just created: {@code token} is shown this once only. */
    record NewToken(long id, String name, String token, Instant expiresAt) {

        static NewToken of(IssuedToken t) {
            return new NewToken(t.id(), t.name(), t.token(), t.expiresAt());
        }
    }

    @GetMapping
    @Operation(summary = "Who am I: the caller's user, state, agency and roles")
    Me me() {
        Caller c = CurrentCaller.require();
        return new Me(c.id(), c.username(), c.stateCode(), c.agencyCode(), c.roles());
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set or change my password (12 to 128 characters; the current one is needed when set)")
    void changePassword(@RequestBody PasswordChange body) {
        service.changeOwnPassword(CurrentCaller.require(), body.currentPassword(), body.newPassword());
    }

    @GetMapping("/tokens")
    @Operation(summary = "My API tokens (never their secrets)")
    List<TokenView> tokens() {
        return service.tokensOf(CurrentCaller.require().id()).stream()
                .map(TokenView::of)
                .toList();
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API token for me; the token is in this answer only")
    NewToken createToken(@RequestBody TokenRequest body) {
        Caller caller = CurrentCaller.require();
        Account me = service.account(caller);
        return NewToken.of(service.issueToken(me, body.name(), body.validDays(), caller));
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        Account me = service.account(CurrentCaller.require());
        if (!service.revokeToken(me, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "you have no API token " + id);
        }
    }
}
