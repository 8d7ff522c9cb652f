package org.jsis.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jsis.security.Caller;
import org.jsis.security.internal.UserAccounts.Account;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Form login against {@code app_user}: bcrypt (through the delegating encoder), refused while the account
 * is locked after repeated failures, disabled, or has no password yet. On success the principal is the
 * user's {@link Caller}.
 */
public final class PasswordLogin {

    private PasswordLogin() {}

    /** The stored account as Spring Security's UserDetails. */
    record AccountDetails(Account account) implements UserDetails {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return CallerAuthentication.authorities(account.caller());
        }

        @Override
        public String getPassword() {
            return account.passwordHash() == null ? "" : account.passwordHash();
        }

        @Override
        public String getUsername() {
            return account.username();
        }

        @Override
        public boolean isAccountNonLocked() {
            return !account.lockedAt(Instant.now());
        }

        @Override
        public boolean isEnabled() {
            return account.enabled() && account.passwordHash() != null;
        }
    }

    static UserDetailsService userDetailsService(UserAccounts accounts) {
        return username -> accounts.findByUsername(username)
                .map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** A DAO provider whose successful authentication carries the {@link Caller} as its principal. */
    static final class Provider extends DaoAuthenticationProvider {

        Provider(UserAccounts accounts, PasswordEncoder encoder) {
            super(userDetailsService(accounts));
            setPasswordEncoder(encoder);
        }

        @Override
        protected Authentication createSuccessAuthentication(
                Object principal, Authentication authentication, UserDetails user) {
            Authentication result = super.createSuccessAuthentication(principal, authentication, user);
            Caller caller = ((AccountDetails) user).account().caller();
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                    caller, null, List.copyOf(result.getAuthorities()));
            token.setDetails(result.getDetails());
            return token;
        }
    }
}
