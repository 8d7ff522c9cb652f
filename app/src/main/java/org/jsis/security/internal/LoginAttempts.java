package org.jsis.security.internal;

import java.time.Instant;
import org.jsis.audit.Actor;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed password logins, locks an account after {@code jsis.security.lockout-threshold} failures
 * in a row for {@code lockout-duration}, and records logins in the audit trail.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccounts accounts;
    private final AuditLog audit;
    private final SecurityProperties properties;

    LoginAttempts(UserAccounts accounts, AuditLog audit, SecurityProperties properties) {
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Caller caller) {
            accounts.recordSuccessfulLogin(caller.id());
            audit.record(AuditEntry.of("security.login")
                    .withRecord("user", caller.id(), caller.stateCode())
                    .by(caller));
        }
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String claimed = String.valueOf(event.getAuthentication().getPrincipal());
        String username = claimed.length() > 64 ? claimed.substring(0, 64) : claimed;
        String reason = event.getException().getClass().getSimpleName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.recordFailedLogin(
                            username,
                            properties.lockoutThreshold(),
                            Instant.now().plus(properties.lockoutDuration()))
                    .ifPresent(until ->
                            log.warn("Account '{}' locked until {} after repeated failed logins", username, until));
        }
        audit.record(AuditEntry.of("security.login.failed")
                .withTerm("username", username)
                .withTerm("reason", reason)
                .by(Actor.claimed("anonymous")));
    }
}
