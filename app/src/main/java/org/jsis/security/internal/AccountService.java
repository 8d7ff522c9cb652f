package org.jsis.security.internal;

import java.time.Duration;
import java.util.List;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.security.Caller;
import org.jsis.security.internal.ApiTokens.IssuedToken;
import org.jsis.security.internal.ApiTokens.TokenInfo;
import org.jsis.security.internal.UserAccounts.Account;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Passwords and tokens of one account; every change is audited in its own transaction. */
@Service
public class AccountService {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final SecurityProperties properties;

    AccountService(
            UserAccounts accounts,
            ApiTokens tokens,
            PasswordEncoder encoder,
            AuditLog audit,
            SecurityProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.audit = audit;
        this.properties = properties;
    }

    /** Changes the caller's own password; the current one is needed when one is set. */
    @Transactional
    public void changeOwnPassword(Caller caller, @Nullable String currentPassword, @Nullable String newPassword) {
        Account account = accounts.findById(caller.id()).orElseThrow();
        if (account.passwordHash() != null
                && (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash()))) {
            throw new InvalidInputException("currentPassword", "your current password", null);
        }
        accounts.setPasswordHash(caller.id(), encoder.encode(checkPassword("newPassword", newPassword)));
        audit.record(AuditEntry.of("security.password.change").withRecord("user", caller.id(), caller.stateCode()));
    }

    /** Sets another user's password (an administrator's act). */
    @Transactional
    public void setPassword(Account target, @Nullable String password) {
        accounts.setPasswordHash(target.id(), encoder.encode(checkPassword("password", password)));
        audit.record(AuditEntry.of("security.password.set").withRecord("user", target.id(), target.stateCode()));
    }

    /**
     * Gives another user a new generated password (an administrator's act) and returns it: the only time it
     * is known; the user should change it with their own.
     */
    @Transactional
    public String resetPassword(Account target) {
        String password = Passwords.generate();
        accounts.setPasswordHash(target.id(), encoder.encode(password));
        audit.record(AuditEntry.of("security.password.set")
                .withTerm("generated", true)
                .withRecord("user", target.id(), target.stateCode()));
        return password;
    }

    public static String checkPassword(String field, @Nullable String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidInputException(
                    field, "a password of " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters", null);
        }
        return password;
    }

    /** Issues a token for {@code owner}, valid {@code validDays} days (default 90). */
    @Transactional
    public IssuedToken issueToken(Account owner, @Nullable String name, @Nullable Integer validDays, Caller issuer) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "a name of 1 to 100 characters saying what the token is for", name);
        }
        long maxDays = properties.maxTokenValidity().toDays();
        int days = validDays == null ? 90 : validDays;
        if (days < 1 || days > maxDays) {
            throw new InvalidInputException("validDays", "a number of days from 1 to " + maxDays, validDays);
        }
        IssuedToken issued =
                tokens.issue(owner.id(), name.trim(), Tokens.generate(), Duration.ofDays(days), issuer.id());
        audit.record(AuditEntry.of("security.token.create")
                .withTerm("tokenId", issued.id())
                .withRecord("user", owner.id(), owner.stateCode()));
        return issued;
    }

    /** The tokens of a user, never their secrets; unaudited, for a user's own tokens or a page already audited. */
    public List<TokenInfo> tokensOf(long userId) {
        return tokens.listForUser(userId);
    }

    /** The tokens of a user another user administers; the read is audited. */
    @Transactional
    public List<TokenInfo> tokensOfAudited(Account target) {
        List<TokenInfo> list = tokens.listForUser(target.id());
        audit.record(AuditEntry.of("security.token.list").withRecord("user", target.id(), target.stateCode()));
        return list;
    }

    /** Revokes a token of {@code owner}; false when it has no such token. */
    @Transactional
    public boolean revokeToken(Account owner, long tokenId) {
        if (tokens.find(owner.id(), tokenId).isEmpty()) {
            return false;
        }
        if (tokens.revoke(owner.id(), tokenId)) {
            audit.record(AuditEntry.of("security.token.revoke")
                    .withTerm("tokenId", tokenId)
                    .withRecord("user", owner.id(), owner.stateCode()));
        }
        return true;
    }

    public Account account(Caller caller) {
        return accounts.findById(caller.id()).orElseThrow();
    }
}
